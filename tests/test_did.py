"""The training-impact estimate against statsmodels and an independent pandas build."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf

from analytics import training
from analytics.did import did_from_cells
from analytics.filters import Filters

PLANTED_TRAINING_EFFECT = 3.0  # data/demo/params.py: +3.0 score points from month +3


def aggregate(rows: pd.DataFrame) -> pd.DataFrame:
    return (
        rows.assign(y2=rows.change**2)
        .groupby(["cell", "treated"], as_index=False)
        .agg(n=("change", "size"), sum_y=("change", "sum"), sum_y2=("y2", "sum"))
    )


def statsmodels_fit(rows: pd.DataFrame):
    return smf.ols("change ~ treated + C(cell)", data=rows).fit(cov_type="HC1")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_did_matches_statsmodels_ols_hc1(seed):
    rng = np.random.default_rng(seed)
    n = 3000
    cell = rng.integers(0, 40, n)
    treated = (rng.random(n) < 0.2 + 0.5 * (cell % 3 == 0)).astype(int)
    change = 1.5 * treated + 0.3 * cell + rng.normal(0, 1 + treated, n)  # heteroskedastic
    rows = pd.DataFrame({"cell": cell, "treated": treated, "change": change})
    # keep only cells holding both groups, as the SQL does
    mixed = rows.groupby("cell")["treated"].transform("nunique") == 2
    rows = rows[mixed]

    fit = statsmodels_fit(rows)
    got = did_from_cells(aggregate(rows))
    assert got.estimate == pytest.approx(fit.params["treated"], abs=1e-6)
    assert got.se == pytest.approx(fit.bse["treated"], abs=1e-6)
    ci = fit.conf_int().loc["treated"]
    assert (got.ci_low, got.ci_high) == (pytest.approx(ci[0], abs=1e-6), pytest.approx(ci[1], abs=1e-6))
    assert got.n_treated + got.n_control == len(rows)


def test_did_with_one_group_only_is_empty():
    cells = pd.DataFrame(
        {"cell": [1, 2], "treated": [1, 1], "n": [3, 4], "sum_y": [1.0, 2.0], "sum_y2": [1.0, 2.0]}
    )
    assert did_from_cells(cells).n_treated == 0


# ------------------------------------------------------ against the database
CONTROL_JP = 20  # a comparison employee has had no training of >= 20 JP (or >= min_jp, if lower) by t0 + 8


def pandas_did_rows(con, f: Filters, min_jp: float = 20, outcome: str = "score") -> pd.DataFrame:
    """Row-level treated/control changes, built with pandas from the raw tables only.

    outcome: 'score', or 'hasil_di_atas' (1 if hasil kerja is Di Atas Ekspektasi, 0 if
    another rating; a linear probability difference-in-differences). Monthly evaluations,
    and quarterly ones in each of their months that has no monthly one (Jambi)."""
    ev = con.sql(
        "select nip, period_type, period_start, period_end, position_id, score, hasil_kerja "
        "from performance_evaluations where period_type in ('bulanan', 'triwulan')"
    ).df()
    ev["y"] = ev["score"] if outcome == "score" else (ev["hasil_kerja"] == 1).astype(float)
    if outcome != "score":
        ev.loc[ev["hasil_kerja"].isna(), "y"] = np.nan
    ev = ev.dropna(subset=["y"])
    # a quarterly evaluation stands for each of its months without a monthly one
    start, end = pd.to_datetime(ev["period_start"]), pd.to_datetime(ev["period_end"])
    ev["months"] = [
        list(pd.period_range(a, b, freq="M").to_timestamp()) if kind == "triwulan" else [a]
        for kind, a, b in zip(ev["period_type"], start, end, strict=True)
    ]
    ev = ev.explode("months").assign(period_start=lambda d: pd.to_datetime(d["months"]))
    ev = ev.sort_values("period_type").drop_duplicates(["nip", "period_start"])  # bulanan first
    emp = con.sql("select nip, position_id as current_position from employees").df()
    pos = con.sql(
        "select p.position_id, u.region_id, p.unit_id, p.jenis_jabatan from positions p join units u using (unit_id)"
    ).df()
    tr = con.sql("select nip, end_date, jp from trainings").df()

    ev = ev.merge(emp, on="nip")
    ev["position_id"] = ev["position_id"].fillna(ev["current_position"])
    ev = ev.merge(pos, on="position_id")
    ev["m"] = (
        pd.to_datetime(ev["period_start"]).dt.year * 12 + pd.to_datetime(ev["period_start"]).dt.month - 1
    )

    grid = ev.pivot(index="m", columns="nip", values="y")
    # pad 8 months each side so that no window is cut short at the edges of the grid
    grid = grid.reindex(range(grid.index.min() - 8, grid.index.max() + 9))
    pre_sum = grid.shift(1).rolling(6, min_periods=1).sum()
    pre_n = grid.notna().astype(int).shift(1).rolling(6, min_periods=1).sum()
    post_sum = grid.shift(-8).rolling(6, min_periods=1).sum()
    post_n = grid.notna().astype(int).shift(-8).rolling(6, min_periods=1).sum()

    def long(frame, name):
        return frame.stack().rename(name).reset_index()

    win = long(pre_sum, "pre_sum")
    for frame, name in ((pre_n, "pre_n"), (post_sum, "post_sum"), (post_n, "post_n")):
        win = win.merge(long(frame, name), on=["m", "nip"])
    win = win.merge(ev[["nip", "m", "region_id", "unit_id", "jenis_jabatan"]], on=["nip", "m"])
    win = win[(win.pre_n >= 3) & (win.post_n >= 3)]
    if f.regions:  # none = every region
        win = win[win.region_id.isin(f.regions)]
    if f.unit_id:
        win = win[win.unit_id == f.unit_id]
    if f.jenis_jabatan:
        win = win[win.jenis_jabatan == f.jenis_jabatan]
    win["pre_mean"] = win.pre_sum / win.pre_n
    win["change"] = win.post_sum / win.post_n - win.pre_mean

    def first_month(jp):
        sub = tr[tr.jp >= jp].copy()
        end = pd.to_datetime(sub.end_date)
        sub["t0"] = end.dt.year * 12 + end.dt.month - 1
        return sub.groupby("nip")["t0"].min()

    # treated at t0: the first training of >= min_jp JP, if it is also the first of >= the
    # comparison threshold (a first substantive training of at least min_jp JP)
    win["t0"] = win.nip.map(first_month(min_jp))
    win["t_sub"] = win.nip.map(first_month(min(min_jp, CONTROL_JP)))

    year_of = win.m // 12
    is_treated = (win.m == win.t0) & (win.t0 == win.t_sub) & year_of.between(f.year_from, f.year_to)
    treated = win[is_treated].assign(treated=1)
    controls = win[win.m.isin(set(treated.m)) & (win.t_sub.isna() | (win.t_sub > win.m + 8))].assign(
        treated=0
    )
    rows = pd.concat([treated, controls])
    pre = rows.pre_mean.round(6)  # scores have one decimal: keep exact 76.0 on its side
    if outcome == "score":
        band = np.select([pre < 76, pre <= 90], [1, 2], 3)
    else:  # share of months Di Atas before: none / under half / half or more
        band = np.select([pre == 0, pre < 0.5], [1, 2], 3)
    rows["cell"] = (
        rows.region_id
        + "|"
        + rows.jenis_jabatan.astype(str)
        + "|"
        + band.astype(str)
        + "|"
        + rows.m.astype(str)
    )
    mixed = rows.groupby("cell")["treated"].transform("nunique") == 2
    return rows[mixed][["cell", "treated", "change"]]


@pytest.mark.parametrize("outcome", ["score", "hasil_di_atas"])
@pytest.mark.parametrize(
    "f, min_jp",
    [
        (Filters(), 20),
        (Filters(regions=("DKI", "SLT"), year_from=2022, year_to=2024), 20),
        (Filters(jenis_jabatan=4), 20),
        (Filters(), 40),
    ],
    ids=["all", "dki-slt-2022-2024", "pelaksana", "all-40jp"],
)
def test_training_impact_equals_statsmodels_on_pandas_rebuild(con, f, min_jp, outcome):
    rows = pandas_did_rows(con, f, min_jp, outcome)
    assert rows.treated.sum() > 20, "fixture too small for this test"
    fit = statsmodels_fit(rows)
    got = training.training_impact(con, f, min_jp=min_jp, outcome=outcome).iloc[0]
    assert (got.outcome, got.unit) == (outcome, {"score": "points", "hasil_di_atas": "pp"}[outcome])
    assert got.n_treated == rows.treated.sum()
    assert got.n_control == (rows.treated == 0).sum()
    assert got.estimate == pytest.approx(fit.params["treated"], abs=1e-6)
    assert got.se == pytest.approx(fit.bse["treated"], abs=1e-6)
    # the estimate is the trained group's change minus the comparison's (cell-weighted)
    assert got.treated_change - got.control_change == pytest.approx(got.estimate, abs=1e-12)


def test_the_rating_outcome_is_chosen_where_scores_are_missing(con):
    # the small demo scores in Jakarta and Salatiga only (Sawahlunto exports ratings, Jambi
    # rates quarterly): with every region the rating covers more trained employees
    every = training.training_impact(con, Filters()).iloc[0]
    assert (every.outcome, every.unit) == ("hasil_di_atas", "pp")
    both = training.training_impact(con, Filters(regions=("DKI", "SLT"))).iloc[0]
    assert (both.outcome, both.unit) == ("score", "points")
    swl = training.training_impact(con, Filters(regions=("SWL",))).iloc[0]
    assert swl.outcome == "hasil_di_atas" and swl.n_treated > 0
    scores_only = training.training_impact(con, Filters(regions=("SWL",)), outcome="score").iloc[0]
    assert scores_only.n_treated == 0 and math.isnan(scores_only.estimate)
    event = training.training_event_study(con, Filters(regions=("SWL",)))
    assert set(event["outcome"]) == {"hasil_di_atas"} and set(event["unit"]) == {"pp"}
    with pytest.raises(ValueError, match="outcome"):
        training.training_impact(con, Filters(), outcome="predikat")


def test_the_comparison_group_is_the_same_whatever_the_threshold_above_20_jp(con):
    """At min JP 40 the comparison group once held people whose first 20-39 JP training fell
    inside their window (estimate 1.8 instead of 3.0): a comparison employee has had no
    training of >= 20 JP up to month + 8, whatever the threshold (by hand:
    tests/test_ratings_only.py)."""
    n = (
        con.sql("select min_jp, outcome, sum(n) as n from mart_did_cells where treated = 0 group by all")
        .df()
        .set_index(["min_jp", "outcome"])["n"]
    )
    for outcome in ("score", "hasil_di_atas"):
        assert n[(40, outcome)] == n[(20, outcome)]
        assert n[(10, outcome)] < n[(20, outcome)]  # at 10 JP a 10-19 JP training rules one out too


def test_training_impact_recovers_the_planted_effect(con):
    got = training.training_impact(con, Filters(regions=("DKI", "SLT")), outcome="score").iloc[0]
    assert abs(got.estimate - PLANTED_TRAINING_EFFECT) < 3 * got.se + 0.25
    assert got.ci_low < PLANTED_TRAINING_EFFECT < got.ci_high or abs(got.estimate - 3.0) < 0.5


def test_event_study_is_flat_before_and_raised_after(con):
    df = training.training_event_study(con, Filters(regions=("DKI", "SLT")), outcome="score").set_index(
        "rel_month"
    )
    assert df.loc[-1, "difference"] == pytest.approx(0.0)
    assert list(df.index) == list(range(-12, 13))
    before = df.loc[-12:-2, "difference"].mean()
    after = df.loc[3:12, "difference"].mean()
    assert abs(before) < 1.0
    assert after - before == pytest.approx(PLANTED_TRAINING_EFFECT, abs=1.0)
