"""The story a reform review steps through: one slide per topic, for given filters.

Used by the presentation view (``pages/presentasi.py``) and by the report
exports (:mod:`reporting.report`), so the projector and the file handed out show the
same numbers. Independent of Streamlit's page machinery: the numbers come
through a :class:`Data` (the UI cache in the app, a plain connection in tests
and the benchmark).

Each :class:`Slide` has a question as its title, a one-line finding computed
from the numbers, a plotly figure, and the small table behind it. Only
aggregate analytics functions are called (never ``placement_candidates``), and
every table goes through :func:`analytics.privacy.suppress`: a group of fewer
than :func:`analytics.privacy.min_group_size` employees shows as "<5", so do
totals and differences that would reveal it, and the chart leaves such cells
out. Findings are computed from the suppressed numbers only.

Texts follow the language of the context (:func:`reporting.text.current_lang`), like
the chart builders of :mod:`reporting.charts` this module reuses. No Streamlit: the app
hands it its cache (``ui.data.story_data``), scripts and tests a connection.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import pandas as pd
import plotly.graph_objects as go

from analytics import competency, kinerja, meta, overview, placement, privacy, talent, training
from analytics.filters import Filters
from reporting import charts, fmt, regions
from reporting.charts import placement as pc
from reporting.charts.panels import bars_in_panels
from reporting.findings import competency as competency_findings
from reporting.findings import kinerja as kinerja_findings
from reporting.findings import overview as overview_findings
from reporting.findings import placement as placement_findings
from reporting.findings import talent as talent_findings
from reporting.findings import training as training_findings
from reporting.impact import impact_factor
from reporting.layout import wrap_categories
from reporting.text import current_lang, jenis_jabatan_label, region_name, t, using_lang

# the slides in order, by id; the talent topic has two: the 9-box grid and the succession pool
TOPICS = ("overview", "competency", "kinerja", "training", "placement", "talent", "succession")
TOPIC_NAV = {
    "overview": "nav.ringkasan",
    "competency": "nav.kompetensi",
    "kinerja": "nav.kinerja",
    "training": "nav.pelatihan",
    "placement": "nav.penempatan",
    "talent": "nav.talenta",
    "succession": "nav.talenta",
}
MIN_JP = training.DEFAULT_MIN_JP
SLIDE_CHART_HEIGHT = 380
FONT_SIZE = 16
# Tables with one column per region (overview, 9-box) turn to one row per region when more
# regions than this are shown: rows stay readable for any number of regions, columns do not.
REGION_COLUMNS = 4
# A footer names at most this many regions; more are counted ("6 wilayah").
FOOTER_REGIONS = 3
SLIDE_LEGEND_WIDTH = 600  # pixels a legend row has beside the table on a 1280 px projector
SLIDE_CHART_WIDTH = 640  # pixels a chart has beside the table on a 1280 px projector
TALENT_ROW_HEIGHT = 150  # pixels the 9-box slide grows by for each row of grids beyond two

# (source column, header key, format): format is a reporting.fmt kind or a function of the value
Spec = tuple[str, str, str | Callable]


# ---------------------------------------------------------------- where the numbers come from
@dataclass(frozen=True)
class Data:
    """How the story reads numbers: ``metric(fn, filters, **opts)`` and ``meta(fn, *args)``."""

    metric: Callable[..., pd.DataFrame]
    meta: Callable

    @classmethod
    def on(cls, con) -> Data:
        """Call the analytics functions directly on a DuckDB connection (tests, benchmark)."""
        return cls(lambda fn, f, **opts: fn(con, f, **opts), lambda fn, *args: fn(con, *args))


# ---------------------------------------------------------------- the story
@dataclass(frozen=True)
class Slide:
    id: str
    topic: str  # the topic's name ("Kinerja")
    title: str  # the question the chart answers
    how_to_read: str
    finding: str  # one line, from the (suppressed) numbers
    figure: go.Figure | None  # None when there is nothing to draw
    table: pd.DataFrame  # the numbers behind the chart, as displayed: localized headers, text cells
    suppressed: bool = False  # some cell shows "<k"
    keys: int = 1  # the table's first columns that name a row (repeated when a file splits it)
    # what the reader must know besides how to read the chart: what "<5", "x" and "–" mean
    # where the table has them (the speaker notes and the notes of the files)
    caveats: tuple[str, ...] = ()
    # the chart drawn again for a box (width, height, base font: pixels), where it has a
    # better arrangement there (the 9-box's grids four or two a row, the succession's
    # panels side by side or one above the other); else None
    redraw: Callable[[float, float, float], go.Figure] | None = None
    # whether the chart's texts fit a box (width, height, font: pixels); None: any box
    fit: Callable[[float, float, float], bool] | None = None

    def notes(self) -> list[str]:
        """The speaker notes: the finding, how to read the chart, the caveats."""
        return [self.finding, self.how_to_read, *self.caveats]

    def fits(self, width: float, height: float, font: float) -> bool:
        """Whether the chart's texts fit a box ``width`` x ``height`` pixels at ``font`` pixels."""
        return self.fit is None or self.fit(width, height, font)

    def figure_for(self, width: float, height: float, font: float) -> go.Figure | None:
        """The chart for a box ``width`` x ``height`` pixels with texts of ``font`` pixels."""
        return self.redraw(width, height, font) if self.redraw is not None else self.figure


@dataclass(frozen=True)
class Story:
    title: str
    scope: str  # regions and years
    filters_line: str  # unit and jenis jabatan
    made: str  # date and source line
    privacy_note: str
    demo_note: str | None  # set when the data are the synthetic demo
    threshold: int
    lang: str
    slides: list[Slide] = field(default_factory=list)
    # the footer of every page and slide: the filters (regions counted when many), the data
    # version and, for the demo, "data demo (sintetis)"; the privacy threshold; the date
    stamp: tuple[str, ...] = ()
    data_version: str = ""  # "Data demo (sintetis), dibangun 07-12-2026 03:39 UTC" / "Data impor ..."


def build_story(filters: Filters, data: Data, *, today: dt.date | None = None) -> Story:
    """All slides for ``filters``, in :data:`TOPICS` order."""
    k = privacy.min_group_size()
    lang = current_lang()
    with regions.using(data.meta(meta.region_options)):
        return _story(filters, data, k, lang, today or dt.date.today())


def _story(filters: Filters, data: Data, k: int, lang: str, today: dt.date) -> Story:
    slides = [build_slide(topic, filters, data, threshold=k) for topic in TOPICS]
    info = data.meta(meta.dataset_info) or {}
    years = {"y0": filters.year_from, "y1": filters.year_to}
    date = today.strftime("%d-%m-%Y") if lang == "id" else today.isoformat()
    unit, jabatan = unit_label(filters, data), jabatan_label(filters)
    version = data_version(info)
    short_scope = t("report.scope", regions=regions_label(filters.regions, most=FOOTER_REGIONS), **years)
    return Story(
        title=t("report.title"),
        scope=t("report.scope", regions=regions_label(filters.regions), **years),
        filters_line=t("report.filters", unit=unit, jabatan=jabatan),
        made=t("report.made", date=date, app=t("app.title")),
        privacy_note=t("report.privacy", k=k),
        demo_note=t("report.demo") if info.get("source") == "demo" else None,
        threshold=k,
        lang=lang,
        slides=slides,
        stamp=(
            t("report.stamp.filters", scope=short_scope, unit=unit, jabatan=jabatan, date=date),
            t("report.stamp.data", data=version, k=k),
        ),
        data_version=version,
    )


def data_version(info: dict) -> str:
    """Which data made the file: the demo's build time, or the last import's time
    (``analytics.meta.dataset_info``)."""
    source = info.get("source")
    when = info.get("imported_at") if source != "demo" else None
    when = when or info.get("built_at")
    stamp = _timestamp(when)
    if source == "demo":
        return t("report.data.demo", when=stamp)
    return t("report.data.import", when=stamp) if when else t("report.data.unknown")


def _timestamp(value) -> str:
    """``2026-12-07T03:39:26+00:00`` as ``07-12-2026 03:39 UTC`` (``2026-12-07 03:39 UTC`` in
    English); a time without a zone as it is."""
    if not value:
        return fmt.MISSING
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        return str(value)
    zone = ""
    if ts.tzinfo is not None:
        ts, zone = ts.tz_convert("UTC"), " UTC"
    return ts.strftime("%d-%m-%Y %H:%M" if current_lang() == "id" else "%Y-%m-%d %H:%M") + zone


def build_slide(topic: str, filters: Filters, data: Data, *, threshold: int | None = None) -> Slide:
    """One topic's slide (the presentation view builds only the one on screen)."""
    k = privacy.min_group_size() if threshold is None else int(threshold)
    with regions.using(data.meta(meta.region_options)):
        slide = _BUILDERS[topic](filters, data, k)
    return replace(slide, caveats=caveats(slide, k))


def caveats(slide: Slide, k: int) -> tuple[str, ...]:
    """What the markers in the slide's table mean, for those it has."""
    cells = {str(v) for v in slide.table.to_numpy().ravel()} if not slide.table.empty else set()
    out = []
    if slide.suppressed:
        out.append(t("report.suppressed", k=k))
    if fmt.MISSING in cells:
        out.append(t("report.missing"))
    return tuple(out)


def regions_label(chosen: Sequence[str], *, most: int | None = None) -> str:
    """ "All regions", the chosen regions' names, or (more than ``most``) their number."""
    if not chosen or tuple(chosen) == regions.all_ids():
        return t("report.regions.all")
    if most is not None and len(chosen) > most:
        return t("report.regions.n", n=len(chosen))
    return ", ".join(region_name(r) for r in regions.ordered(chosen))


def _chosen(filters: Filters) -> tuple[str, ...]:
    """The regions the filters mean (none chosen = every region), in display order."""
    return tuple(regions.ordered(filters.regions)) if filters.regions else regions.all_ids()


def jabatan_label(filters: Filters) -> str:
    return (
        t("filters.jabatan.all") if not filters.jenis_jabatan else jenis_jabatan_label(filters.jenis_jabatan)
    )


def unit_label(filters: Filters, data: Data) -> str:
    if not filters.unit_id:
        return t("filters.unit.all")
    units = data.meta(meta.unit_options, tuple(filters.regions))
    rows = units[units["unit_id"] == filters.unit_id] if units is not None else None
    if rows is None or rows.empty:
        return str(filters.unit_id)
    row = rows.iloc[0]
    return f"{row['unit_name']} · {region_name(row['region_id'])}"


# ---------------------------------------------------------------- privacy and display helpers
def protect(df: pd.DataFrame, fn: Callable, threshold: int) -> pd.DataFrame:
    """A frame of the metric ``fn`` through :func:`analytics.privacy.protect` by the metric's
    own spec — the rule the pages apply for viewers, so that the screen and the handout
    cannot differ — on a copy with a fresh 0..n-1 index: hidden cells become NaN (so charts
    and findings leave them out), ``<col>_suppressed`` marks them."""
    return privacy.protect(df.reset_index(drop=True), fn.spec, threshold)


def cell_texts(df: pd.DataFrame, column: str, kind: str | Callable) -> list[str]:
    """A column as shown: formatted, or its marker ("<5" a small group, "x" a number hidden
    so that one cannot be worked out) where suppressed."""
    f = _formatter(kind)
    marks = privacy.markers(df, column) if privacy.is_suppressed(df, column).any() else [None] * len(df)
    return [m if m is not None else f(v) for v, m in zip(df[column].tolist(), list(marks), strict=True)]


def _any_hidden(df: pd.DataFrame) -> bool:
    return any(privacy.is_suppressed(df, c).any() for c in privacy.suppressed_columns(df))


def _formatter(kind: str | Callable) -> Callable:
    if callable(kind):
        return kind
    if kind == "region":
        return region_name
    return fmt.formatter(kind)


def display_table(df: pd.DataFrame, specs: Sequence[Spec]) -> pd.DataFrame:
    """The columns of ``specs`` under their headers as text, with the privacy markers."""
    return pd.DataFrame({t(header): cell_texts(df, source, kind) for source, header, kind in specs})


def _projector(fig: go.Figure, height: int = SLIDE_CHART_HEIGHT) -> go.Figure:
    """The same look on the projector and in every file: larger type, white, a fixed height,
    and margins that grow to fit the axis labels (drawn with ``theme=None`` in the app)."""
    # a long legend (many regions) pushes the plot down: the figure grows by it instead
    extra = charts.legend_room(fig, font_size=FONT_SIZE, width=SLIDE_LEGEND_WIDTH)
    fig.update_layout(
        template="plotly_white",
        height=height + extra,
        font={"size": FONT_SIZE},
        hoverlabel={"font_size": FONT_SIZE},
        paper_bgcolor="white",
        plot_bgcolor="white",
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    margin = fig.layout.margin
    fig.update_layout(
        margin={"l": max(margin.l or 0, 20), "r": max(margin.r or 0, 20), "b": max(margin.b or 0, 20)}
    )
    # labels under the bars on two lines rather than tilted (which takes the plot's height)
    return wrap_categories(fig, SLIDE_CHART_WIDTH, FONT_SIZE)


def _ranked(df: pd.DataFrame, value: str) -> pd.DataFrame:
    """Rows with a shown value, best first."""
    return df.dropna(subset=[value]).sort_values(value, ascending=False)


def _empty_slide(topic: str, title: str, how: str) -> Slide:
    return Slide(topic, t(TOPIC_NAV[topic]), title, how, t("story.f.empty"), None, pd.DataFrame())


def _slide(
    topic, title, how, finding, fig, table, numbers, *, keys: int = 1, height: int | None = None
) -> Slide:
    return Slide(
        topic,
        t(TOPIC_NAV[topic]),
        title,
        how,
        finding,
        None if fig is None else _projector(fig, height or SLIDE_CHART_HEIGHT),
        table,
        _any_hidden(numbers),
        keys,
    )


# ---------------------------------------------------------------- the seven slides
OVERVIEW_SHARES = ("share_baik", "share_optimal", "share_jp_met", "share_qualified")


def _overview(filters: Filters, data: Data, k: int) -> Slide:
    title = t("story.overview.q")
    how = t("story.overview.c", year=filters.year_to)
    kpis = data.metric(overview.overview_kpis, filters)
    if kpis is None or kpis.empty:
        return _empty_slide("overview", title, how)
    numbers = protect(kpis, overview.overview_kpis, k)
    long = numbers.melt(id_vars=["region_id"], value_vars=list(OVERVIEW_SHARES), var_name="indicator")
    long["indicator_label"] = long["indicator"].map(lambda c: t(f"story.indicator.{c}"))
    fig = charts.bar_by_region(
        long,
        x="indicator_label",
        y="value",
        x_label="",
        y_label=t("axis.share"),
        percent=True,
        category_order=[t(f"story.indicator.{c}") for c in OVERVIEW_SHARES],
    )
    by_region = display_table(
        numbers,
        [
            ("employees", "col.employees", "int"),
            ("mean_score", "col.mean_score", "num1"),
            *[(c, f"story.indicator.{c}", "pct") for c in OVERVIEW_SHARES],
        ],
    )
    if len(numbers) <= REGION_COLUMNS:
        # one column per region, like the bars: narrow enough to sit beside the chart
        table = by_region.T.reset_index()
        table.columns = [t("story.indicator"), *[region_name(r) for r in numbers["region_id"]]]
    else:  # one row per region
        table = pd.concat(
            [display_table(numbers, [("region_id", "col.region", "region")]), by_region], axis=1
        )
    # the Ringkasan's first sentence: who lags on what against the targets (settings)
    targets = overview_findings.Targets.from_settings(data.meta(meta.settings))
    finding = overview_findings.finding(numbers, targets)
    return _slide("overview", title, how, finding, fig, table, numbers)


# the all-staff view's JPM bands (mapping, of the capped JPM), best first
MAPPING_BANDS = ["Optimal", "Cukup Optimal", "Kurang Optimal"]


def _competency(filters: Filters, data: Data, k: int) -> Slide:
    title, how = t("story.competency.q"), t("story.competency.c")
    bands = data.metric(competency.jpm_distribution, filters)
    if bands is None or bands.empty:
        return _empty_slide("competency", title, how)
    bands = _sorted_by_region(bands, "band", MAPPING_BANDS)
    numbers = protect(bands, competency.jpm_distribution, k)
    chart = charts.label_column(numbers, "band", "band", "band_label").dropna(subset=["share"])
    fig = None
    if not chart.empty:
        labels = charts.ordered_labels(MAPPING_BANDS, "band")
        fig = charts.stacked_shares(
            chart,
            x="region",
            share="share",
            color="band_label",
            x_label=t("col.region"),
            color_label=t("col.band"),
            color_order=labels,
            color_map=dict(zip(labels, charts.JPM_BAND_COLORS.values(), strict=True)),
            x_order=charts.region_order(bands),
            horizontal=True,
        )
    table = display_table(
        numbers,
        [
            ("region_id", "col.region", "region"),
            ("band", "col.band_mapping", "text"),
            ("employees", "col.employees", "int"),
            ("share", "axis.share", "pct"),
        ],
    )
    # the Kompetensi page's first sentence: the share Optimal per region
    finding = competency_findings.finding(numbers)
    return _slide("competency", title, how, finding, fig, table, numbers, keys=2)  # region, band


def _kinerja(filters: Filters, data: Data, k: int) -> Slide:
    title, how = t("story.kinerja.q"), t("story.kinerja.c")
    trend = data.metric(kinerja.kinerja_trend, filters, grain="year")
    if trend is None or trend.empty:
        return _empty_slide("kinerja", title, how)
    trend = _sorted_by_region(trend, "period")
    numbers = protect(trend, kinerja.kinerja_trend, k)
    numbers["year"] = pd.to_datetime(numbers["period"]).dt.year
    chart = numbers.dropna(subset=["share_baik"])
    fig = None
    if not chart.empty:
        fig = charts.line_by_region(
            chart, "share_baik", y_label=t("col.share_baik"), grain="year", percent=True
        )
    # one row per region, one column per year: the numbers of the lines
    cells = numbers.assign(cell=cell_texts(numbers, "share_baik", "pct"))
    wide = cells.pivot(index="region_id", columns="year", values="cell").fillna(fmt.MISSING)
    wide = wide.loc[regions.ordered(wide.index)]
    table = pd.DataFrame(
        {t("col.region"): [region_name(r) for r in wide.index]}
        | {str(y): wide[y].tolist() for y in wide.columns}
    )
    # the finding is the Kinerja page's sentence on the same numbers (reporting.findings.kinerja)
    finding = kinerja_findings.baik_sentence(numbers) or t("story.f.suppressed", k=k)
    return _slide("kinerja", title, how, finding, fig, table, numbers)


def _training(filters: Filters, data: Data, k: int) -> Slide:
    title, how = t("story.training.q"), t("story.training.c", min_jp=MIN_JP)
    chosen = _chosen(filters)
    # one outcome for every row, the one the whole selection calls for (the score where all
    # of it has one, else hasil kerja Di Atas), so that the regions share a unit
    pooled = data.metric(training.training_impact, filters, min_jp=MIN_JP)
    if pooled is None or pooled.empty:
        return _empty_slide("training", title, how)
    outcome = pooled["outcome"].iloc[0]
    rows = []
    for region_id in chosen:
        impact = data.metric(
            training.training_impact, replace(filters, regions=(region_id,)), min_jp=MIN_JP, outcome=outcome
        )
        if impact is not None and not impact.empty:
            rows.append({"group": region_id, "label": region_name(region_id), **impact.iloc[0].to_dict()})
    if len(chosen) > 1:
        rows.append({"group": "all", "label": t("story.training.all"), **pooled.iloc[0].to_dict()})
    df = pd.DataFrame(rows).assign(is_total=lambda d: d["group"] == "all")
    # each row by the spec of training_impact (either group small: no estimate), and the
    # pooled row's n is the sum of the regions' n: a total that could give a small region back
    rules = tuple(dataclasses.replace(r, total_rows="is_total") for r in training.training_impact.spec.rules)
    numbers = privacy.protect(df, dataclasses.replace(training.training_impact.spec, protect=rules), k)
    factor = impact_factor(pooled.iloc[0])
    chart = numbers.rename(columns={"label": "group_label", "estimate": "mean_change", "n_treated": "n"})
    chart = chart.dropna(subset=["mean_change"])
    axis = t("story.training.axis") if factor == 1 else t("impact.axis.hasil_di_atas")
    fig = pc.change_with_ci(chart, x_label=axis, factor=factor) if not chart.empty else None
    lows = cell_texts(numbers, "ci_low", "num2")
    numbers["ci"] = [
        low
        if pd.isna(numbers.loc[i, "ci_low"])
        else fmt.num_range(numbers.loc[i, "ci_low"] * factor, numbers.loc[i, "ci_high"] * factor, 2)
        for i, low in zip(numbers.index, lows, strict=True)
    ]
    table = display_table(
        numbers,
        [
            ("label", "col.region", "text"),
            ("n_treated", "kpi.n_treated", "int"),
            ("n_control", "kpi.n_control", "int"),
            ("estimate", f"impact.kpi.{pooled['unit'].iloc[0]}", lambda v: fmt.points(v * factor, 2)),
            ("ci", "kpi.ci", "text"),
        ],
    )
    # the finding is the Pelatihan page's sentence on the same numbers (reporting.findings.training)
    finding = training_findings.impact_finding(numbers, MIN_JP, k)
    return _slide("training", title, how, finding, fig, table, numbers)


def _placement(filters: Filters, data: Data, k: int) -> Slide:
    title = t("story.placement.q")
    how = t("story.placement.c", y0=filters.year_from, y1=filters.year_to)
    rates = data.metric(placement.move_rates, filters)
    if rates is None or rates.empty:
        return _empty_slide("placement", title, how)
    order = [m for m in pc.MOVE_TYPES if m in set(rates["move_type"])]
    rates = _sorted_by_region(rates, "move_type", order)
    numbers = protect(rates, placement.move_rates, k)
    chart = pc.with_move_labels(numbers.dropna(subset=["per_100_per_year"]))
    fig = None
    if not chart.empty:
        fig = charts.bar_by_region(
            chart,
            x="move_label",
            y="per_100_per_year",
            x_label=t("penempatan.col.move_type"),
            y_label=t("penempatan.col.per_100"),
            category_order=pc.move_order(rates),
            interval=("per_100_per_year_low", "per_100_per_year_high"),
        )
    lows = cell_texts(numbers, "per_100_per_year_low", "num1")
    numbers["ci"] = [
        low
        if pd.isna(numbers.loc[i, "per_100_per_year_low"])
        else fmt.num_range(numbers.loc[i, "per_100_per_year_low"], numbers.loc[i, "per_100_per_year_high"], 1)
        for i, low in zip(numbers.index, lows, strict=True)
    ]
    table = display_table(
        pc.with_move_labels(numbers),
        [
            ("region_id", "col.region", "region"),
            ("move_label", "penempatan.col.move_type", "text"),
            ("moves", "penempatan.col.moves", "int"),
            ("per_100_per_year", "penempatan.col.per_100", "num1"),
            ("ci", "kpi.ci", "text"),
        ],
    )
    # the Penempatan page's sentence on the same numbers (reporting.findings.placement)
    finding = placement_findings.rates_sentence(numbers, y0=filters.year_from, y1=filters.year_to)
    finding = finding or t("story.f.suppressed", k=k)
    return _slide("placement", title, how, finding, fig, table, numbers, keys=2)  # region, kind of move


def _talent(filters: Filters, data: Data, k: int) -> Slide:
    title = t("story.talent.q")
    how = t("story.talent.c", low=int(talent.DEFAULT_CUT_LOW), high=int(talent.DEFAULT_CUT_HIGH))
    grid = data.metric(talent.talent_grid, filters)
    if grid is None or grid.empty:
        return _empty_slide("talent", title, how)
    grid = _sorted_by_region(grid, "box")
    numbers = protect(grid, talent.talent_grid, k)
    shown_regions = list(dict.fromkeys(numbers["region_id"]))
    from reporting.charts import talent as penataan

    height = SLIDE_CHART_HEIGHT
    redraw = None
    if len(shown_regions) == 1:
        fig = penataan.nine_box_chart(numbers, height=height)
    else:
        # small multiples; a third row of them and more get room of their own
        rows = penataan.small_multiple_rows(len(shown_regions))
        height += TALENT_ROW_HEIGHT * max(rows - 2, 0)
        fig = penataan.nine_box_small_multiples(numbers, height=height)

        redraw = functools.partial(_nine_boxes_for, numbers, regions.directory(), current_lang())
    # "count (share)", the marker of a hidden count, or "0" for an empty box
    counts = cell_texts(numbers, "employees", "int")
    shares = cell_texts(numbers, "share", "pct")
    plain = (privacy.is_suppressed(numbers, "employees") | (numbers["employees"] == 0)).tolist()
    cells = numbers.assign(
        cell=[c if p else f"{c} ({s})" for c, s, p in zip(counts, shares, plain, strict=True)]
    )
    if len(shown_regions) <= REGION_COLUMNS:  # one row per box, one column per region
        wide = cells.pivot(index="box", columns="region_id", values="cell").sort_index()
        columns = {t("col.box"): [str(int(b)) for b in wide.index]}
        keys = 1
        if len(shown_regions) == 1:  # room for the levels beside one region's numbers
            levels = {b: (kin, pot) for b, kin, pot, *_ in talent.NINE_BOX}
            columns[t("col.kinerja_level")] = [penataan.kinerja_label(levels[b][0]) for b in wide.index]
            columns[t("col.potensi_level")] = [penataan.potensi_label(levels[b][1]) for b in wide.index]
            keys = 3
        by_region = {region_name(r): wide[r].fillna(fmt.MISSING).tolist() for r in shown_regions}
        table = pd.DataFrame(columns | by_region)
    else:  # one row per region, one column per box
        wide = cells.pivot(index="region_id", columns="box", values="cell").loc[shown_regions]
        table = pd.DataFrame(
            {t("col.region"): [region_name(r) for r in wide.index]}
            | {
                t("talenta.box", box=int(b)): wide[b].fillna(fmt.MISSING).tolist()
                for b in sorted(wide.columns)
            }
        )
        keys = 1
    # the Talenta page's sentence on the same grid (reporting.findings.talent): the share in
    # boxes 7-9 is the succession pool (the next slide's) over the assessed; where the pool is
    # hidden, the range the grid's shown cells allow, never "too small" above a full grid
    pools = data.metric(talent.succession_by_region, filters)
    pools = None if pools is None or pools.empty else protect(pools, talent.succession_by_region, k)
    finding = talent_findings.grid_sentence(numbers, pools, threshold=k)
    slide = _slide("talent", title, how, finding, fig, table, numbers, keys=keys, height=height)
    fit = functools.partial(nine_boxes_fit, numbers["region_id"].nunique())
    return replace(slide, redraw=redraw, fit=fit)


def _nine_boxes_for(
    numbers: pd.DataFrame, where: regions.Directory, lang: str, width: float, height: float, font: float
) -> go.Figure:
    """The regions' 9-boxes in the columns that suit the box (a page's full width: four a
    row; beside a table, or large type: two), with the story's region names and language."""
    from reporting.charts import talent as penataan

    with regions.using(where), using_lang(lang):
        n = numbers["region_id"].nunique()
        columns = grid_columns(n, width, height, font)
        return _projector(penataan.nine_box_small_multiples(numbers, columns=columns))


GRID_ASPECT = 1.0  # width / height a 9-box (with its labels) reads best at
CELL_EM = (4.2, 3.0)  # the least width and height of a 9-box cell, in ems of its text


def grid_columns(n: int, width: float, height: float, font: float) -> int:
    """Columns of ``n`` 9-box grids in a box ``width`` x ``height`` pixels with texts of
    ``font`` pixels: of those whose cells hold their text ("5", "44,5 %"), the one that makes
    each grid's shape closest to :data:`GRID_ASPECT` (else the one with the roomiest cells)."""

    def cells(cols: int) -> tuple[float, float]:
        return _cells(n, cols, width, height, font)

    def misfit(cols: int) -> float:
        rows = math.ceil(n / cols)
        return abs(math.log(width / height * rows / cols / GRID_ASPECT))

    options = range(1, max(n, 1) + 1)
    fits = [c for c in options if min(cells(c)) >= 1]
    if not fits:
        return max(options, key=lambda c: min(cells(c)))
    return min(fits, key=lambda c: (round(misfit(c), 2), c))


def nine_boxes_fit(n: int, width: float, height: float, font: float) -> bool:
    """Whether ``n`` 9-boxes fit a box with their cells' texts (:func:`grid_columns`)."""
    return any(min(_cells(n, c, width, height, font)) >= 1 for c in range(1, max(n, 1) + 1))


def _cells(n: int, cols: int, width: float, height: float, font: float) -> tuple[float, float]:
    """How wide and tall a cell of ``n`` 9-boxes in ``cols`` columns is, in the least it needs."""
    rows = math.ceil(n / cols)
    cell_w = (width - 8 * font) / cols / 3  # the potensi labels take about 8 em on the left
    cell_h = (height - 3 * font - rows * 2.5 * font) / rows / 3  # titles, kinerja labels
    return cell_w / (CELL_EM[0] * font), cell_h / (CELL_EM[1] * font)


def _succession(filters: Filters, data: Data, k: int) -> Slide:
    title = t("story.succession.q")
    succession = data.metric(talent.succession_by_region, filters)
    as_of = fmt.MISSING
    if succession is not None and not succession.empty:
        from reporting.charts.talent import date_label

        as_of = date_label(succession["as_of_date"].iloc[0])
    how = t(
        "story.succession.c",
        low=int(talent.DEFAULT_CUT_LOW),
        high=int(talent.DEFAULT_CUT_HIGH),
        as_of=as_of,
    )
    if succession is None or succession.empty:
        return _empty_slide("succession", title, how)
    succession = _sorted_by_region(succession)
    numbers = protect(succession, talent.succession_by_region, k)
    # the pool (thousands) and the posts (tens) each in a panel of its own scale
    panels = {"pool": t("kpi.pool"), "posts_to_fill": t("story.succession.posts")}
    fig = bars_in_panels(numbers, panels)
    redraw = functools.partial(_panels_for, numbers, panels, regions.directory(), current_lang())
    table = display_table(
        numbers,
        [
            ("region_id", "col.region", "region"),
            ("pool", "col.pool", "int"),
            ("posts_to_fill", "col.posts_to_fill", "int"),
            ("pool_per_post", "col.pool_per_post", "num1"),
        ],
    )
    # the Talenta page's sentence on the same numbers (reporting.findings.talent)
    finding = talent_findings.succession_sentence(numbers, threshold=k)
    names = max((len(region_name(r)) for r in numbers["region_id"]), default=0)
    fit = functools.partial(panels_fit, len(numbers), names)
    return replace(_slide("succession", title, how, finding, fig, table, numbers), redraw=redraw, fit=fit)


def panels_fit(bars: int, name_chars: int, width: float, height: float, font: float) -> bool:
    """Whether two panels of ``bars`` bars each (region names of ``name_chars`` characters)
    fit a box with their texts: side by side in a wide box, one above the other in a narrow
    one (:func:`_panels_for`); a bar takes 1.6 lines, a panel's title and axis 4 lines."""
    stacked = width / height < 1.5
    panel_h = bars * 1.6 * font + 4 * font
    labels = 0.6 * name_chars * font  # the region names on the left
    plot_w = (width - labels) / (1 if stacked else 2)
    return plot_w >= 8 * font and height >= panel_h * (2 if stacked else 1)


def _panels_for(
    numbers: pd.DataFrame,
    panels: dict,
    where: regions.Directory,
    lang: str,
    width: float,
    height: float,
    font: float,
) -> go.Figure:
    """The measures' panels side by side in a wide box, one above the other in a narrow one."""
    with regions.using(where), using_lang(lang):
        stacked = width / height < 1.5
        room = width * (1 if stacked else 0.5) * 0.6  # the plot's part of a panel's width
        chars = max(int(room / (0.6 * font)), 12)
        return _projector(bars_in_panels(numbers, panels, stacked=stacked, title_chars=chars))


def _sorted_by_region(
    df: pd.DataFrame, then: str | None = None, order: Sequence | None = None
) -> pd.DataFrame:
    """Rows in the regions' display order (then by ``then``, in ``order`` if given), index 0..n-1."""
    place = {r: i for i, r in enumerate(regions.ordered(df["region_id"]))}
    key = df["region_id"].map(place)
    out = df.assign(_region=key)
    by = ["_region"]
    if then is not None:
        if order is not None:
            out["_then"] = out[then].map(lambda v: list(order).index(v) if v in order else len(order))
            by.append("_then")
        else:
            by.append(then)
    out = out.sort_values(by).drop(columns=[c for c in ("_region", "_then") if c in out])
    return out.reset_index(drop=True)


_BUILDERS = {
    "overview": _overview,
    "competency": _competency,
    "kinerja": _kinerja,
    "training": _training,
    "placement": _placement,
    "talent": _talent,
    "succession": _succession,
}
