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
from analytics.spec import Protect, metric, spec

HORIZONS = (1, 2, 3, 4, 5)

# A headcount or a number retiring of fewer than 5 employees shows "<5", and the gap and
# fill rate that would give it back "x"; a unit's rows add up to its region's.
STAFFING_BY_POST = spec(
    keys="position_id",
    columns="""
        direction       code
        rank            rank
        region_id       key
        unit_id         key
        unit_name       label
        position_id     key
        position_name   label    penempatan.cand.col.position
        jenis_jabatan   code     jenis_jabatan
        level           code
        staffing_need   count
        headcount       count
        gap             number   int
    """,
    protect=[Protect("headcount", values=("gap", "staffing_need"))],
    rank="rank",
    rank_within=("direction",),
    values={"direction": ("under", "over")},
)
_STAFFING_COLUMNS = """
        posts                    count
        staffing_need            count
        headcount                count
        gap                      number   int
        fill_rate                number+  pct
        posts_under              count
        posts_over               count
        posts_without_need       count    kualitas.col.posts_without_need
        headcount_without_need   count
"""
STAFFING_BY_UNIT = spec(
    keys="unit_id",
    columns="""
        region_id   key
        unit_id     key
        unit_name   label
    """
    + _STAFFING_COLUMNS,
    protect=[Protect("headcount", values=("gap", "fill_rate"), group=("region_id",))],
)
STAFFING_BY_REGION = spec(
    keys="region_id",
    columns="""
        region_id                key
        posts                    count
        staffing_need            count
        headcount                count
        gap                      number   int
        fill_rate                number+  pct
        posts_under              count
        posts_balanced           count
        posts_over               count
        posts_without_need       count    kualitas.col.posts_without_need
        headcount_without_need   count
    """,
    protect=[Protect("headcount", values=("gap", "fill_rate"))],
)
RETIREMENTS_BY_UNIT = spec(
    keys="unit_id",
    columns="""
        region_id        key
        unit_id          key
        unit_name        label
        employees        count
        retiring         count    col.retiring_n
        retiring_bup58   count
        retiring_bup60   count
        retiring_bup65   count
        share_retiring   share
        as_of_date       date
    """,
    protect=[
        Protect(
            "employees",
            values=("share_retiring",),
            parts={
                "retiring": ("share_retiring",),
                "retiring_bup58": (),
                "retiring_bup60": (),
                "retiring_bup65": (),
            },
            group=("region_id",),
        )
    ],
)
RETIREMENTS_BY_YEAR = spec(
    keys=("region_id", "years_ahead", "retirement_age"),
    columns="""
        region_id        key
        years_ahead      count
        year             year
        retirement_age   code
        retiring         count    col.retiring_n
    """,
    # the region's total is the sum of its units'
    protect=[Protect("retiring", group=("region_id",))],
)


def _horizon(horizon: int) -> int:
    if horizon not in HORIZONS:
        raise ValueError(f"horizon must be one of {HORIZONS} years, got {horizon!r}")
    return int(horizon)


@metric(STAFFING_BY_POST)
def staffing_by_post(con: duckdb.DuckDBPyConnection, filters: Filters, *, n: int = 25) -> pd.DataFrame:
    """The ``n`` most under-staffed and ``n`` most over-staffed posts (largest |gap| first)."""
    return run(con, "staffing_by_post", **filters.params(), n=int(n))


@metric(STAFFING_BY_UNIT)
def staffing_by_unit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Need vs headcount per unit, most under-staffed first."""
    return run(con, "staffing_by_unit", **filters.params())


@metric(STAFFING_BY_REGION)
def staffing_by_region(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Need vs headcount per region, with the number of under- and over-staffed posts."""
    return run(con, "staffing_by_region", **filters.params())


@metric(RETIREMENTS_BY_UNIT)
def retirements_by_unit(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, horizon: int = 5
) -> pd.DataFrame:
    """Employees reaching BUP within ``horizon`` years (1-5) per unit, split by BUP 58 / 60 / 65."""
    return run(con, "retirements_by_unit", **filters.params(), horizon=_horizon(horizon))


@metric(RETIREMENTS_BY_YEAR)
def retirements_by_year(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, horizon: int = 5
) -> pd.DataFrame:
    """Employees reaching BUP in each of the next ``horizon`` years per region and BUP."""
    return run(con, "retirements_by_year", **filters.params(), horizon=_horizon(horizon))
