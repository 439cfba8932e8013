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


def competency_coverage(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Share of assessed employees at or above the required level, and mean gap, per region x competency."""
    return run(con, "competency_coverage", **filters.params())


SCHEMES = ("pemetaan", "seleksi")


def jpm_distribution(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, scheme: str = "pemetaan"
) -> pd.DataFrame:
    """Employees per JPM band per region, every band listed; shares sum to 1. ``scheme``
    "pemetaan" (default, the all-staff view): Optimal / Cukup Optimal / Kurang Optimal;
    "seleksi": MS / MMS / KMS."""
    if scheme not in SCHEMES:
        raise ValueError(f"scheme must be one of {SCHEMES}, not {scheme!r}")
    return run(con, "jpm_distribution", scheme=scheme, **filters.params())


def jpm_by_unit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean JPM (capped and plain ratio), shares Optimal / Kurang Optimal and qualification fit
    per unit, weakest first."""
    return run(con, "jpm_by_unit", **filters.params())


def jpm_by_jenis_jabatan(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean JPM (capped and plain ratio), shares Optimal / Kurang Optimal and qualification fit
    per region x jenis jabatan."""
    return run(con, "jpm_by_jenis_jabatan", **filters.params())


def qualification_fit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Employees whose education field matches the post's required field."""
    return run(con, "qualification_fit", **filters.params())
