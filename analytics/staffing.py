"""Staffing need (ABK) against actual headcount, and retirements due by BUP.

Need is ``positions.staffing_need`` (from analisis beban kerja); headcount is
the number of employees whose current post it is. ``gap`` = headcount - need:
negative means under-staffed (kurang), positive over-staffed (lebih).

Retirement dates come from ``v_employees.retirement_date`` (birth date + BUP):
the BUP of the kind of post where one is set whatever the jenjang (``bup_by_post``:
teachers, guru, 60 under UU 14/2005), else that of the post's level (58 / 60 / 65).
Horizons count from the as-of date: the end of the latest year with any evaluation
(monthly, quarterly or annual, with or without a score; today if there are none),
so the demo (reference date 2025-12-31) reads the same on any day. An employee
already past BUP at the as-of date counts as due in year 1.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run
from analytics.filters import Filters

HORIZONS = (1, 2, 3, 4, 5)


def _horizon(horizon: int) -> int:
    if horizon not in HORIZONS:
        raise ValueError(f"horizon must be one of {HORIZONS} years, got {horizon!r}")
    return int(horizon)


def staffing_by_post(con: duckdb.DuckDBPyConnection, filters: Filters, *, n: int = 25) -> pd.DataFrame:
    """The ``n`` most under-staffed and ``n`` most over-staffed posts (largest |gap| first)."""
    return run(con, "staffing_by_post", **filters.params(), n=int(n))


def staffing_by_unit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Need vs headcount per unit, most under-staffed first."""
    return run(con, "staffing_by_unit", **filters.params())


def staffing_by_region(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Need vs headcount per region, with the number of under- and over-staffed posts."""
    return run(con, "staffing_by_region", **filters.params())


def retirements_by_unit(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, horizon: int = 5
) -> pd.DataFrame:
    """Employees reaching BUP within ``horizon`` years (1-5) per unit, split by BUP 58 / 60 / 65."""
    return run(con, "retirements_by_unit", **filters.params(), horizon=_horizon(horizon))


def retirements_by_year(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, horizon: int = 5
) -> pd.DataFrame:
    """Employees reaching BUP in each of the next ``horizon`` years per region and BUP."""
    return run(con, "retirements_by_year", **filters.params(), horizon=_horizon(horizon))
