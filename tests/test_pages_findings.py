"""Kinerja and Pelatihan say their answer first (issue #11).

The sentences right under each page's title are checked against numbers worked out here:
the share rated Baik or better with SQL on the raw evaluations, the within-employee trend,
the 20 JP shares and the effect of training from the analytics frames (read with pandas
here, not through ``reporting.findings``) — for a viewer and a signed-in analyst, for every
region, for a ratings-only region (the demo's Sawahlunto rates monthly without a score,
Jambi quarterly) and for a small unit, where a viewer's sentences must leave out what the
privacy rules hide. The sections folded away keep their question; the page files stay
short and free of pandas; the charts answer at the scale of their numbers.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import test_pages as base  # the pages' AppTest fixtures and helpers (tests/ is on sys.path)
import test_pages_penempatan as pen
import test_pages_ratings as rt
from test_pages_privacy import displayed

from analytics import kinerja, meta, privacy, training
from analytics.filters import Filters
from data.demo import REGION_IDS
from data.demo import REGIONS as DEMO_REGIONS
from reporting import fmt, regions
from reporting.charts import kinerja as kc
from reporting.charts import training as tc
from reporting.findings import training as training_findings
from reporting.story import Data, build_slide
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
ui_db, app_env, raw = base.ui_db, base.app_env, base.raw
demo_accounts = pen.demo_accounts
open_page, assert_ok, sign_in = base.open_page, base.assert_ok, pen.sign_in_as_analyst

ROOT = Path(__file__).resolve().parents[1]
NAMES = {region_id: name for region_id, name, _ in DEMO_REGIONS}
K = privacy.DEFAULT_MIN_GROUP_SIZE

# the questions of the sections each page folds away (the visible ones: test_pages.PAGES)
FOLDED = {
    "kinerja": [
        "kinerja.trends.q",
        "kinerja.predikat.q",
        "kinerja.units.q",
        "kinerja.kuadran.q",
        "kinerja.cap.q",
    ],
    "pelatihan": [
        "pelatihan.event.q",
        "pelatihan.unit.q",
        "pelatihan.pppk.q",
        "pelatihan.volume.q",
        "pelatihan.comp.q",
    ],
}


@pytest.fixture(autouse=True)
def default_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(privacy.ENV_VAR, raising=False)


@pytest.fixture
def db(app_env):
    """The app's database, for the analytics frames the sentences are checked against."""
    con = duckdb.connect(str(app_env), read_only=True)  # as the app reads it (analytics.snapshot)
    with regions.using(meta.region_options(con)):
        yield con
    con.close()


def unescaped(text: str) -> str:
    """Markdown as read: the sentences are escaped (they name regions and units)."""
    return re.sub(r"\\(.)", r"\1", text)


def headline(at) -> list[str]:
    """The sentences of the first Markdown element after the page's title."""
    after_title = False
    for node in at.main:
        kind = type(node).__name__
        if kind == "Title":
            after_title = True
        elif after_title and kind == "Markdown":
            return unescaped(node.value.replace("**", "")).split("\n\n")  # the first in bold
    raise AssertionError("no text under the title")


def all_filters(db, *region_ids: str, unit_id: str | None = None) -> Filters:
    first, last = meta.year_bounds(db)
    return Filters(regions=region_ids or tuple(REGION_IDS), year_from=first, year_to=last, unit_id=unit_id)


def choose(at, *region_ids: str, unit_id: str | None = None):
    at.multiselect(key="wilayah").set_value(list(region_ids)).run()
    if unit_id is not None:
        at.selectbox(key="unit").set_value(unit_id).run()
    assert_ok(at)
    return at


def signed(value: float, decimals: int) -> str:
    return fmt.number(value, decimals, sign=True)


# ---------------------------------------------------------------- the page files


@pytest.mark.parametrize("page", list(FOLDED))
def test_folded_sections_keep_their_question(app_env, page: str) -> None:
    at = open_page(page)
    labels = [unescaped(e.label) for e in at.expander]
    for key in FOLDED[page]:
        assert any(label.startswith(t(key)) for label in labels), key
    if page == "kinerja":  # the score's trend is in the fold of the other trends
        assert f"**{t('kinerja.score.q')}**" in [m.value for m in at.markdown]


# ---------------------------------------------------------------- Kinerja, worked out here


def baik_by_year(raw, y0: int, y1: int, region_ids, unit_id: str | None = None) -> pd.DataFrame:
    """Share of evaluations rated Baik or better per region and year, each region at its
    finest period type in the years (a region rating quarterly: its annual SKP not counted)."""
    rows = raw(
        """with rows_ as (
               select u.region_id, year(ev.period_start) as y, ev.predikat,
                      case ev.period_type when 'bulanan' then 1 when 'triwulan' then 2 else 3 end as rank_
               from performance_evaluations ev join employees e using (nip)
               join positions p on p.position_id = coalesce(ev.position_id, e.position_id)
               join units u on u.unit_id = p.unit_id
               where year(ev.period_start) between ? and ? and (? is null or u.unit_id = ?)),
           finest as (select region_id, min(rank_) as rank_ from rows_ group by region_id)
           select region_id, y, avg((predikat <= 2)::integer) from rows_ join finest using (region_id, rank_)
           group by all""",
        y0,
        y1,
        unit_id,
        unit_id,
    )
    df = pd.DataFrame(rows, columns=["region_id", "year", "share"])
    return df[df["region_id"].isin(region_ids)]


def baik_sentence(shares: pd.DataFrame) -> str:
    """The third sentence, from shares per region and year (the shown ones)."""
    y0 = int(shares["year"].min())
    counts = shares.groupby("year")["region_id"].nunique()
    y1 = int(counts[counts == counts.max()].index.max())
    last = shares[shares["year"] == y1].set_index("region_id")["share"]
    first = shares[shares["year"] == y0].set_index("region_id")["share"]
    if len(last) == 1:
        region_id, v1 = last.index[0], last.iloc[0]
        return t(
            "kinerja.f.baik.one",
            region=NAMES[region_id],
            v1=fmt.percent(v1),
            y1=y1,
            v0=fmt.percent(first[region_id]),
            y0=y0,
            diff=signed((v1 - first[region_id]) * 100, 1),
        )
    order = {r: i for i, r in enumerate(REGION_IDS)}
    ranked = sorted(last.index, key=lambda r: (last[r], order[r]))
    worst, best = ranked[0], max(ranked, key=lambda r: (last[r], -order[r]))

    def value(r: str) -> str:
        return f"{fmt.percent(last[r])} ({y0}: {fmt.percent(first[r])})"

    up = sum(last[r] > first[r] for r in last.index if r in first.index)
    return (
        t(
            "kinerja.f.baik.many",
            y1=y1,
            worst=NAMES[worst],
            worst_v=value(worst),
            best=NAMES[best],
            best_v=value(best),
        )
        + " "
        + t("kinerja.f.baik.rose", y0=y0, up=up, n=int(last.index.isin(first.index).sum()))
    )


def within_rows(within: pd.DataFrame, outcome: str) -> pd.DataFrame:
    rows = within[(within["outcome"] == outcome) & (within["method"] == "within")]
    return rows.dropna(subset=["estimate", "ci_low", "ci_high"])


def direction(row) -> str:
    return "up" if row.ci_low > 0 else "down" if row.ci_high < 0 else "flat"


def trend_sentence(rows: pd.DataFrame, key: str, scale: float, decimals: int) -> str:
    if len(rows) == 1:
        row = next(rows.itertuples())
        way, value = direction(row), row.estimate * scale
        return t(
            f"{key}.one.{way}",
            region=NAMES[row.region_id],
            v=fmt.number(value if way == "flat" else abs(value), decimals, sign=way == "flat"),
            ci=t(
                "kinerja.f.ci",
                lo=fmt.number(row.ci_low * scale, decimals),
                hi=fmt.number(row.ci_high * scale, decimals),
            ),
            n=fmt.integer(row.employees),
        )
    ways = [direction(r) for r in rows.itertuples()]
    counts = t("kinerja.f.up", up=ways.count("up"), n=len(ways))
    counts += t("kinerja.f.down", k=ways.count("down")) if "down" in ways else ""
    counts += t("kinerja.f.flat", k=ways.count("flat")) if "flat" in ways else ""
    best, worst = rows.loc[rows["estimate"].idxmax()], rows.loc[rows["estimate"].idxmin()]
    return t(
        f"{key}.many",
        counts=counts,
        best=NAMES[best["region_id"]],
        best_v=signed(best["estimate"] * scale, decimals),
        worst=NAMES[worst["region_id"]],
        worst_v=signed(worst["estimate"] * scale, decimals),
    )


def kinerja_sentences(within: pd.DataFrame, shares: pd.DataFrame) -> list[str]:
    lines = []
    rated = within_rows(within, "share_di_atas")
    if not rated.empty:
        lines.append(trend_sentence(rated, "kinerja.f.within", 100.0, 1))
        scored = within_rows(within, "score")
        lines.append(
            trend_sentence(scored, "kinerja.f.score", 1.0, 2)
            if not scored.empty
            else t("kinerja.f.score.none")
        )
    if not shares.empty:
        lines.append(baik_sentence(shares))
    return lines


def test_kinerja_answer_for_every_region(app_env, db, raw, demo_accounts) -> None:
    at = open_page("kinerja")
    filters = all_filters(db)
    within = kinerja.kinerja_within_trend(db, filters)
    shares = baik_by_year(raw, filters.year_from, filters.year_to, REGION_IDS)
    expected = kinerja_sentences(within, shares)
    assert headline(at) == expected
    # the demo's planted trends: Salatiga rises fastest, Sawahlunto lags; DKI and Salatiga have a score
    assert NAMES["SWL"] in expected[2].split(",")[0] and "2 dari 2 wilayah" in expected[1]
    # an analyst reads the same sentences: no region is a small group
    assert headline(sign_in(at)) == expected


@pytest.mark.parametrize("region_id", ["SWL", "JMB"])
def test_kinerja_answer_for_a_ratings_only_region(app_env, db, raw, region_id: str) -> None:
    at = choose(open_page("kinerja"), region_id)
    filters = all_filters(db, region_id)
    within = kinerja.kinerja_within_trend(db, filters)
    assert within_rows(within, "score").empty  # no score: the answer is on the ratings
    lines = headline(at)
    assert lines == kinerja_sentences(
        within, baik_by_year(raw, filters.year_from, filters.year_to, [region_id])
    )
    assert lines[1] == t("kinerja.f.score.none")
    assert lines[0].startswith(NAMES[region_id]) and "hasil kerja Di Atas Ekspektasi" in lines[0]
    assert "poin persen per tahun" in lines[0] and t("story.f.suppressed", k=K) not in lines


def small_unit_hiding_the_trend(db) -> tuple[str, str]:
    """A unit whose within-employee trend and some years of its share Baik are hidden from
    viewers, while its later years are shown."""
    units = db.execute(
        """select u.unit_id, u.region_id from employees e join positions p using (position_id)
           join units u on u.unit_id = p.unit_id group by all having count(*) between 5 and 12
           order by count(*), u.unit_id"""
    ).fetchall()
    for unit_id, region_id in units:
        f = all_filters(db, region_id, unit_id=unit_id)
        within = privacy.protect(kinerja.kinerja_within_trend(db, f), kinerja.kinerja_within_trend.spec)
        trend = privacy.protect(kinerja.kinerja_trend(db, f, grain="year"), kinerja.kinerja_trend.spec)
        hidden_years = trend["share_baik"].isna()
        if within_rows(within, "share_di_atas").empty and hidden_years.any() and (~hidden_years).sum() >= 2:
            return unit_id, region_id
    pytest.skip("no unit of this database has a hidden trend and shown years")


def test_kinerja_answer_hides_from_a_viewer_what_the_rules_hide(app_env, db, raw, demo_accounts) -> None:
    unit_id, region_id = small_unit_hiding_the_trend(db)
    filters = all_filters(db, region_id, unit_id=unit_id)
    within = kinerja.kinerja_within_trend(db, filters)
    shares = baik_by_year(raw, filters.year_from, filters.year_to, [region_id], unit_id)
    trend = kinerja.kinerja_trend(db, filters, grain="year")
    small_years = set(pd.to_datetime(trend.loc[trend["employees"] < K, "period"]).dt.year)
    assert small_years  # fewer than 5 employees evaluated per period in those years

    at = choose(open_page("kinerja"), region_id, unit_id=unit_id)
    viewer = headline(at)
    shown = shares[~shares["year"].isin(small_years)]
    assert viewer == [baik_sentence(shown)]  # no trend sentence: it reads fewer than 5 employees
    text = " ".join(viewer)
    for value in shares.loc[shares["year"].isin(small_years), "share"]:
        if fmt.percent(value) not in {fmt.percent(v) for v in shown["share"]}:
            assert fmt.percent(value) not in text
    # an analyst reads every number
    assert headline(sign_in(at)) == kinerja_sentences(within, shares)


def test_kinerja_slide_says_the_pages_sentence(app_env, db) -> None:
    at = open_page("kinerja")
    slide = build_slide("kinerja", all_filters(db), Data.on(db))
    assert slide.finding == headline(at)[-1]


# ---------------------------------------------------------------- Pelatihan, worked out here


def jp_sentence(jp: pd.DataFrame) -> str:
    """The 20 JP sentence from :func:`analytics.training.jp_entitlement` (pro-rated)."""
    shown = jp.dropna(subset=["share_met"])
    counts = shown.groupby("year")["region_id"].nunique()
    y0, y1 = int(shown["year"].min()), int(counts[counts == counts.max()].index.max())
    last = shown[shown["year"] == y1].set_index("region_id")["share_met"]
    first = shown[shown["year"] == y0].set_index("region_id")["share_met"]
    if len(last) == 1:
        r, v1 = last.index[0], last.iloc[0]
        diff = signed((v1 - first[r]) * 100, 1)
        return t(
            "pelatihan.f.jp.one",
            region=NAMES[r],
            v1=fmt.percent(v1),
            y1=y1,
            v0=fmt.percent(first[r]),
            y0=y0,
            diff=diff,
        )
    worst, best = last.idxmin(), last.idxmax()

    def value(r: str) -> str:
        return f"{fmt.percent(last[r])} ({y0}: {fmt.percent(first[r])})"

    up = sum(last[r] > first[r] for r in last.index if r in first.index)
    return (
        t(
            "pelatihan.f.jp.many",
            y1=y1,
            worst=NAMES[worst],
            worst_v=value(worst),
            best=NAMES[best],
            best_v=value(best),
        )
        + " "
        + t("pelatihan.f.jp.rose", y0=y0, up=up, n=len(last))
    )


def effect_sentence(row) -> str:
    """The effect in the unit of its outcome, with its CI and n (:func:`training_impact`)."""
    pp = row.unit == "pp"
    factor = 100 if pp else 1
    decimals = 2 if row.se * factor < 0.05 else 1
    key = "impact.sentence." + ("pp." if pp else "") + ("up" if row.estimate >= 0 else "down")
    return t(
        key,
        min_jp=training.DEFAULT_MIN_JP,
        est=fmt.number(abs(row.estimate) * factor, decimals),
        lo=fmt.number(row.ci_low * factor, decimals),
        hi=fmt.number(row.ci_high * factor, decimals),
        nt=fmt.integer(row.n_treated),
        nc=fmt.integer(row.n_control),
    )


@pytest.mark.parametrize(
    ("region_ids", "unit"),
    [
        (tuple(REGION_IDS), "pp"),  # two regions have no score: the rating, for every region
        (("SLT", "DKI"), "points"),  # both with a score: score points
        (("SWL",), "pp"),  # ratings only (monthly)
    ],
)
def test_pelatihan_answer(app_env, db, demo_accounts, region_ids: tuple, unit: str) -> None:
    at = (
        open_page("pelatihan")
        if len(region_ids) == len(REGION_IDS)
        else choose(open_page("pelatihan"), *region_ids)
    )
    filters = all_filters(db, *region_ids)
    impact = next(training.training_impact(db, filters).itertuples(index=False))
    assert impact.unit == unit and impact.n_treated >= K and impact.n_control >= K
    lines = headline(at)
    # a viewer's 20 JP shares go through the metric's privacy rules: a year whose part-year
    # staff are fewer than 5 hides its share (the rule the page applies, analytics.privacy)
    jp = training.jp_entitlement(db, filters)
    assert lines[0] == jp_sentence(privacy.protect(jp, training.jp_entitlement.spec))
    assert lines[1] == effect_sentence(impact)
    assert ("poin persen" in lines[1]) == (unit == "pp")  # the unit is said
    assert lines[2] == t("pelatihan.f.design")  # the comparison group; what is not controlled for
    # the chart beside it: one dot per region, the pooled estimate last, in the same unit
    chart = next(c for c in at.get("plotly_chart") if "impact_regions" in c.proto.id)
    spec = json.loads(chart.proto.spec)
    drawn = [trace["x"][0] for trace in spec["data"]]
    per_region = [
        training.training_impact(db, replace(filters, regions=(r,)), outcome=impact.outcome)["estimate"].iloc[
            0
        ]
        for r in region_ids
    ]
    expected = [v for v in per_region if pd.notna(v)] + ([impact.estimate] if len(region_ids) > 1 else [])
    factor = 100 if unit == "pp" else 1
    assert drawn == pytest.approx([v * factor for v in expected])
    if len(region_ids) == len(REGION_IDS):  # an analyst: every year's share
        assert headline(sign_in(at))[:2] == [jp_sentence(jp), effect_sentence(impact)]


def small_unit_with_few_trained(db) -> tuple[str, str]:
    units = db.execute(
        """select u.unit_id, u.region_id from employees e join positions p using (position_id)
           join units u on u.unit_id = p.unit_id group by all having count(*) between 8 and 40
           order by count(*), u.unit_id"""
    ).fetchall()
    for unit_id, region_id in units:
        row = training.training_impact(db, all_filters(db, region_id, unit_id=unit_id)).iloc[0]
        if 0 < row["n_treated"] < K and row["n_control"] > 0 and pd.notna(row["estimate"]):
            return unit_id, region_id
    pytest.skip("no unit of this database has 1-4 trained employees with an estimate")


def test_pelatihan_answer_hides_a_small_group_from_a_viewer(app_env, db, demo_accounts) -> None:
    unit_id, region_id = small_unit_with_few_trained(db)
    filters = all_filters(db, region_id, unit_id=unit_id)
    impact = next(training.training_impact(db, filters).itertuples(index=False))
    at = choose(open_page("pelatihan"), region_id, unit_id=unit_id)
    viewer = headline(at)
    assert t("story.f.suppressed", k=K) in viewer
    assert t("story.f.suppressed", k=K) in base.infos(at)  # beside the chart: hidden, not missing
    assert t("impact.none") not in base.infos(at)
    assert not any(fmt.integer(impact.n_treated) + " dilatih" in line for line in viewer)
    # the effect table shows the markers, not the numbers
    cells = next(displayed(e) for e in at.dataframe if t("kpi.n_treated") in e.value.columns)
    assert cells[t("kpi.n_treated")].tolist() == [f"<{K}"]
    assert (cells[t(f"impact.kpi.{impact.unit}")] == privacy.SECONDARY_MARKER).all()
    # an analyst reads the estimate
    analyst = headline(sign_in(at))
    assert effect_sentence(impact) in analyst


def test_training_slide_says_the_pages_sentence(app_env, db) -> None:
    at = open_page("pelatihan")
    slide = build_slide("training", all_filters(db), Data.on(db))
    assert slide.finding == headline(at)[1]


# ---------------------------------------------------------------- the charts


def test_indicator_scores_get_a_zoomed_axis_that_says_so() -> None:
    df = pd.DataFrame(
        {
            "region_id": ["SLT", "SLT", "SLT"],
            "indicator": ["hasil_kerja", "sikap", "disiplin"],
            "mean_score": [83.5, 79.5, 79.9],
        }
    )
    fig = kc.indicator_dots(
        df, "mean_score", x_label="Skor", order=["hasil_kerja", "sikap", "disiplin"], percent=False
    )
    low, high = fig.layout.xaxis.range
    assert 70 < low <= 79.5 and 83.5 <= high < 90  # far from zero: the differences show
    assert t("kinerja.axis.zoomed", label="Skor") == fig.layout.xaxis.title.text
    assert [list(trace.x) for trace in fig.data] == [[83.5, 79.5, 79.9]]


@pytest.mark.parametrize(
    ("low", "high"), [(0.982, 0.996), (0.8, 0.96), (0.0, 0.35), (0.995, 0.9965), (0.1, 0.1)]
)
def test_percent_ticks_never_print_a_label_twice(low: float, high: float) -> None:
    df = pd.DataFrame(
        {"region_id": ["SLT", "SLT"], "indicator": ["hasil_kerja", "sikap"], "share": [low, high]}
    )
    fig = kc.indicator_dots(df, "share", x_label="Bagian", order=["hasil_kerja", "sikap"], percent=True)
    labels = list(fig.layout.xaxis.ticktext)
    assert len(set(labels)) == len(labels)
    assert 2 <= len(labels) <= 12  # a handful of ticks, not dozens
    lo, hi = fig.layout.xaxis.range
    assert lo <= 0.0 and hi >= high  # shares from zero, the largest one on the axis


def impact_row(n_treated: int, estimate: float) -> pd.DataFrame:
    return pd.DataFrame(
        [
            dict(outcome="hasil_di_atas", unit="pp", estimate=estimate, se=0.01, ci_low=estimate - 0.02,
                 ci_high=estimate + 0.02, n_treated=n_treated, n_control=20 * n_treated, n_cells=9,
                 treated_change=estimate, control_change=0.0)
        ]
    )  # fmt: skip


def test_effect_chart_leaves_hidden_rows_out_and_keeps_region_colours() -> None:
    rows = {"SLT": impact_row(3, 0.18), "JMB": impact_row(40, 0.12), "DKI": impact_row(900, 0.17)}
    directory = pd.DataFrame(
        {"region_id": ["SLT", "JMB", "DKI"], "region_name": ["A", "C", "B"], "sort_order": [1, 2, 4]}
    )
    with regions.using(directory):
        numbers = privacy.protect(
            training_findings.by_region(rows, impact_row(943, 0.171)), training_findings.BY_REGION.spec
        )
        # Salatiga's 3 trained show "<5"; Jambi's estimate goes too, or the pooled n gives them back
        assert privacy.markers(numbers, "n_treated").tolist() == [f"<{K}", "x", None, None]
        fig = tc.effect_by_region(numbers, x_label="pp")
        drawn = {trace.name: (trace.x[0], trace.marker.color) for trace in fig.data}
        assert drawn == {
            "B": (pytest.approx(17.0), regions.region_color("DKI")),
            t("story.training.all"): (pytest.approx(17.1), tc.POOLED_COLOR),
        }


# ---------------------------------------------------------------- a database with no score at all

ratings_file, ratings_app = rt.ratings_file, rt.ratings_app


def test_both_answers_on_a_ratings_only_database(ratings_app) -> None:
    """tests/ratings_fixture.py, worked out by hand there: Salatiga rates monthly (Q1 2024:
    Baik or better 10 of 12), Jambi quarterly (2024: 5 of 6), Sawahlunto only annually
    (2022 C1 Baik; 2024 C1 Sangat Baik, C2 Baik); one PNS of Salatiga's four, A1, trained
    24 JP in 2024 and nobody else: no comparison group for an effect."""
    at = rt.open_as_analyst("kinerja", {"tahun": ["2022", "2024"]})
    lines = headline(at)
    assert "dari 3 wilayah" in lines[0] and "hasil kerja Di Atas Ekspektasi" in lines[0]
    assert lines[1] == t("kinerja.f.score.none")
    assert lines[2] == (
        "Porsi predikat Baik ke atas 2024: terendah Kota Salatiga 83,3 %, tertinggi Kota Sawahlunto "
        "100,0 % (2022: 100,0 %). Sejak 2022 porsi ini naik di 0 dari 1 wilayah."
    )  # Salatiga's 10/12 and Jambi's 5/6 are equal: the first in display order is named
    at = rt.open_as_analyst("pelatihan", {"tahun": ["2022", "2024"]})
    assert headline(at) == [
        "PNS yang mendapat hak 20 JP pada 2024: terendah Kota Jambi 0,0 % (2022: 0,0 %), tertinggi Kota "
        "Salatiga 25,0 % (2022: 0,0 %). Sejak 2022 porsi ini naik di 1 dari 3 wilayah.",
        t("impact.none"),
    ]
