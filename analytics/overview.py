"""Ringkasan: the headline numbers per region."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run
from analytics.filters import Filters
from analytics.kinerja import kinerja_trend
from analytics.spec import Protect, metric, spec
from analytics.stats import with_wilson

OVERVIEW_KPIS = spec(
    keys="region_id",
    columns="""
        region_id            key
        region_name          label
        employees            count
        pns                  count
        pppk                 count
        period_type          code
        evaluations          count
        evaluated            number+   int      # employees evaluated per evaluation period
        share_baik           share
        share_sangat_baik    share
        mean_score           score
        mean_jpm             score
        mean_jpm_ratio       score
        share_optimal        share
        share_qualified      share
        share_jp_met         share
        moves                count
        moves_per_100        rate
        proposed             count     penempatan.col.proposed
        declined             count     penempatan.col.declined
        share_declined       share     penempatan.col.share_declined_moves
        share_baik_low       share     col.ci_low
        share_baik_high      share     col.ci_high
    """,
    protect=[
        # a region of fewer than 5 employees (one unit and one jenis jabatan chosen); the
        # 20 JP share is over PNS only
        Protect(
            "employees",
            values=(
                "share_baik",
                "share_baik_low",
                "share_baik_high",
                "share_sangat_baik",
                "mean_score",
                "mean_jpm",
                "mean_jpm_ratio",
                "share_optimal",
                "share_qualified",
                "moves_per_100",
                "share_declined",
            ),
            parts={"pns": ("share_jp_met",), "pppk": ()},
        ),
        Protect("moves", values=("moves_per_100",)),  # a rate over fewer than 5 moves
        Protect("proposed", parts={"declined": ("share_declined",)}),
    ],
)
OVERVIEW_TREND = spec(
    keys=("region_id", "period"),
    columns="""
        region_id     key
        period        key
        grain         code
        employees     number+  int
        share_baik    share
        mean_score    score
    """,
    protect=[Protect("employees", values=("share_baik", "mean_score"))],
    values={"grain": ("month", "quarter", "year")},
)


@metric(OVERVIEW_KPIS)
def overview_kpis(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """One row per region: headcount, kinerja and 20 JP in year_to, JPM, moves per 100 per year.

    Kinerja reads every period type (the region's finest, ``period_type``); the share Baik
    or better carries a 95 % Wilson interval over the employees evaluated; ``mean_score`` is
    empty where the data have no score (a SIASN export)."""
    df = run(con, "overview_kpis", **filters.params())
    return with_wilson(df, "share_baik", "evaluated")


@metric(OVERVIEW_TREND)
def overview_trend(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Quarterly share Baik or better and mean score per region (the small trend lines); a
    region rating only annually has yearly points (``grain``).

    Reads the same query as :func:`analytics.kinerja.kinerja_trend`.
    """
    df = kinerja_trend(con, filters, grain="quarter")
    return df[OVERVIEW_TREND.names]
