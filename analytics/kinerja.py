"""Kinerja (performance), PermenPANRB 6/2022, from evaluations of every period type.

A SIASN export has ratings (hasil kerja, perilaku) and predikat but no 0-100 score;
some regions rate monthly (bulanan), some quarterly (triwulan), some only annually
(tahunan). Every metric here therefore has an outcome from the ratings (share Baik
or better, Sangat Baik, hasil kerja Di Atas) and uses the score only where the data
have one, saying which it used. Each region is read at its finest period type in the
slice (``kinerja_source`` in ``analytics/marts/10_kinerja.sql``; ``period_type``
says which) and a trend groups at the grain asked for or, where the region's period
type is coarser, at that (``grain``).

Uncertainty: shares carry a 95 % Wilson interval (``<share>_low`` / ``_high``) over
the employees evaluated (``employees``: evaluations / evaluation periods), not over
the evaluations — one person's monthly ratings are not independent, so counting each
month would make the interval far too narrow.
"""

from __future__ import annotations

from typing import Literal

import duckdb
import pandas as pd

from analytics.db import run
from analytics.filters import Filters
from analytics.spec import Protect, metric, spec
from analytics.stats import with_wilson

Grain = Literal["month", "quarter", "year"]
GRAINS: tuple[str, ...] = ("month", "quarter", "year")
# the period type of an evaluation and the grain it has
PERIOD_GRAIN = {"bulanan": "month", "triwulan": "quarter", "tahunan": "year"}
OUTCOMES = ("score", "share_baik", "share_sangat_baik", "share_di_atas")


_PERIODS = {"period_type": ("bulanan", "triwulan", "tahunan"), "grain": ("month", "quarter", "year")}
_SHARES = ("share_baik", "share_sangat_baik", "share_di_atas")

PREDIKAT_DISTRIBUTION = spec(
    keys=("region_id", "period", "predikat"),
    columns="""
        region_id     key
        period        key
        predikat      code     predikat
        evaluations   count
        share         share    axis.share
        periods       count
        employees     count    # rated so in an evaluation period of the row
        period_type   code
        grain         code
    """,
    # a region-period's predikat add up to 100 %
    protect=[Protect("employees", values=("share", "evaluations"), group=("region_id", "period"))],
    sums_to_one=("share", ("region_id", "period")),
    values=_PERIODS,
)
KINERJA_TREND = spec(
    keys=("region_id", "period"),
    columns="""
        region_id               key
        period                  key
        period_type             code
        grain                   code
        evaluations             count
        employees               number+  int    # evaluated per evaluation period
        rated                   count
        scored                  count
        share_baik              share
        share_sangat_baik       share
        share_di_atas           share    col.share_hasil_di_atas
        mean_score              score
        mean_hasil_kerja        score
        mean_sikap              score
        mean_disiplin           score
        share_baik_low          share    col.ci_low
        share_baik_high         share    col.ci_high
        share_sangat_baik_low   share    col.ci_low
        share_sangat_baik_high  share    col.ci_high
        share_di_atas_low       share    col.ci_low
        share_di_atas_high      share    col.ci_high
    """,
    protect=[
        Protect(
            "employees",
            values=(
                "evaluations",
                "rated",
                "scored",
                *_SHARES,
                *[f"{s}_{b}" for s in _SHARES for b in ("low", "high")],
                "mean_score",
                "mean_hasil_kerja",
                "mean_sikap",
                "mean_disiplin",
            ),
        )
    ],
    values=_PERIODS,
)
UNIT_RANKING = spec(
    keys="unit_id",
    columns="""
        rank               rank
        region_id          key
        unit_id            key
        unit_name          label
        employees          number+  int
        evaluations        count
        share_baik         share
        share_sangat_baik  share
        mean_score         score
        outcome            code
        period_type        code
        share_baik_low     share    col.ci_low
        share_baik_high    share    col.ci_high
    """,
    protect=[
        Protect(
            "employees",
            values=(
                "evaluations",
                "share_baik",
                "share_sangat_baik",
                "mean_score",
                "share_baik_low",
                "share_baik_high",
            ),
        )
    ],
    rank="rank",
    values={"outcome": ("score", "rating"), "period_type": _PERIODS["period_type"]},
)
KINERJA_INDICATORS = spec(
    keys=("region_id", "indicator"),
    columns="""
        region_id            key
        indicator            code     indicator
        rated                count
        employees            number+  int     # rated (or scored) per evaluation period
        share_di_atas        share    col.share_hasil_di_atas
        share_di_bawah       share
        scored               count
        mean_score           score
        share_di_atas_low    share    col.ci_low
        share_di_atas_high   share    col.ci_high
    """,
    protect=[
        Protect(
            "employees",
            values=(
                "share_di_atas",
                "share_di_bawah",
                "share_di_atas_low",
                "share_di_atas_high",
                "mean_score",
            ),
        )
    ],
    values={"indicator": ("hasil_kerja", "perilaku", "sikap", "disiplin")},
)
KINERJA_WITHIN_TREND = spec(
    keys=("region_id", "outcome", "method"),
    columns="""
        region_id     key
        outcome       code
        method        code
        period_type   code
        estimate      number   num2   col.estimate_per_year
        se            number+  num2
        ci_low        number   num2
        ci_high       number   num2
        employees     count
        evaluations   count
    """,
    protect=[Protect("employees", values=("estimate", "se", "ci_low", "ci_high", "evaluations"))],
    intervals=[("estimate", "ci_low", "ci_high")],
    values={
        "outcome": ("score", "share_baik", "share_sangat_baik", "share_di_atas"),
        "method": ("pooled", "within"),
    },
)
KUADRAN_CHECK = spec(
    keys=("region_id", "predikat"),
    columns="""
        region_id             key
        predikat              code     predikat
        evaluations           count
        with_kuadran          count
        agreeing              count
        disagreeing           count
        disagreeing_kuadran   text
        share_disagreeing     share
    """,
    protect=[Protect("with_kuadran", parts={"agreeing": (), "disagreeing": ("share_disagreeing",)})],
)
PREDIKAT_CAP_CHECK = spec(
    keys=("unit_id", "year", "predikat"),
    columns="""
        region_id           key
        unit_id             key
        unit_name           label
        year                year
        org_rating          code
        org_rating_source   code
        predikat            code     predikat
        max_share           share
        rated               count    col.rated_staff
        at_or_better        count
        share               share    col.share_sangat_baik
        allowed             count
        over_cap            flag
        over_by             count
    """,
    protect=[Protect("rated", values=("share", "allowed", "over_by"), parts={"at_or_better": ("share",)})],
)


def _check_grain(grain: str) -> str:
    if grain not in GRAINS:
        raise ValueError(f"grain must be one of {GRAINS}, not {grain!r}")
    return grain


@metric(PREDIKAT_DISTRIBUTION)
def predikat_distribution(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, grain: Grain = "year"
) -> pd.DataFrame:
    """Evaluations per predikat (1 Sangat Baik .. 5 Sangat Kurang), region and period."""
    return run(con, "predikat_distribution", grain=_check_grain(grain), **filters.params())


@metric(KINERJA_TREND)
def kinerja_trend(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, grain: Grain = "quarter"
) -> pd.DataFrame:
    """Shares Baik or better, Sangat Baik and hasil kerja Di Atas (with Wilson intervals),
    and the mean score and indicators where scored, per region and period."""
    df = run(con, "kinerja_trend", grain=_check_grain(grain), **filters.params())
    rated_employees = df["employees"] * df["rated"] / df["evaluations"].where(df["evaluations"] > 0)
    df = with_wilson(df, "share_baik", "employees")
    df = with_wilson(df, "share_sangat_baik", "employees")
    return with_wilson(df, "share_di_atas", rated_employees)


@metric(UNIT_RANKING)
def unit_ranking(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Units ranked over the year range (rank 1 = best) by mean score where every unit
    has scores, else by share Baik or better (``outcome`` says which)."""
    df = run(con, "unit_ranking", **filters.params())
    return with_wilson(df, "share_baik", "employees")


@metric(KINERJA_INDICATORS)
def kinerja_indicators(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per region: hasil kerja and perilaku ratings (shares Di Atas / Di Bawah) and, where
    scored, the mean hasil kerja, sikap and disiplin scores (long format)."""
    df = run(con, "kinerja_indicators", **filters.params())
    return with_wilson(df, "share_di_atas", "employees")


@metric(KINERJA_WITHIN_TREND)
def kinerja_within_trend(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per region and outcome, the trend per year two ways: pooled over every evaluation
    (what the lines show) and within employees' post spells before their first
    substantive training (net of training, moves and who is evaluated), with
    cluster-robust 95 % CIs. Years covering all of the data's without a jenis jabatan
    (the default filters, a region, a unit) read the estimates precomputed at refresh
    (:func:`_kinerja_within_all_years`); other filters sum the spells here
    (``sql/kinerja_within_trend.sql``): the same numbers either way."""
    first, last = _kinerja_within_years(con)
    covers = first is not None and filters.year_from <= first and filters.year_to >= last
    if covers and filters.jenis_jabatan is None:
        return _kinerja_within_all_years(con, filters)
    return run(con, "kinerja_within_trend", **filters.params())


def _kinerja_within_years(con: duckdb.DuckDBPyConnection) -> tuple[int | None, int | None]:
    """The first and last year of the evaluations the within-employee trends read."""
    row = run(con, "_kinerja_within_years").iloc[0]
    if pd.isna(row["first_year"]):
        return None, None
    return int(row["first_year"]), int(row["last_year"])


def _kinerja_within_all_years(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """:func:`kinerja_within_trend` over every year of the data and every jenis jabatan,
    read from ``mart_kinerja_within_all_years`` (regions and unit of ``filters`` only)."""
    return run(con, "_kinerja_within_all_years", **filters.params())


@metric(KUADRAN_CHECK)
def kuadran_check(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """SIASN's exported kuadran against the predikat of the ratings, per region, predikat
    and kuadran (only evaluations that have a kuadran)."""
    return run(con, "kuadran_check", **filters.params())


@metric(PREDIKAT_CAP_CHECK)
def predikat_cap_check(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per unit, year and capped predikat: staff rated it or better against the cap the
    organisation's rating allows (configurable conventions); units over the cap first."""
    return run(con, "predikat_cap_check", **filters.params())
