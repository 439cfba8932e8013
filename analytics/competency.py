"""Competency coverage, Job Person Match (JPM) and qualification fit.

Assessments are each employee's latest per competency up to the end of
``filters.year_to``, compared with the standard of the employee's current post.

Two JPM variants, named in every column: ``jpm`` is the capped coverage,
sum(min(level, required)) / sum(required) x 100 (at most 100: a surplus in one
competency does not hide a gap in another), ``jpm_ratio`` the plain ratio
sum(level) / sum(required) x 100. Bands are of the capped coverage: the all-staff
view uses the mapping bands (Optimal >= 90, Cukup Optimal 78-<90, Kurang Optimal
< 78); the selection bands (MS >= 80, MMS 68-<80, KMS < 68) stay for candidate
lists and posts being filled (``scheme="seleksi"``; the placement candidates).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run
from analytics.filters import Filters
from analytics.spec import Protect, metric, spec

# JPM by unit and by jenis jabatan share their columns
_JPM_COLUMNS = """
        employees             count
        mean_jpm              score+
        mean_jpm_ratio        score+
        share_optimal         share
        share_kurang_optimal  share
        share_qualified       share
"""
_JPM_VALUES = ("mean_jpm", "mean_jpm_ratio", "share_optimal", "share_kurang_optimal", "share_qualified")

COMPETENCY_COVERAGE = spec(
    keys=("region_id", "competency_id"),
    columns="""
        region_id            key
        competency_id        key       competency
        competency_name_id   label
        competency_name_en   label
        kind                 code
        assessed             count
        meeting              count
        share_meeting        share
        mean_gap             number    num2
    """,
    protect=[
        Protect("assessed", values=("share_meeting", "mean_gap"), parts={"meeting": ("share_meeting",)})
    ],
)
JPM_DISTRIBUTION = spec(
    keys=("region_id", "band"),
    columns="""
        region_id   key
        scheme      code
        band        code      band   col.band_mapping
        employees   count
        share       share     axis.share
    """,
    # a region's bands add up to its assessed employees (100 %)
    protect=[Protect("employees", values=("share",), group=("region_id",))],
    sums_to_one=("share", ("region_id",)),
    values={
        "band": ("Optimal", "Cukup Optimal", "Kurang Optimal", "MS", "MMS", "KMS"),
        "scheme": ("pemetaan", "seleksi"),
    },
)
JPM_BY_UNIT = spec(
    keys="unit_id",
    columns="""
        region_id             key
        unit_id               key
        unit_name             label
    """
    + _JPM_COLUMNS,
    # the units add up to the region (the bands)
    protect=[Protect("employees", values=_JPM_VALUES, group=("region_id",))],
)
JPM_BY_JENIS_JABATAN = spec(
    keys=("region_id", "jenis_jabatan"),
    columns="""
        region_id             key
        jenis_jabatan         code      jenis_jabatan
    """
    + _JPM_COLUMNS,
    protect=[Protect("employees", values=_JPM_VALUES, group=("region_id",))],
)
QUALIFICATION_FIT = spec(
    keys=("region_id", "jenis_jabatan"),
    columns="""
        region_id       key
        jenis_jabatan   code     jenis_jabatan
        employees       count
        fit             count
        share_fit       share
    """,
    # the kinds of post add up to the region's employees
    protect=[Protect("employees", parts={"fit": ("share_fit",)}, group=("region_id",))],
)
JPM_TREND = spec(
    keys=("region_id", "as_of_year"),
    columns="""
        region_id             key
        as_of_year            year
        employees             count
        mean_jpm              score+
        share_optimal         share
        share_kurang_optimal  share
    """,
    protect=[Protect("employees", values=("mean_jpm", "share_optimal", "share_kurang_optimal"))],
)


@metric(COMPETENCY_COVERAGE)
def competency_coverage(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Share of assessed employees at or above the required level, and mean gap, per region x competency."""
    return run(con, "competency_coverage", **filters.params())


SCHEMES = ("pemetaan", "seleksi")


@metric(JPM_DISTRIBUTION)
def jpm_distribution(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, scheme: str = "pemetaan"
) -> pd.DataFrame:
    """Employees per JPM band per region, every band listed; shares sum to 1. ``scheme``
    "pemetaan" (default, the all-staff view): Optimal / Cukup Optimal / Kurang Optimal;
    "seleksi": MS / MMS / KMS."""
    if scheme not in SCHEMES:
        raise ValueError(f"scheme must be one of {SCHEMES}, not {scheme!r}")
    return run(con, "jpm_distribution", scheme=scheme, **filters.params())


@metric(JPM_TREND)
def jpm_trend(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean JPM (capped) and the shares Optimal / Kurang Optimal per region and assessment
    year: the years with assessments in the year range, and the latest up to ``year_to``."""
    return run(con, "jpm_trend", **filters.params())


@metric(JPM_BY_UNIT)
def jpm_by_unit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean JPM (capped and plain ratio), shares Optimal / Kurang Optimal and qualification fit
    per unit, weakest first."""
    return run(con, "jpm_by_unit", **filters.params())


@metric(JPM_BY_JENIS_JABATAN)
def jpm_by_jenis_jabatan(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean JPM (capped and plain ratio), shares Optimal / Kurang Optimal and qualification fit
    per region x jenis jabatan."""
    return run(con, "jpm_by_jenis_jabatan", **filters.params())


@metric(QUALIFICATION_FIT)
def qualification_fit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Employees whose education field matches the post's required field."""
    return run(con, "qualification_fit", **filters.params())
