"""Kinerja (performance) from monthly evaluations, PermenPANRB 6/2022."""

from __future__ import annotations

from typing import Literal

import duckdb
import pandas as pd

from analytics.db import run
from analytics.filters import Filters

Grain = Literal["month", "quarter", "year"]
GRAINS: tuple[str, ...] = ("month", "quarter", "year")


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
    """Share Baik or better, mean score and the three indicators per region and period."""
    return run(con, "kinerja_trend", grain=_check_grain(grain), **filters.params())


def unit_ranking(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Units ranked by mean monthly score over the year range (rank 1 = best)."""
    return run(con, "unit_ranking", **filters.params())


def kinerja_indicators(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean hasil kerja, sikap and disiplin scores per region (long format)."""
    return run(con, "kinerja_indicators", **filters.params())
