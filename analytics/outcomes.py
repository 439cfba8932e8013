"""Public-service outcomes (issue #14): does the reform reach the public?

What citizens and staff say and get, per unit and period — the Survei Kepuasan
Masyarakat (IKM and mutu, PermenPANRB 14/2017), the staff's job satisfaction, community
feedback and its resolution, the unit's own outcome indicators — beside the unit's
qualification fit, 20 JP coverage and kinerja; and whether outcomes moved after a
unit's **reform step**: the first quarter its qualification fit rose by at least the
``outcome_fit_step`` setting (a convention, 5 percentage points by default), among units
of at least ``min_staff`` staff (``analytics/views.sql``: ``unit_fit_quarters``,
``reform_steps``).

The before/after estimate is a unit-level difference-in-differences (:mod:`analytics.did`,
the estimator of the training impact): each stepped unit's change (the year from
``lag_quarters`` after the step minus the year before it) against the change of the
region's units without a step around the same quarter, with cell (region x step quarter)
fixed effects and an HC1 95 % CI. It is an association: units were not chosen at random
for reform, other things changed with it (leaders, budgets, the survey itself), and
comparison units can be reformed in ways the fit does not show.
"""

from __future__ import annotations

import math

import duckdb
import numpy as np
import pandas as pd
from scipy import stats

from analytics.db import run
from analytics.did import did_from_cells, weighted_means
from analytics.filters import Filters
from analytics.reference import SETTINGS
from analytics.spec import Protect, metric, spec

DEFAULT_FIT_STEP = dict((k, v) for k, v, _note in SETTINGS)["outcome_fit_step"]
DEFAULT_LAG_QUARTERS = int(dict((k, v) for k, v, _note in SETTINGS)["outcome_lag_quarters"])
MIN_STAFF = 10  # a unit of fewer staff has no reform step: one move swings its share
STEP_OUTCOMES = {"ikm": "points", "satisfaction": "points", "share_resolved": "pp"}


def _step_params(fit_step: float, lag_quarters: int) -> dict:
    if not 0 < fit_step < 1:
        raise ValueError(f"fit_step is a share of the staff (0..1), not {fit_step!r}")
    if lag_quarters not in range(0, 9):
        raise ValueError(f"lag_quarters must be 0..8, not {lag_quarters!r}")
    return {"fit_step": float(fit_step), "lag_quarters": int(lag_quarters), "min_staff": MIN_STAFF}


IKM_TREND = spec(
    keys=("region_id", "period"),
    columns="""
        region_id     key
        period        key
        units         count
        respondents   count
        ikm           score    col.ikm
        ikm_sd        number+
        ikm_low       score    col.ci_low
        ikm_high      score    col.ci_high
    """,
    protect=[Protect("respondents", values=("ikm", "ikm_sd", "ikm_low", "ikm_high"))],
)


@metric(IKM_TREND)
def ikm_trend(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per region and half-year: the mean IKM of its units with a 95 % t interval across
    units (a region of one unit has no interval), units and respondents."""
    df = run(con, "ikm_trend", **filters.params())
    n = df["units"].astype(float)
    half = pd.Series(stats.t.ppf(0.975, np.maximum(n - 1, 1)), index=df.index) * df["ikm_sd"] / np.sqrt(n)
    half = half.where(n > 1)
    return df.assign(ikm_low=df["ikm"] - half, ikm_high=df["ikm"] + half)


OUTCOME_UNITS = spec(
    keys="unit_id",
    columns="""
        region_id           key
        unit_id             key
        unit_name           label
        ikm                 score    col.ikm
        mutu                code     col.mutu
        ikm_change          number   pts   col.ikm_change
        respondents         count
        satisfaction        score    col.satisfaction
        staff_respondents   count
        received            count    col.feedback_received
        resolved            count    col.feedback_resolved
        share_resolved      share    col.share_resolved
        mean_days_to_resolve  number+  col.mean_days
        staff               count    col.employees
        share_fit           share    col.share_qualified
        pns                 count
        share_jp_met        share
        share_baik          share
        step_quarter        date     col.step_quarter
    """,
    # the staff's numbers are over the unit's staff; a staff survey answered by fewer than
    # 5 is never shown (issue #14); citizens' surveys and feedback are not staff
    protect=[
        Protect("staff", values=("share_fit",), parts={"pns": ("share_jp_met",)}),
        Protect("staff_respondents", values=("satisfaction",)),
    ],
    subcounts={"received": ("resolved",)},
    values={"mutu": ("A", "B", "C", "D")},
)


@metric(OUTCOME_UNITS)
def outcome_units(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    fit_step: float = DEFAULT_FIT_STEP,
    lag_quarters: int = DEFAULT_LAG_QUARTERS,
) -> pd.DataFrame:
    """Per unit in ``year_to``: IKM, mutu and its change from the year before, the staff's
    satisfaction, feedback received / resolved / days, beside staff, qualification fit,
    20 JP coverage, share Baik, and the unit's reform step (if any)."""
    return run(con, "outcome_units", **filters.params(), **_step_params(fit_step, lag_quarters))


FEEDBACK_SUMMARY = spec(
    keys=("region_id", "channel"),
    columns="""
        region_id              key
        channel                code     col.channel
        received               count    col.feedback_received
        resolved               count    col.feedback_resolved
        share_resolved         share    col.share_resolved
        mean_days_to_resolve   number+  col.mean_days
        share_resolved_low     share    col.ci_low
        share_resolved_high    share    col.ci_high
    """,
    subcounts={"received": ("resolved",)},
    values={"channel": ("lapor", "forum", "langsung", "media_sosial", "lainnya")},
)


@metric(FEEDBACK_SUMMARY)
def feedback_summary(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Community feedback per region and channel over the year range: received, resolved
    (with a 95 % Wilson interval of the share), mean days to resolve."""
    from analytics.stats import with_wilson

    return with_wilson(run(con, "feedback_summary", **filters.params()), "share_resolved", "received")


OUTCOME_STEP_CELLS = spec(
    keys=("region_id", "t0", "treated"),
    columns="""
        region_id   key
        t0          date
        treated     code
        n           count
        sum_y       number
        sum_y2      number+
        sum_pre     number
        sum_post    number
    """,
    values={"treated": (0, 1)},
)


@metric(OUTCOME_STEP_CELLS)
def outcome_step_cells(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    outcome: str = "ikm",
    fit_step: float = DEFAULT_FIT_STEP,
    lag_quarters: int = DEFAULT_LAG_QUARTERS,
) -> pd.DataFrame:
    """The cell statistics behind :func:`outcome_step_effect`."""
    if outcome not in STEP_OUTCOMES:
        raise ValueError(f"outcome must be one of {tuple(STEP_OUTCOMES)}, not {outcome!r}")
    return run(
        con, "outcome_step_cells", outcome=outcome, **filters.params(), **_step_params(fit_step, lag_quarters)
    )


OUTCOME_STEP_EFFECT = spec(
    columns="""
        outcome          code
        unit             code
        estimate         number   num2   col.estimate
        se               number+  num2
        ci_low           number   num2
        ci_high          number   num2
        n_treated        count    col.units_stepped
        n_control        count    col.units_compared
        n_cells          count
        treated_change   number
        control_change   number
        mean_before      number
        mean_after       number
        control_before   number
        control_after    number
    """,
    # units, not people: a group of fewer than 5 units gives no estimate to viewers
    protect=[
        Protect("n_treated", values=("estimate", "se", "ci_low", "ci_high", "treated_change", "mean_before", "mean_after")),
        Protect("n_control", values=("estimate", "se", "ci_low", "ci_high", "control_change", "control_before", "control_after")),
    ],
    intervals=[("estimate", "ci_low", "ci_high")],
    values={"outcome": tuple(STEP_OUTCOMES), "unit": ("points", "pp")},
)  # fmt: skip


@metric(OUTCOME_STEP_EFFECT)
def outcome_step_effect(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    outcome: str = "ikm",
    fit_step: float = DEFAULT_FIT_STEP,
    lag_quarters: int = DEFAULT_LAG_QUARTERS,
) -> pd.DataFrame:
    """Did the outcome of units with a reform step change more than that of comparable units
    without one? One row: the difference-in-differences estimate with its HC1 95 % CI, the
    units in each group, and the groups' means before and after (weighted as the estimate)."""
    cells = outcome_step_cells(con, filters, outcome=outcome, fit_step=fit_step, lag_quarters=lag_quarters)
    result = did_from_cells(cells.drop(columns=["sum_pre", "sum_post"]))
    means = weighted_means(cells, ("sum_pre", "sum_post")) if result.n_treated else {}
    row = {
        "outcome": outcome,
        "unit": STEP_OUTCOMES[outcome],
        "estimate": result.estimate,
        "se": result.se,
        "ci_low": result.ci_low,
        "ci_high": result.ci_high,
        "n_treated": result.n_treated,
        "n_control": result.n_control,
        "n_cells": result.n_cells,
        "treated_change": result.treated_change,
        "control_change": result.control_change,
        "mean_before": means.get("sum_pre_treated", np.nan),
        "mean_after": means.get("sum_post_treated", np.nan),
        "control_before": means.get("sum_pre_control", np.nan),
        "control_after": means.get("sum_post_control", np.nan),
    }
    return pd.DataFrame([row])[OUTCOME_STEP_EFFECT.names]


INDICATOR_SERIES = spec(
    keys=("unit_id", "indicator", "period_start"),
    columns="""
        region_id           key
        unit_id             key
        unit_name           label
        indicator           key      col.indicator_name
        unit_of_measure     text     col.unit_of_measure
        direction           code
        period_start        date     col.period
        value               number   col.value
        share_fit           share    col.share_qualified
        reference_quarter   date     col.reference_quarter
        basis               code
        largest_rise        number
    """,
    values={"direction": ("higher", "lower"), "basis": ("step", "largest_rise")},
)


@metric(INDICATOR_SERIES)
def indicator_series(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    fit_step: float = DEFAULT_FIT_STEP,
    lag_quarters: int = DEFAULT_LAG_QUARTERS,
) -> pd.DataFrame:
    """Each unit indicator's values over the year range, with the unit's fit that quarter
    and its reference quarter: its reform step, else the quarter its fit rose most."""
    return run(con, "indicator_series", **filters.params(), **_step_params(fit_step, lag_quarters))


INDICATOR_CHANGE = spec(
    keys=("unit_id", "indicator"),
    columns="""
        region_id           key
        unit_id             key
        unit_name           label
        indicator           key      col.indicator_name
        unit_of_measure     text     col.unit_of_measure
        direction           code
        reference_quarter   date     col.reference_quarter
        basis               code
        n_before            count
        n_after             count
        mean_before         number
        mean_after          number
        estimate            number   num2   col.estimate
        se                  number+  num2
        ci_low              number   num2
        ci_high             number   num2
        better              flag
    """,
    intervals=[("estimate", "ci_low", "ci_high")],
    values={"direction": ("higher", "lower"), "basis": ("step", "largest_rise", "chosen")},
)


@metric(INDICATOR_CHANGE)
def indicator_change(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    fit_step: float = DEFAULT_FIT_STEP,
    lag_quarters: int = DEFAULT_LAG_QUARTERS,
    reference: str | None = None,
) -> pd.DataFrame:
    """Did a unit's indicator change after its reform? Per unit and indicator, the level
    shift ``estimate`` in a segmented regression ``value = a + b * years + c * after`` (the
    indicator's own trend taken out; ``after`` = periods from ``lag_quarters`` after the
    reference quarter), with its classical 95 % t interval, and the plain means before
    and after. The reference quarter is the unit's reform step, else its largest fit rise,
    or ``reference`` (an ISO date) for every unit. ``better``: the shift goes the
    indicator's good way and its interval excludes zero. One unit, no comparison group:
    a before/after reading, not an effect."""
    series = indicator_series(con, filters, fit_step=fit_step, lag_quarters=lag_quarters)
    rows = []
    for (unit_id, indicator), g in series.groupby(["unit_id", "indicator"], sort=False):
        ref_q = pd.Timestamp(reference) if reference else g["reference_quarter"].iloc[0]
        basis = "chosen" if reference else g["basis"].iloc[0]
        first = g.iloc[0]
        row = dict(
            region_id=first.region_id, unit_id=unit_id, unit_name=first.unit_name, indicator=indicator,
            unit_of_measure=first.unit_of_measure, direction=first.direction,
            reference_quarter=ref_q, basis=basis,
        )  # fmt: skip
        row |= _segmented(g, ref_q, lag_quarters)
        sign = 1 if first.direction == "higher" else -1
        row["better"] = (
            bool(row["n_before"] and row["n_after"] and sign * row["ci_low"] > 0)
            if sign > 0
            else bool(row["n_before"] and row["n_after"] and row["ci_high"] < 0)
        )
        rows.append(row)
    return pd.DataFrame(rows, columns=INDICATOR_CHANGE.names)


def _segmented(g: pd.DataFrame, reference, lag_quarters: int) -> dict:
    """OLS of value on (1, years, after): the level shift at the reference quarter + lag."""
    empty = dict(n_before=0, n_after=0, mean_before=np.nan, mean_after=np.nan, estimate=np.nan, se=np.nan,
                 ci_low=np.nan, ci_high=np.nan)  # fmt: skip
    if reference is None or pd.isna(reference):
        return empty
    start = pd.to_datetime(g["period_start"])
    cut = pd.Timestamp(reference) + pd.DateOffset(months=3 * lag_quarters)
    before = start < pd.Timestamp(reference)
    after = start >= cut
    keep = before | after  # the lag between the step and its effect is left out
    y = g["value"].to_numpy(float)[keep]
    years = ((start - start.min()).dt.days / 365.25).to_numpy()[keep]
    post = after.to_numpy()[keep].astype(float)
    out = dict(empty, n_before=int(before.sum()), n_after=int(after.sum()))
    out["mean_before"] = float(g["value"][before].mean()) if before.any() else np.nan
    out["mean_after"] = float(g["value"][after].mean()) if after.any() else np.nan
    if out["n_before"] < 2 or out["n_after"] < 2:
        return out
    x = np.column_stack([np.ones(len(y)), years, post])
    dof = len(y) - x.shape[1]
    if dof < 1:
        return out
    xtx_inv = np.linalg.inv(x.T @ x)
    beta = xtx_inv @ x.T @ y
    resid = y - x @ beta
    se = math.sqrt(float(resid @ resid) / dof * xtx_inv[2, 2])
    half = float(stats.t.ppf(0.975, dof)) * se
    out |= dict(estimate=float(beta[2]), se=se, ci_low=float(beta[2]) - half, ci_high=float(beta[2]) + half)
    return out


# the public view's numbers of a unit or a region (public_units, public_regions)
_PUBLIC_COLUMNS = """
        employees               count
        pns                     count
        evaluated               count
        baik                    count
        below                   count
        share_baik              share
        share_below             share    col.share_below_baik
        share_jp_met            share
        ikm                     score    col.ikm
        mutu                    code     col.mutu
        received                count    col.feedback_received
        share_resolved          share    col.share_resolved
"""
# fewer than 5 rated Baik or better, or below it, in a period: neither share is shown
_PUBLIC_RATED = Protect("evaluated", parts={"baik": ("share_baik",), "below": ("share_below",)})

PUBLIC_UNITS = spec(
    keys="unit_id",
    columns="""
        region_id               key
        unit_id                 key
        unit_name               label
    """
    + _PUBLIC_COLUMNS,
    # always applied on the public page: a unit of fewer than 5 employees shows "<5", and
    # another unit of the region is hidden with it where the region's headcount (shown
    # beside) would give it back; fewer than 5 rated Baik or better, or below, hide both
    # shares; the 20 JP share is over the PNS
    protect=[Protect("employees", parts={"pns": ("share_jp_met",)}, group=("region_id",)), _PUBLIC_RATED],
    values={"mutu": ("A", "B", "C", "D")},
)


@metric(PUBLIC_UNITS)
def public_units(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per unit, for the public transparency view (aggregates only): headcount, the shares
    of its staff's evaluations in ``year_to`` rated Baik or better and below it, 20 JP
    coverage of its PNS, IKM and mutu, share of community feedback resolved."""
    return run(con, "public_units", **filters.params())


PUBLIC_REGIONS = spec(
    keys="region_id",
    columns="""
        region_id           key
        region_name         label
    """
    + _PUBLIC_COLUMNS,
    protect=[Protect("employees", parts={"pns": ("share_jp_met",)}), _PUBLIC_RATED],
    values={"mutu": ("A", "B", "C", "D")},
)


@metric(PUBLIC_REGIONS)
def public_regions(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """:func:`public_units` per region (the same definitions): the public view's answer."""
    return run(con, "public_regions", **filters.params())
