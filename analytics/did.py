"""Difference-in-differences from cell statistics.

The estimate equals the coefficient on ``treated`` in the OLS regression

    change_i = beta * treated_i + sum_c gamma_c * [cell_i = c] + e_i

(one fixed effect per matching cell), with HC1 (heteroskedasticity-robust)
standard errors, exactly as ``statsmodels.formula.api.ols("change ~ treated +
C(cell)").fit(cov_type="HC1")`` gives them on the row-level data. Because the
only regressor besides the cell dummies is a 0/1 indicator, every quantity
the regression needs is a function of (n, sum y, sum y^2) per cell and group,
so the database hands over a few hundred rows instead of one per employee.

Derivation (Frisch-Waugh-Lovell): with p_c the treated share of cell c,
the demeaned treatment is d~ = 1 - p_c (treated) or -p_c (control), so
sum d~^2 = sum_c n_T n_C / n_c and sum d~ y = sum_c n_T n_C / n_c (ybar_T - ybar_C).
Residuals are y - ybar_c - beta d~; HC1 scales the sandwich by n / (n - k),
k = number of cells + 1.

The same cell weights w_c = n_T n_C / n_c make beta a difference of weighted
group means: beta = sum_c w_c ybar_T,c / sum w - sum_c w_c ybar_C,c / sum w,
the treated's change minus the comparison's (``treated_change``,
``control_change``); :func:`weighted_means` gives any other per-cell sum (e.g.
the means before and after) with the same weights, so a table of them adds up
to the estimate.

The outcome y is either a score (points) or a 0/1 rating indicator: on the
latter the regression is a linear probability model and beta a difference of
shares (0.05 = +5 percentage points). :data:`OUTCOMES` names them with their
unit; :func:`pick_outcome` chooses one for data that may lack scores.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

Z_95 = 1.959963984540054
SUMS = ("treated", "n", "sum_y", "sum_y2", "sum_pre", "sum_post")  # columns of a cell frame that are not keys

# outcome -> the unit of its estimates: score points, or percentage points of a share
OUTCOMES = {"score": "points", "hasil_di_atas": "pp"}
AUTO = "auto"


def pick_outcome(treated_with_outcome: dict[str, int]) -> str:
    """The outcome to report, given how many treated have each outcome observed (before
    matching): the score if it is observed for at least as many as the rating (data with
    scores), else the rating (ratings-only data, or scores for only some of the employees
    a filter covers)."""
    score = treated_with_outcome.get("score", 0)
    if score > 0 and score >= treated_with_outcome.get("hasil_di_atas", 0):
        return "score"
    return "hasil_di_atas"


def treated_count(cells: pd.DataFrame) -> int:
    """Treated in a cell frame, whether or not their cell has a comparison."""
    return int(cells.loc[cells["treated"] == 1, "n"].sum())


def check_outcome(outcome: str) -> str:
    if outcome != AUTO and outcome not in OUTCOMES:
        raise ValueError(f"outcome must be {AUTO!r} or one of {tuple(OUTCOMES)}, not {outcome!r}")
    return outcome


@dataclass(frozen=True)
class DidResult:
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    n_treated: int
    n_control: int
    n_cells: int
    treated_change: float  # cell-weighted mean of y among the treated
    control_change: float  # the same among the comparison; estimate = treated_change - control_change

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame([self.__dict__])


EMPTY = DidResult(math.nan, math.nan, math.nan, math.nan, 0, 0, 0, math.nan, math.nan)


def _wide(cells: pd.DataFrame, values: tuple[str, ...]) -> pd.DataFrame:
    """One row per cell holding both groups, columns (value, treated)."""
    keys = [c for c in cells.columns if c not in SUMS]
    wide = cells.pivot_table(index=keys, columns="treated", values=list(values), aggfunc="sum")
    return wide.reindex(columns=pd.MultiIndex.from_product([list(values), [0, 1]])).dropna()


def did_from_cells(cells: pd.DataFrame) -> DidResult:
    """Estimate from a frame with columns cell keys..., treated (0/1), n, sum_y, sum_y2.

    Every column other than those in :data:`SUMS` identifies the cell. Cells
    lacking either group are ignored. Returns NaNs with n = 0 when no cell has
    both groups.
    """
    wide = _wide(cells, ("n", "sum_y", "sum_y2"))
    if wide.empty:
        return EMPTY
    n_t, n_c = wide[("n", 1)].to_numpy(float), wide[("n", 0)].to_numpy(float)
    s_t, s_c = wide[("sum_y", 1)].to_numpy(float), wide[("sum_y", 0)].to_numpy(float)
    q_t, q_c = wide[("sum_y2", 1)].to_numpy(float), wide[("sum_y2", 0)].to_numpy(float)

    n_cell = n_t + n_c
    weight = n_t * n_c / n_cell  # sum of squared demeaned treatment per cell
    treated_change = float(np.sum(weight * s_t / n_t) / np.sum(weight))
    control_change = float(np.sum(weight * s_c / n_c) / np.sum(weight))
    beta = treated_change - control_change

    p = n_t / n_cell
    cell_mean = (s_t + s_c) / n_cell
    a_t = cell_mean + beta * (1 - p)  # fitted value, treated
    a_c = cell_mean - beta * p  # fitted value, controls
    rss_t = q_t - 2 * a_t * s_t + n_t * a_t**2
    rss_c = q_c - 2 * a_c * s_c + n_c * a_c**2
    meat = float(np.sum((1 - p) ** 2 * rss_t + p**2 * rss_c))

    n = float(n_cell.sum())
    k = len(n_cell) + 1
    if n - k <= 0:
        return EMPTY
    se = math.sqrt(n / (n - k) * meat) / float(np.sum(weight))
    return DidResult(
        estimate=beta,
        se=se,
        ci_low=beta - Z_95 * se,
        ci_high=beta + Z_95 * se,
        n_treated=int(n_t.sum()),
        n_control=int(n_c.sum()),
        n_cells=len(n_cell),
        treated_change=treated_change,
        control_change=control_change,
    )


def weighted_means(cells: pd.DataFrame, sums: tuple[str, ...]) -> dict[str, float]:
    """For each per-cell sum column s (e.g. sum_pre): ``s_treated`` and ``s_control``,
    the groups' means of it over the cells holding both groups, weighted as
    :func:`did_from_cells` weighs them (NaN without such a cell)."""
    wide = _wide(cells, ("n", *sums))
    out = {}
    for col in sums:
        for group, name in ((1, "treated"), (0, "control")):
            if wide.empty:
                out[f"{col}_{name}"] = math.nan
                continue
            n_t, n_c = wide[("n", 1)].to_numpy(float), wide[("n", 0)].to_numpy(float)
            weight = n_t * n_c / (n_t + n_c)
            n_g = n_t if group else n_c
            out[f"{col}_{name}"] = float(
                np.sum(weight * wide[(col, group)].to_numpy(float) / n_g) / weight.sum()
            )
    return out
