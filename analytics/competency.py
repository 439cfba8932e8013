"""Competency coverage, Job Person Match (JPM) and qualification fit.

Assessments are each employee's latest per competency up to the end of
``filters.year_to``, compared with the standard of the employee's current post.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run
from analytics.filters import Filters


def competency_coverage(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Share of assessed employees at or above the required level, and mean gap, per region x competency."""
    return run(con, "competency_coverage", **filters.params())


def jpm_distribution(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Employees per JPM band (MS >= 80, MMS 68-<80, KMS < 68) per region; shares sum to 1."""
    return run(con, "jpm_distribution", **filters.params())


def jpm_by_unit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean JPM, share MS / KMS and qualification fit per unit, weakest first."""
    return run(con, "jpm_by_unit", **filters.params())


def jpm_by_jenis_jabatan(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean JPM, share MS / KMS and qualification fit per region x jenis jabatan."""
    return run(con, "jpm_by_jenis_jabatan", **filters.params())


def qualification_fit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Employees whose education field matches the post's required field."""
    return run(con, "qualification_fit", **filters.params())
