"""Building blocks every page uses: sections, KPI cards, charts, tables.

Purely presentational: nothing here computes a metric. Helpers that add a
label column or order categories only prepare what a chart shows.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from analytics import privacy
from ui import export, fmt, regions
from ui.db import AnalyticsError, query
from ui.i18n import current_lang, region_name, t
from ui.safe import md

# Sangat Baik -> Sangat Kurang, green to red.
PREDIKAT_COLORS = {1: "#1a9850", 2: "#91cf60", 3: "#fee08b", 4: "#fc8d59", 5: "#d73027"}
JPM_BAND_COLORS = {"MS": "#1a9850", "MMS": "#fee08b", "KMS": "#d73027"}
SEQUENTIAL = "Blues"

CHART_HEIGHT = 380
PNG_WIDTH = 1200  # layout pixels of a chart's PNG download (scale 2: 2400 wide)
PNG_TITLE_SPACE = 70  # pixels above the chart for its question, in the PNG
# The question of the section being drawn and the region heading under it: the
# title and file name of the charts' PNG downloads (session state, one per user).
_SECTION = "_ui_section"
_SUBJECT = "_ui_subject"


# ---------------------------------------------------------------- data access
def fetch(fn: Callable, filters=None, **opts) -> pd.DataFrame | None:
    """Run an analytics function (cached). On failure show a friendly error, return None."""
    try:
        return query(fn, filters, **opts)
    except AnalyticsError:
        st.error(t("error.analytics"), icon=":material/error:")
        return None


def has_rows(df: pd.DataFrame | None) -> bool:
    """True if there is something to draw; otherwise show the empty state (:func:`empty_state`:
    why, where the data checks know) or nothing more if an error is already shown."""
    if df is None:
        return False
    if df.empty:
        empty_state()
        return False
    return True


CURRENT_PAGE = "_ui_current_page"  # session state: the url path of the page being run (dashboard.py)


def empty_state() -> None:
    """Nothing to draw. When the current page lacks data it needs under the current
    filters (:func:`analytics.quality.empty_reasons`), say what, for which regions, and
    which file fills it, with a link to Kualitas Data; otherwise (a filter that selects
    nothing) the generic message. The check is one cached query per filter set."""
    import contextlib

    from streamlit.errors import StreamlitAPIException

    from analytics import quality
    from ui.filters import _FILTERS

    page, filters = st.session_state.get(CURRENT_PAGE), st.session_state.get(_FILTERS)
    reasons, staffed = None, 0
    if page in quality.PAGES and filters is not None:
        try:
            readiness = query(quality.page_readiness, filters)
        except AnalyticsError:
            readiness = None  # the generic message is still true
        reasons = quality.empty_reasons(readiness, page)
        staffed = len(quality.staffed_regions(readiness))
    if reasons is None or reasons.empty:
        st.info(t("empty"), icon=":material/filter_alt_off:")
        return

    viewer, k = not sees_everything(), privacy.min_group_size()

    def count(value, counted: str) -> str:
        small = viewer and counted == "employees" and 0 < value < k
        return privacy.marker(k) if small else fmt.integer(value)

    def place(name: str, have, total, counted: str) -> str:
        if pd.isna(total) or total == 0:
            return name
        unit = t(f"kualitas.counted.{counted}")
        return t(
            "kualitas.empty.counts",
            place=name,
            have=count(have, counted),
            total=count(total, counted),
            unit=unit,
        )

    lines = []
    for requirement, rows in reasons.groupby("requirement", sort=False):
        first = rows.iloc[0]
        if len(rows) == staffed > 2:  # every region the filters select: one sum, not a list
            everywhere = t("kualitas.empty.all_regions", n=staffed)
            places = [place(everywhere, rows["have"].sum(), rows["total"].sum(min_count=1), first.counted)]
        else:
            places = [
                place(md(region_name(r.region_id)), r.have, r.total, r.counted) for r in rows.itertuples()
            ]
        fill = [t("kualitas.fill.template", names=first.template)] if pd.notna(first.template) else []
        if pd.notna(first.export):
            fill.append(t("kualitas.fill.export", name=first.export))
        lines.append(
            t("kualitas.empty.reason", thing=t(f"kualitas.req.{requirement}"), regions=", ".join(places))
            + " "
            + t("kualitas.empty.fill", fill=t("kualitas.fill.or").join(fill))
        )
    with st.container():
        st.info("\n\n".join(lines), icon=":material/database:")
        # outside dashboard.py (no page list) there is no link; the text says where to look
        with contextlib.suppress(StreamlitAPIException):
            st.page_link("pages/kualitas.py", label=t("kualitas.empty.link"), icon=":material/fact_check:")


# ---------------------------------------------------------------- privacy (issue #5)
def sees_everything() -> bool:
    """A signed-in analyst (or admin) sees small groups; everyone else sees them suppressed."""
    from ui.auth import current_user

    return current_user().can("analyst")


def get(fn: Callable, filters=None, **opts) -> pd.DataFrame | None:
    """A metric's frame as this user may see it: the cached result of ``fn`` (see
    :func:`fetch`), and for anyone but a signed-in analyst through
    :func:`analytics.privacy.protect` by the metric's own spec (``fn.spec``): a group
    below the threshold shows "<5", what is computed over it and what would give it back
    "x", in the table, its CSV and XLSX (:func:`table`), and charts drawn from the frame
    leave those cells out (:func:`chart` with ``data=`` says so). The report
    (``ui.story``) reads the same way, so the screen and the handout cannot differ."""
    return protected(fetch(fn, filters, **opts), fn)


def protected(df: pd.DataFrame | None, fn: Callable) -> pd.DataFrame | None:
    """``df``, a frame of ``fn``, as this user may see it (see :func:`get`)."""
    if df is None or sees_everything():
        return df
    return privacy.protect(df, fn.spec)


def any_hidden(df: pd.DataFrame | None, columns: Sequence[str] | None = None) -> bool:
    """Does the frame hide any cell (of ``columns``, default all)?"""
    if df is None or not privacy.has_suppression(df):
        return False
    cols = privacy.suppressed_columns(df) if columns is None else columns
    return any(privacy.is_suppressed(df, c).any() for c in cols)


def cell(df: pd.DataFrame, i, col: str, formatter: Callable[[object], str]) -> str:
    """One cell as shown (row label ``i``): ``formatter(value)``, or its marker if suppressed."""
    if privacy.is_suppressed(df, col).loc[i]:
        return str(privacy.markers(df, col).loc[i])
    return formatter(df.at[i, col])


def shown_values(df: pd.DataFrame | None, col: str) -> pd.Series | None:
    """The values of ``col`` that are not suppressed (e.g. for a KPI sparkline)."""
    if df is None:
        return None
    return df.loc[~privacy.is_suppressed(df, col), col].dropna()


def privacy_legend(df: pd.DataFrame | None, columns: Sequence[str]) -> None:
    """Under a table: what "<5" and "x" mean, if any of ``columns`` hides a cell."""
    if not any_hidden(df, columns):
        return
    k = df.attrs.get(privacy.ATTR_THRESHOLD) or privacy.min_group_size()
    st.caption(t("privacy.legend", small=privacy.marker(k), k=k, x=privacy.SECONDARY_MARKER))


def _visible(df: pd.DataFrame, col: str) -> pd.DataFrame:
    """The rows whose ``col`` is not suppressed (charts that add values up or cannot draw NaN)."""
    return df[~privacy.is_suppressed(df, col)] if f"{col}{privacy.SUPPRESSED}" in df else df


# ---------------------------------------------------------------- text
def section(question: str, how_to_read: str) -> None:
    """A chart's title is the question it answers; the caption says how to read it."""
    st.subheader(question)
    st.caption(how_to_read)
    st.session_state[_SECTION] = question
    st.session_state.pop(_SUBJECT, None)


# ---------------------------------------------------------------- layout
# One column of KPI cards per region: at most four a row (what a laptop shows at 180 px a
# column with the sidebar open), so six regions are two rows of three, twelve three of four.
REGIONS_PER_ROW = 4
MAX_GRID_COLUMNS = 24  # st.grid's limit


def balanced_columns(n: int, most: int) -> int:
    """Columns a row for ``n`` cells, at most ``most`` a row, with rows as even as possible
    (6 cells, at most 4: 3 a row, not 4 + 2)."""
    if n <= 0:
        return 1
    most = max(min(most, MAX_GRID_COLUMNS), 1)
    rows = math.ceil(n / most)
    return math.ceil(n / rows)


def side_by_side(n: int, *, min_width: int = 380, max_columns: int | None = None) -> list:
    """``n`` cells next to each other that wrap onto new rows when the screen is
    too narrow for ``min_width`` pixels each (laptop: side by side; tablet: stacked).

    ``max_columns``: at most this many a row, the rows as even as possible (one cell per
    region: however many regions there are, see :data:`REGIONS_PER_ROW`).
    """
    columns = balanced_columns(n, n if max_columns is None else max_columns)
    grid = st.grid(columns, min_column_width=min_width, gap="medium")
    return [grid.cell() for _ in range(n)]


def region_cells(region_ids: Sequence[str], *, min_width: int, per_row: int = REGIONS_PER_ROW) -> list:
    """One :func:`side_by_side` cell per region, at most ``per_row`` a row, evenly filled."""
    return side_by_side(len(region_ids), min_width=min_width, max_columns=per_row)


MAIN_WIDTH = 860  # pixels: the main area of a 1280-1440 px laptop screen, sidebar open
GRID_GAP = 16  # pixels between grid columns (gap="medium")


def heading_lines(region_ids: Sequence[str], *, min_width: int, per_row: int = REGIONS_PER_ROW) -> int:
    """How many lines the longest of these region headings takes in a :func:`region_cells`
    column on a laptop screen (about 8.5 px a character, word-wrapped; at most 3), so that
    the headings of a row take the same height and the cards under them line up."""
    cols = balanced_columns(len(region_ids), per_row)
    width = max(min_width, (MAIN_WIDTH - GRID_GAP * (cols - 1)) / cols)
    chars = max(int((width - 14) / 8.5), 8)
    lines = [len(wrap_words(region_name(r), chars, limit=3)) for r in region_ids]
    return max(lines, default=1)


# ---------------------------------------------------------------- KPI cards
def kpi(label: str, value: str, *, help: str | None = None, trend: Sequence | None = None) -> None:
    st.metric(
        label,
        value,
        help=help,
        border=True,
        chart_data=list(trend) if trend is not None and len(trend) > 1 else None,
        chart_type="line",
    )


# ---------------------------------------------------------------- labels for charts
def region_label_column(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``region`` (display name) next to ``region_id``."""
    return df.assign(region=df["region_id"].map(region_name))


def region_rows(df: pd.DataFrame | None, region_id: str) -> pd.DataFrame | None:
    """The rows of one region (None if there are none), e.g. for a KPI sparkline."""
    if df is None or df.empty:
        return None
    rows = df[df["region_id"] == region_id]
    return None if rows.empty else rows


def region_heading(region_id: str, *, lines: int = 1) -> None:
    """A region's name with its chart colour, above its column of KPI cards; ``lines``
    reserves room for a name that wraps (:func:`heading_lines`), so that the cards of a
    row of regions line up under headings of one and of two lines."""
    color = regions.region_color(region_id)
    name = html.escape(region_name(region_id))
    st.session_state[_SUBJECT] = region_name(region_id)
    height = f"min-height: {1.35 * lines:.2f}em; " if lines > 1 else ""
    st.markdown(
        f'<div style="border-left: 6px solid {color}; padding-left: .5rem; font-weight: 600; '
        f'font-size: 1.1rem; line-height: 1.35; {height}margin-bottom: .25rem">{name}</div>',
        unsafe_allow_html=True,
    )


def region_order(df: pd.DataFrame) -> list[str]:
    """The names of the regions in ``df``, in display order (one order everywhere)."""
    return [region_name(r) for r in regions.ordered(df["region_id"])]


def region_color_map() -> dict[str, str]:
    """One colour per region name, the same on every page and slide (:mod:`ui.regions`)."""
    return regions.color_map_by_name()


_MONTHS = {
    "id": ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def _infer_grain(values: pd.Series) -> str:
    dates = pd.to_datetime(values)
    if (dates.dt.month == 1).all() and (dates.dt.day == 1).all():
        return "year"
    if dates.dt.month.isin([1, 4, 7, 10]).all() and dates.dt.day.eq(1).all():
        return "quarter"
    return "month"


def period_label(value, grain: str, lang: str | None = None) -> str:
    """``2024-04-01`` -> ``Apr 2024`` (month), ``T2 2024`` / ``Q2 2024`` (quarter), ``2024``."""
    lang = lang or current_lang()
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(int(value))
    ts = pd.Timestamp(value) if isinstance(value, dt.date | pd.Timestamp) else pd.Timestamp(str(value))
    if grain == "year":
        return str(ts.year)
    if grain == "quarter":
        q = (ts.month - 1) // 3 + 1
        return f"{'T' if lang == 'id' else 'Q'}{q} {ts.year}"
    return f"{_MONTHS[lang][ts.month - 1]} {ts.year}"


def period_label_column(df: pd.DataFrame, grain: str | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Add ``period_label``; return the frame and the labels in time order."""
    if grain is None:
        grain = (
            "month" if df["period"].map(lambda v: isinstance(v, str)).any() else _infer_grain(df["period"])
        )
    ordered = sorted(df["period"].unique())
    lang = current_lang()
    labels = {p: period_label(p, grain, lang) for p in ordered}
    return df.assign(period_label=df["period"].map(labels)), [labels[p] for p in ordered]


# ---------------------------------------------------------------- charts
# The legend sits in the top margin, two rows of it in 70 px; plotly pushes the plot down
# for a longer one (many regions), so the figure gets that much more height and the plot
# keeps its size (an estimate: on a wide screen the plot is a little taller instead).
LEGEND_TOP = 70
LEGEND_WIDTH = 420  # pixels a legend row has in a half-width chart on a laptop


def legend_rows(fig: go.Figure, *, font_size: float = 13, width: float = LEGEND_WIDTH) -> int:
    """Rows a horizontal legend of the figure's trace names takes in ``width`` pixels
    (about 0.6 em a character and 40 px for the symbol and gap of an entry)."""
    names = [
        t.name
        for t in fig.data
        if t.name and (t.showlegend or (t.showlegend is None and t.type in ("scatter", "bar", "histogram")))
    ]
    rows, used = 0, width
    for name in dict.fromkeys(names):
        entry = len(str(name)) * font_size * 0.6 + 40
        if used + entry > width:
            rows, used = rows + 1, entry
        else:
            used += entry
    return rows


def legend_room(fig: go.Figure, *, font_size: float = 13, width: float = LEGEND_WIDTH) -> int:
    """Pixels of legend beyond the two rows the top margin holds."""
    if len(fig.data) <= 1:
        return 0
    return round(font_size * 1.7 * max(legend_rows(fig, font_size=font_size, width=width) - 2, 0))


def style_figure(
    fig: go.Figure, *, height: int = CHART_HEIGHT, percent_axis: str | None = None, from_zero: bool = True
) -> go.Figure:
    """Common look: locale separators, horizontal legend on top, tight margins.

    ``percent_axis`` ("x" or "y") shows shares 0–1 as percentages, from zero
    unless ``from_zero`` is False (trend lines, where the change is the point).
    A legend of more than two rows (:func:`legend_room`) adds to the height.
    """
    lang = current_lang()
    extra = legend_room(fig)
    fig.update_layout(
        height=height + extra,
        margin={"l": 10, "r": 10, "t": LEGEND_TOP if len(fig.data) > 1 else 30, "b": 10},
        separators=",." if lang == "id" else ".,",
        # legend in the top margin, clear of facet titles
        legend={
            "orientation": "h",
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "xanchor": "left",
            "x": 0,
            "title": None,
        },
        hoverlabel={"namelength": -1},
    )
    # full numbers with the locale's separators ("200.000"), not SI suffixes ("200k") or "2e+6"
    fig.update_xaxes(tickformat=",~r")
    fig.update_yaxes(tickformat=",~r")
    # text labels stay categories: plotly would read "2021" as a number and print "2.021"
    for axis, update in (("x", fig.update_xaxes), ("y", fig.update_yaxes)):
        columns = [getattr(trace, axis, None) for trace in fig.data]
        values = [v for col in columns if col is not None for v in col]
        if values and all(isinstance(v, str) for v in values):
            update(type="category")
    rangemode = "tozero" if from_zero else "normal"
    if percent_axis == "y":
        fig.update_yaxes(tickformat=".0%", rangemode=rangemode)
    elif percent_axis == "x":
        fig.update_xaxes(tickformat=".0%", rangemode=rangemode)
    return fig


def chart(
    fig: go.Figure,
    *,
    key: str | None = None,
    title: str | None = None,
    filename: str | None = None,
    data: pd.DataFrame | Sequence[pd.DataFrame | None] | None = None,
) -> None:
    """The chart, and below it a PNG download of it (see :func:`png_download`).

    ``data``: the frame(s) the chart was drawn from; if :func:`get` hid some of
    their cells (which the chart helpers leave out), a note under the chart says so.
    """
    st.plotly_chart(
        fig,
        width="stretch",
        key=key,
        config={"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]},
    )
    frames = [data] if isinstance(data, pd.DataFrame) else list(data or [])
    if any(any_hidden(f) for f in frames):
        k = next(f.attrs.get(privacy.ATTR_THRESHOLD) for f in frames if any_hidden(f))
        st.caption(t("privacy.chart", k=k or privacy.min_group_size()))
    png_download(fig, key=key, title=title, filename=filename)


def png_download(
    fig: go.Figure, *, key: str | None = None, title: str | None = None, filename: str | None = None
) -> None:
    """A "Download PNG" button whose image is drawn only when clicked (Streamlit's
    deferred download data), so it costs a page render nothing.

    The image carries the chart's question as its title (``title``, else the
    current :func:`section` and region heading); the file is named after it.
    Without Chromium the button is disabled and says so (:mod:`ui.images`).
    """
    from ui import images

    if title is None:
        parts = [st.session_state.get(_SECTION), st.session_state.get(_SUBJECT)]
        title = " — ".join(p for p in parts if p)
    name = filename or export.slug(title or t("download.png.file"))
    reason = images.unavailable_reason()
    if reason is not None:
        st.download_button(
            t("download.png.unavailable"),
            data=b"",
            key=f"png_{key}" if key else None,
            help=t("download.png.unavailable.help", hint=images.INSTALL_HINT),
            icon=":material/image_not_supported:",
            type="tertiary",
            disabled=True,
        )
        return
    height = int(fig.layout.height or CHART_HEIGHT)

    def draw() -> bytes:  # runs on click, in a thread of its own
        return images.figure_png(
            figure_with_title(fig, title, height=height),
            width=PNG_WIDTH,
            height=height + (PNG_TITLE_SPACE if title else 0),
            scale=2,
        )

    st.download_button(
        t("download.png"),
        data=draw,
        file_name=f"{name}.png",
        mime="image/png",
        key=f"png_{key}" if key else None,
        help=t("download.png.help"),
        icon=":material/image:",
        type="tertiary",
        on_click="ignore",
    )


def figure_with_title(fig: go.Figure, title: str | None, *, height: int = CHART_HEIGHT) -> go.Figure:
    """A copy of ``fig`` for a file: its question as the title above the legend, white paper."""
    out = go.Figure(fig)
    out.update_layout(paper_bgcolor="white", plot_bgcolor=out.layout.plot_bgcolor or "white")
    if not title:
        return out
    total = height + PNG_TITLE_SPACE
    top = (out.layout.margin.t or 30) + PNG_TITLE_SPACE
    out.update_layout(
        title={
            "text": "<br>".join(_wrap(title, 110)),
            "x": 0.01,
            "xanchor": "left",
            "xref": "paper",
            "y": 1 - 12 / total,
            "yanchor": "top",
            "yref": "container",
            "font": {"size": 17},
        },
        margin={"t": top},
        legend={"y": 1 - PNG_TITLE_SPACE / total},
    )
    return out


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line][:2]


def wrap_words(text: str, width: int, *, limit: int = 2) -> list[str]:
    """``text`` on lines of at most ``width`` characters, at most ``limit`` lines (the rest
    of the text on the last one; a word longer than ``width`` stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and (len(lines[-1]) + 1 + len(word) <= width or len(lines) == limit):
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def line_by_region(
    df: pd.DataFrame,
    y: str,
    *,
    y_label: str,
    grain: str | None = None,
    percent: bool = False,
    height: int = CHART_HEIGHT,
) -> go.Figure:
    """One line per region over ``period``."""
    data, order = period_label_column(region_label_column(df), grain)
    fig = px.line(
        data,
        x="period_label",
        y=y,
        color="region",
        markers=len(order) <= 24,
        color_discrete_map=region_color_map(),
        category_orders={"period_label": order, "region": region_order(df)},
        labels={"period_label": t("axis.period"), y: y_label, "region": t("axis.region")},
    )
    fig.update_xaxes(type="category")
    return style_figure(fig, height=height, percent_axis="y" if percent else None, from_zero=False)


def bar_by_region(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    x_label: str,
    y_label: str,
    percent: bool = False,
    horizontal: bool = False,
    category_order: list | None = None,
    height: int | None = None,
    interval: tuple[str, str] | None = None,
) -> go.Figure:
    """Grouped bars with one colour per region. ``x`` is the category, ``y`` the value;
    ``interval`` names the columns of its 95 % interval (low, high), drawn as error bars.

    Horizontal bars get (unless ``height`` is given) a height for their number of
    categories and regions, so that a bar stays a few pixels thick with many regions."""
    if height is None:
        height = CHART_HEIGHT
        if horizontal:
            bars = df["region_id"].nunique() * BAR_PIXELS + GROUP_GAP
            height = max(CHART_HEIGHT, 140 + df[x].nunique() * bars)
    data = region_label_column(df)
    orders = {"region": region_order(df)}
    if category_order is not None:
        orders[x] = category_order
    kwargs = {"x": y, "y": x, "orientation": "h"} if horizontal else {"x": x, "y": y}
    if interval is not None:
        low, high = interval
        data = data.assign(_plus=data[high] - data[y], _minus=data[y] - data[low])
        axis = "x" if horizontal else "y"
        kwargs |= {f"error_{axis}": "_plus", f"error_{axis}_minus": "_minus"}
    fig = px.bar(
        data,
        color="region",
        barmode="group",
        color_discrete_map=region_color_map(),
        category_orders=orders,
        labels={x: x_label, y: y_label, "region": t("axis.region")},
        **kwargs,
    )
    if interval is not None:
        style = {"thickness": 1.2, "width": 3, "color": "#444444"}
        fig.update_traces(**{"error_x" if horizontal else "error_y": style})
    axis = "x" if horizontal else "y"
    return style_figure(fig, height=height, percent_axis=axis if percent else None)


BAR_PIXELS = 5  # of a horizontal bar of bar_by_region
GROUP_GAP = 10  # pixels between its groups of bars


def heatmap(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    z: str,
    x_label: str,
    y_label: str,
    z_label: str,
    x_order: list | None = None,
    y_order: list | None = None,
    percent: bool = True,
    colorscale: str = SEQUENTIAL,
    zmid: float | None = None,
    height: int = 460,
) -> go.Figure:
    """A heatmap from long-form rows (no pivot needed); each cell shows its value (or its
    privacy marker, and no colour, where the value is suppressed)."""
    lang = current_lang()
    text = df[z].map(lambda v: fmt.percent(v, 0, lang=lang) if percent else fmt.number(v, 2, lang=lang))
    if privacy.is_suppressed(df, z).any():
        text = privacy.markers(df, z).where(privacy.is_suppressed(df, z), text)
    fig = go.Figure(
        go.Heatmap(
            x=df[x],
            y=df[y],
            z=df[z],
            text=text,
            texttemplate="%{text}",
            colorscale=colorscale,
            zmin=0 if percent else None,
            zmax=1 if percent else None,
            zmid=zmid,
            colorbar={"title": {"text": z_label}, "tickformat": ".0%" if percent else None},
            hovertemplate=f"{y_label}: %{{y}}<br>{x_label}: %{{x}}<br>{z_label}: %{{text}}<extra></extra>",
        )
    )
    if x_order:
        fig.update_xaxes(categoryorder="array", categoryarray=x_order)
    if y_order:
        fig.update_yaxes(categoryorder="array", categoryarray=y_order, autorange="reversed")
    fig.update_xaxes(side="top")
    return style_figure(fig, height=height)


def stacked_shares(
    df: pd.DataFrame,
    *,
    x: str,
    share: str,
    color: str,
    x_label: str,
    color_label: str,
    color_order: list,
    color_map: dict,
    x_order: list | None = None,
    horizontal: bool = False,
    facet_region: bool = False,
    height: int | None = None,
) -> go.Figure:
    """100 % stacked bars: ``share`` (0–1) of each ``color`` category per ``x``.

    ``facet_region``: one panel per region, :data:`FACET_COLUMNS` a row; the height
    (unless given) grows with the rows, the gap between rows stays the same in pixels.
    """
    data = region_label_column(df) if "region_id" in df else df
    orders = {color: color_order}
    if x_order is not None:
        orders[x] = x_order
    if "region_id" in df:
        orders["region"] = region_order(df)
    kwargs = {"x": share, "y": x, "orientation": "h"} if horizontal else {"x": x, "y": share}
    if facet_region:
        rows = math.ceil(data["region"].nunique() / FACET_COLUMNS)
        height = height or FACET_ROW_HEIGHT * rows + 80
        kwargs |= {
            "facet_col": "region",
            "facet_col_wrap": FACET_COLUMNS,
            "facet_row_spacing": min(FACET_ROW_GAP / height, 0.9 / max(rows - 1, 1)),
        }
    height = height or CHART_HEIGHT
    fig = px.bar(
        data,
        color=color,
        category_orders=orders,
        color_discrete_map=color_map,
        labels={x: x_label, share: t("axis.share"), color: color_label, "region": t("axis.region")},
        **kwargs,
    )
    fig.update_layout(barmode="stack", bargap=0.15)
    if facet_region:
        fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
        fig.update_xaxes(type="category")
    fig = style_figure(fig, height=height, percent_axis="x" if horizontal else "y")
    if horizontal:
        fig.update_xaxes(range=[0, 1])
    else:
        fig.update_yaxes(range=[0, 1])
    return fig


FACET_COLUMNS = 2  # panels a row in stacked_shares(facet_region=True)
FACET_ROW_HEIGHT = 300  # pixels per row of panels
FACET_ROW_GAP = 80  # pixels between rows (room for the region's name)


def label_column(df: pd.DataFrame, source: str, kind: str, target: str = "label") -> pd.DataFrame:
    """Add a display label for a code column (kinds as in :func:`table`), or pick the
    localized name column for ``kind="competency_name"`` (``competency_name_id``/``_en``)."""
    if kind == "competency_name":
        return df.assign(**{target: df[f"{source}_{current_lang()}"]})
    labels = _label_formatters(current_lang())
    return df.assign(**{target: df[source].map(labels[kind])})


def ordered_labels(codes: Sequence, kind: str) -> list[str]:
    """Labels for codes in the given order (for ``category_orders``)."""
    labels = _label_formatters(current_lang())
    return [labels[kind](c) for c in codes]


def reference_line(fig: go.Figure, value: float, *, axis: str = "y", dash: str = "dash") -> go.Figure:
    if axis == "y":
        fig.add_hline(y=value, line_dash=dash, line_color="#555555", line_width=1)
    else:
        fig.add_vline(x=value, line_dash=dash, line_color="#555555", line_width=1)
    return fig


CATEGORY_COLORS = px.colors.qualitative.Safe


def sum_bars(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    color: str,
    x_label: str,
    y_label: str,
    color_label: str,
    horizontal: bool = False,
    x_order: list | None = None,
    height: int = CHART_HEIGHT,
) -> go.Figure:
    """Stacked bars of ``y`` summed per ``x`` and ``color`` (plotly does the sum). Suppressed
    rows are left out, so a bar is the sum of the values shown."""
    df = _visible(df, y)
    orders = {x: x_order} if x_order is not None else {}
    kwargs = {"y": x, "x": y, "orientation": "h"} if horizontal else {"x": x, "y": y}
    fig = px.histogram(
        df,
        color=color,
        histfunc="sum",
        category_orders=orders,
        color_discrete_sequence=CATEGORY_COLORS,
        labels={x: x_label, y: y_label, color: color_label},
        **kwargs,
    )
    fig.update_layout(barmode="stack")
    # plotly's own hover says "sum of …" in English; say it in the user's words
    cat, val = ("y", "x") if horizontal else ("x", "y")
    fig.update_traces(
        hovertemplate=f"{color_label}: %{{fullData.name}}<br>{x_label}: %{{{cat}}}<br>"
        f"{y_label}: %{{{val}:,}}<extra></extra>"
    )
    if horizontal:
        fig.update_yaxes(categoryorder="total ascending", title=x_label)
        fig.update_xaxes(title=y_label)
    else:
        fig.update_xaxes(type="category", title=x_label)
        fig.update_yaxes(title=y_label)
    return style_figure(fig, height=height)


def event_study_chart(df: pd.DataFrame, *, x_label: str, y_label: str) -> go.Figure:
    """Difference trained − comparison by month since training, zero line, line at month 0."""
    fig = px.line(
        df, x="rel_month", y="difference", markers=True, labels={"rel_month": x_label, "difference": y_label}
    )
    fig.update_traces(
        line_color="#0072B2", hovertemplate=f"{x_label}: %{{x}}<br>{y_label}: %{{y:.2f}}<extra></extra>"
    )
    fig.add_hline(y=0, line_color="#555555", line_width=1)
    fig.add_vline(x=0, line_dash="dash", line_color="#d73027", line_width=1.5)
    fig.update_xaxes(dtick=3, zeroline=False)
    return style_figure(fig)


def impact_factor(row) -> float:
    """What an estimate is multiplied by to be read in its unit: 100 for a share
    difference ('pp', percentage points), 1 for score points."""
    return 100.0 if getattr(row, "unit", "points") == "pp" else 1.0


def impact_decimals(row) -> int:
    """Enough decimals that a narrow confidence interval does not print as "3,0–3,0"."""
    return 2 if row.se * impact_factor(row) < 0.05 else 1


def impact_unit(row) -> str:
    """The unit word of an estimate: points or percentage points."""
    return t("impact.unit.pp") if impact_factor(row) == 100 else t("unit.points")


def impact_sentence(row, min_jp: int) -> str:
    """The DiD estimate in words, with its 95 % CI and the group sizes, in the unit of its
    outcome (score points, or percentage points of the share rated hasil kerja Di Atas)."""
    factor = impact_factor(row)
    key = "impact.sentence." + ("pp." if factor == 100 else "") + ("up" if row.estimate >= 0 else "down")
    d = impact_decimals(row)
    return t(
        key,
        min_jp=min_jp,
        est=fmt.number(abs(row.estimate) * factor, d),
        lo=fmt.number(row.ci_low * factor, d),
        hi=fmt.number(row.ci_high * factor, d),
        nt=fmt.integer(row.n_treated),
        nc=fmt.integer(row.n_control),
    )


# ---------------------------------------------------------------- tables
Column = tuple[str, str, str]  # source column, header shown, kind (see ui.fmt.formatter or LABEL_KINDS)


def _label_formatters(lang: str) -> dict[str, Callable]:
    from ui import i18n

    return {
        "region": lambda v: region_name(v),
        "jenis_jabatan": lambda v: i18n.jenis_jabatan_label(v, lang),
        "predikat": lambda v: i18n.predikat_label(v, lang),
        "band": lambda v: i18n.jpm_band_label(v, lang),
        "category": lambda v: i18n.category_label(v, lang),
        "indicator": lambda v: i18n.indicator_label(v, lang),
        "competency": lambda v: i18n.competency_label(v, lang),
        "year": lambda v: fmt.MISSING if pd.isna(v) else str(int(v)),
    }


def _csv_value(kind: str, series: pd.Series, display: Callable | None) -> pd.Series:
    """CSV keeps numbers as numbers (dot decimal), shares as percentages, codes as labels."""
    if kind in {"pct", "pp"}:
        return (series.astype(float) * 100).round(2)
    if kind in {"num1", "pts"}:
        return series.astype(float).round(2)
    if kind == "num2":
        return series.astype(float).round(3)
    if kind in {"int", "text", "year"}:
        return series
    return series.map(display)


def styled(df: pd.DataFrame, columns: Sequence[Column]):
    """The chosen columns under their headers, formatted for reading (a pandas Styler).

    Formatting happens in the Styler, so sorting a column in the browser still
    sorts by number. A column with an empty cell is the exception: Streamlit draws
    an empty cell as a grey "None" whatever the Styler says (1.67), so such a
    column is written out as its display text, with the privacy marker ("<5",
    "x") in a hidden cell of a frame from :func:`analytics.privacy.suppress` and
    "–" where there is no value; it then sorts as text.
    """
    lang = current_lang()
    labels = _label_formatters(lang)
    frame = df.reset_index(drop=True)
    shown = frame[[c for c, _, _ in columns]].rename(columns={c: h for c, h, _ in columns})
    formatters = {h: labels.get(k) or fmt.formatter(k, lang=lang) for _, h, k in columns}
    for c, h, _ in columns:
        values = shown[h]
        if not values.isna().any():
            continue
        texts = values.map(lambda v, f=formatters[h]: fmt.MISSING if _empty(v) else f(v))
        if privacy.is_suppressed(frame, c).any():
            marks = privacy.markers(frame, c)
            texts = marks.where(marks.notna(), texts)
        shown[h] = texts.astype(object)
        formatters.pop(h)
    return shown.style.format(formatters, na_rep=fmt.MISSING)


def _empty(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def export_frame(df: pd.DataFrame, columns: Sequence[Column]) -> pd.DataFrame:
    """The table as written to CSV and XLSX: headers as shown, numbers as numbers
    (shares as percent), codes as labels, suppression markers in hidden cells."""
    labels = _label_formatters(current_lang())
    out = pd.DataFrame({h: _csv_value(k, df[c], labels.get(k)) for c, h, k in columns})
    for c, h, k in columns:
        if f"{c}{privacy.SUPPRESSED}" in df:
            text = privacy.markers(df, c).tolist()
            values = out[h].tolist()
            whole = k == "int"
            out[h] = pd.Series(
                [
                    m if m is not None else (_whole(v) if whole else v)
                    for m, v in zip(text, values, strict=True)
                ],
                index=out.index,
                dtype=object,
            )
    return out


def _whole(value):
    """A count made float by suppression (NaN) back to an int."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def download(df: pd.DataFrame, columns: Sequence[Column], filename: str, *, key: str) -> None:
    """CSV and XLSX downloads of the same columns (:func:`export_frame`).

    CSV: comma-separated UTF-8 with a BOM (Excel opens it with the right
    characters). XLSX: one sheet. Both are made only when clicked (not on every
    rerun of the page) and guard against formula injection (:mod:`ui.export`).
    """
    sheet = t("download.sheet")
    with st.container(horizontal=True, gap="small"):
        st.download_button(
            t("download.csv"),
            data=lambda: csv_bytes(export_frame(df, columns)),
            file_name=f"{filename}.csv",
            mime="text/csv",
            key=f"dl_{key}",
            icon=":material/download:",
            on_click="ignore",
        )
        st.download_button(
            t("download.xlsx"),
            data=lambda: export.xlsx_bytes(export_frame(df, columns), sheet_name=sheet),
            file_name=f"{filename}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key=f"dlx_{key}",
            icon=":material/table_view:",
            on_click="ignore",
        )


def table(
    df: pd.DataFrame | None,
    columns: Sequence[Column],
    filename: str,
    *,
    key: str,
    height: int | str = "auto",
) -> None:
    """A formatted table with CSV and XLSX downloads of it; the empty state if there are no rows."""
    if not has_rows(df):
        return
    if len(df) <= 10:  # a short table takes its own height, without empty rows
        height = "auto"
    st.dataframe(styled(df, columns), width="stretch", hide_index=True, height=height)
    privacy_legend(df, [c for c, _, _ in columns])
    download(df, columns, filename, key=key)


def top_bottom(df: pd.DataFrame, rank: str, n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``n`` best and ``n`` worst rows by a rank column (1 = best); worst first in the second.
    Rows without a rank (suppressed, see :func:`get`) are in neither."""
    ordered = df[~privacy.is_suppressed(df, rank)].sort_values(rank)
    return ordered.head(n), ordered.tail(n).iloc[::-1]


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV bytes of a table (:func:`ui.export.csv_bytes`: BOM, neutralized text)."""
    return export.csv_bytes(df)
