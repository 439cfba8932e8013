"""Placements (penempatan): flows and rates of moves, declined moves, fit and
kinerja before vs after a move, and placement candidates.

Moves are sliced by the region of the post moved into; the unit filter keeps
moves out of or into the unit, the jenis jabatan filter the kind of post
moved into. Appointments (pengangkatan) are not moves here.
"""

from __future__ import annotations

import math

import duckdb
import numpy as np
import pandas as pd
from scipy import stats

from analytics.db import run
from analytics.filters import Filters

FLOW_BY = ("unit", "jenis_jabatan")
DEFAULT_TOP_FLOWS = 40


def move_flows(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, by: str = "unit", top: int = DEFAULT_TOP_FLOWS
) -> pd.DataFrame:
    """Executed moves from unit to unit (or jenis jabatan to jenis jabatan) per region and move type,
    the ``top`` largest flows."""
    if by not in FLOW_BY:
        raise ValueError(f"by must be one of {FLOW_BY}, not {by!r}")
    return run(con, "move_flows", by=by, top=int(top), **filters.params())


def move_rates(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Rotations, transfers (mutasi) and promotions per 100 employees per year, per region."""
    return run(con, "move_rates", **filters.params())


def declined_by_region(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Proposed moves and the share declined per region and move type."""
    return run(con, "declined_by_region", **filters.params())


def declined_by_unit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Proposed moves and the share declined per unit left, highest share first."""
    return run(con, "declined_by_unit", **filters.params())


def fit_before_after(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean JPM and share qualified against the post left ('before') and the post taken ('after')."""
    return run(con, "fit_before_after", **filters.params())


def _mean_ci(n: int, total: float, total_sq: float, level: float = 0.95) -> tuple[float, float, float, float]:
    """Mean, standard error and t-based confidence interval from n, sum and sum of squares."""
    if n < 1:
        return (math.nan,) * 4
    mean = total / n
    if n < 2:
        return mean, math.nan, math.nan, math.nan
    var = max(total_sq - n * mean * mean, 0.0) / (n - 1)
    se = math.sqrt(var / n)
    half = stats.t.ppf(0.5 + level / 2, n - 1) * se
    return mean, se, mean - half, mean + half


def kinerja_change_after_move(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean change in monthly score after a move (months +3..+8 minus -6..-1) with 95 % CI and n,
    for all executed moves and for good performers moved out of ill-fitting posts."""
    cells = run(con, "kinerja_change_after_move", **filters.params())
    rows = []
    for c in cells.itertuples(index=False):
        n = int(c.n)
        mean, se, low, high = _mean_ci(n, float(c.sum_change), float(c.sum_change2))
        rows.append(
            dict(
                move_group=c.move_group,
                n=n,
                mean_before=c.sum_before / n if n else np.nan,
                mean_after=c.sum_after / n if n else np.nan,
                mean_change=mean,
                se=se,
                ci_low=low,
                ci_high=high,
            )
        )
    return pd.DataFrame(rows)


def placement_candidates(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Named list (personal data: signed-in analysts only): employees with good kinerja in an
    ill-fitting post, ranked, each with up to 3 better-fitting posts with a staffing gap. Data
    only: the reason in words is written by the UI (ui.candidate_list) from these columns."""
    return run(con, "placement_candidates", **filters.params())


def placement_candidate_counts(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Placement candidates and the posts with a gap that would fit them, per unit (counts only)."""
    return run(con, "placement_candidate_counts", **filters.params())
