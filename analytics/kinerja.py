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
from analytics.stats import with_wilson

Grain = Literal["month", "quarter", "year"]
GRAINS: tuple[str, ...] = ("month", "quarter", "year")
# the period type of an evaluation and the grain it has
PERIOD_GRAIN = {"bulanan": "month", "triwulan": "quarter", "tahunan": "year"}
OUTCOMES = ("score", "share_baik", "share_sangat_baik", "share_di_atas")


def _check_grain(grain: str) -> str:
    if grain not in GRAINS:
        raise ValueError(f"grain must be one of {GRAINS}, not {grain!r}")
    return grain


def predikat_distribution(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, grain: Grain = "year"
) -> pd.DataFrame:
    """Evaluations per predikat (1 Sangat Baik .. 5 Sangat Kurang), region and period."""
    return run(con, "predikat_distribution", grain=_check_grain(grain), **filters.params())


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


def unit_ranking(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Units ranked over the year range (rank 1 = best) by mean score where every unit
    has scores, else by share Baik or better (``outcome`` says which)."""
    df = run(con, "unit_ranking", **filters.params())
    return with_wilson(df, "share_baik", "employees")


def kinerja_indicators(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per region: hasil kerja and perilaku ratings (shares Di Atas / Di Bawah) and, where
    scored, the mean hasil kerja, sikap and disiplin scores (long format)."""
    df = run(con, "kinerja_indicators", **filters.params())
    return with_wilson(df, "share_di_atas", "employees")


def kinerja_within_trend(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per region and outcome, the trend per year two ways: pooled over every evaluation
    (what the lines show) and within employees' post spells before their first
    substantive training (net of training, moves and who is evaluated), with
    cluster-robust 95 % CIs."""
    return run(con, "kinerja_within_trend", **filters.params())


def kuadran_check(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """SIASN's exported kuadran against the predikat of the ratings, per region, predikat
    and kuadran (only evaluations that have a kuadran)."""
    return run(con, "kuadran_check", **filters.params())


def predikat_cap_check(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per unit, year and capped predikat: staff rated it or better against the cap the
    organisation's rating allows (configurable conventions); units over the cap first."""
    return run(con, "predikat_cap_check", **filters.params())
