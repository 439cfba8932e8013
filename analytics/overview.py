"""Ringkasan: the headline numbers per region."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run
from analytics.filters import Filters
from analytics.kinerja import kinerja_trend


def overview_kpis(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """One row per region: headcount, kinerja and 20 JP in year_to, JPM, moves per 100 per year."""
    return run(con, "overview_kpis", **filters.params())


def overview_trend(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Quarterly share Baik or better and mean score per region (the small trend lines).

    Reads the same query as :func:`analytics.kinerja.kinerja_trend`.
    """
    df = kinerja_trend(con, filters, grain="quarter")
    return df[["region_id", "period", "share_baik", "mean_score"]]
