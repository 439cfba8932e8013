"""Ringkasan: the headline numbers per region."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run
from analytics.filters import Filters
from analytics.kinerja import kinerja_trend
from analytics.stats import with_wilson


def overview_kpis(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """One row per region: headcount, kinerja and 20 JP in year_to, JPM, moves per 100 per year.

    Kinerja reads every period type (the region's finest, ``period_type``); the share Baik
    or better carries a 95 % Wilson interval over the employees evaluated; ``mean_score`` is
    empty where the data have no score (a SIASN export)."""
    df = run(con, "overview_kpis", **filters.params())
    return with_wilson(df, "share_baik", "evaluated")


def overview_trend(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Quarterly share Baik or better and mean score per region (the small trend lines); a
    region rating only annually has yearly points (``grain``).

    Reads the same query as :func:`analytics.kinerja.kinerja_trend`.
    """
    df = kinerja_trend(con, filters, grain="quarter")
    return df[["region_id", "period", "grain", "share_baik", "mean_score"]]
