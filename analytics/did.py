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
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

Z_95 = 1.959963984540054


@dataclass(frozen=True)
class DidResult:
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    n_treated: int
    n_control: int
    n_cells: int

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame([self.__dict__])


EMPTY = DidResult(math.nan, math.nan, math.nan, math.nan, 0, 0, 0)


def did_from_cells(cells: pd.DataFrame) -> DidResult:
    """Estimate from a frame with columns cell keys..., treated (0/1), n, sum_y, sum_y2.

    Every column other than treated, n, sum_y and sum_y2 identifies the cell.
    Cells lacking either group are ignored. Returns NaNs with n = 0 when no
    cell has both groups.
    """
    keys = [c for c in cells.columns if c not in ("treated", "n", "sum_y", "sum_y2")]
    wide = cells.pivot_table(index=keys, columns="treated", values=["n", "sum_y", "sum_y2"], aggfunc="sum")
    wide = wide.reindex(columns=pd.MultiIndex.from_product([["n", "sum_y", "sum_y2"], [0, 1]])).dropna()
    if wide.empty:
        return EMPTY
    n_t, n_c = wide[("n", 1)].to_numpy(float), wide[("n", 0)].to_numpy(float)
    s_t, s_c = wide[("sum_y", 1)].to_numpy(float), wide[("sum_y", 0)].to_numpy(float)
    q_t, q_c = wide[("sum_y2", 1)].to_numpy(float), wide[("sum_y2", 0)].to_numpy(float)

    n_cell = n_t + n_c
    weight = n_t * n_c / n_cell  # sum of squared demeaned treatment per cell
    beta = float(np.sum(weight * (s_t / n_t - s_c / n_c)) / np.sum(weight))

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
    )
