"""Training: the 20 JP entitlement, training volume and training impact."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run
from analytics.did import did_from_cells
from analytics.filters import Filters

DEFAULT_MIN_JP = 20
MIN_JP_CHOICES = (10, 20, 40)  # thresholds precomputed in mart_did_cells (analytics/marts/30_training.sql)


def jp_entitlement(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """PNS per region and year: mean and median JP, number and share reaching 20 JP."""
    return run(con, "jp_entitlement", **filters.params())


def jp_by_unit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean JP and share reaching 20 JP per unit over the year range, worst first."""
    return run(con, "jp_by_unit", **filters.params())


def training_volume(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Trainings, participants and JP by year, SIASN jenis diklat and category."""
    return run(con, "training_volume", **filters.params())


def _check_min_jp(min_jp: float) -> float:
    if min_jp not in MIN_JP_CHOICES:
        raise ValueError(f"min_jp must be one of {MIN_JP_CHOICES} (precomputed), not {min_jp!r}")
    return min_jp


def training_did_cells(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, min_jp: float = DEFAULT_MIN_JP
) -> pd.DataFrame:
    """The cell statistics behind :func:`training_impact` (n, sum and sum of squares of score change)."""
    return run(con, "training_did_cells", min_jp=_check_min_jp(min_jp), **filters.params())


def training_impact(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, min_jp: float = DEFAULT_MIN_JP
) -> pd.DataFrame:
    """Difference-in-differences effect of a first training of >= min_jp JP on the monthly score.

    One row: estimate (score points), se, 95 % CI, n_treated, n_control, n_cells.
    """
    return did_from_cells(training_did_cells(con, filters, min_jp=min_jp)).to_frame()


def training_event_study(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, min_jp: float = DEFAULT_MIN_JP
) -> pd.DataFrame:
    """Trained minus never-trained mean score by months since training (-12..12), 0 at month -1."""
    return run(con, "training_event_study", min_jp=_check_min_jp(min_jp), **filters.params())


def competency_change_after_training(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean change in assessed level per competency, trained in it between assessments or not."""
    return run(con, "competency_change_after_training", **filters.params())
