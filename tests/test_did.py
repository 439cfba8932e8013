"""The training-impact estimate against statsmodels and an independent pandas build."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf

from analytics import training
from analytics.did import did_from_cells
from analytics.filters import Filters

PLANTED_TRAINING_EFFECT = 3.0  # data/demo.py: +3.0 score points from month +3


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
def pandas_did_rows(con, f: Filters, min_jp: float = 20) -> pd.DataFrame:
    """Row-level treated/control changes, built with pandas from the raw tables only."""
    ev = con.sql(
        "select nip, period_start, position_id, score from performance_evaluations "
        "where period_type = 'bulanan' and score is not null"
    ).df()
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

    grid = ev.pivot(index="m", columns="nip", values="score")
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

    sub = tr[tr.jp >= min_jp].copy()
    end = pd.to_datetime(sub.end_date)
    sub["t0"] = end.dt.year * 12 + end.dt.month - 1
    first = sub.groupby("nip")["t0"].min()
    win["t0"] = win.nip.map(first)

    year_of = win.m // 12
    treated = win[(win.m == win.t0) & year_of.between(f.year_from, f.year_to)].assign(treated=1)
    controls = win[win.m.isin(set(treated.m)) & (win.t0.isna() | (win.t0 > win.m + 8))].assign(treated=0)
    rows = pd.concat([treated, controls])
    pre = rows.pre_mean.round(6)  # scores have one decimal: keep exact 76.0 on its side
    band = np.select([pre < 76, pre <= 90], [1, 2], 3)
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


@pytest.mark.parametrize(
    "f",
    [
        Filters(),
        Filters(regions=("DKI", "SLT"), year_from=2022, year_to=2024),
        Filters(jenis_jabatan=4),
    ],
    ids=["all", "dki-slt-2022-2024", "pelaksana"],
)
def test_training_impact_equals_statsmodels_on_pandas_rebuild(con, f):
    rows = pandas_did_rows(con, f)
    assert rows.treated.sum() > 20, "fixture too small for this test"
    fit = statsmodels_fit(rows)
    got = training.training_impact(con, f).iloc[0]
    assert got.n_treated == rows.treated.sum()
    assert got.n_control == (rows.treated == 0).sum()
    assert got.estimate == pytest.approx(fit.params["treated"], abs=1e-6)
    assert got.se == pytest.approx(fit.bse["treated"], abs=1e-6)


def test_training_impact_recovers_the_planted_effect(con):
    got = training.training_impact(con, Filters()).iloc[0]
    assert abs(got.estimate - PLANTED_TRAINING_EFFECT) < 3 * got.se + 0.25
    assert got.ci_low < PLANTED_TRAINING_EFFECT < got.ci_high or abs(got.estimate - 3.0) < 0.5


def test_event_study_is_flat_before_and_raised_after(con):
    df = training.training_event_study(con, Filters()).set_index("rel_month")
    assert df.loc[-1, "difference"] == pytest.approx(0.0)
    assert list(df.index) == list(range(-12, 13))
    before = df.loc[-12:-2, "difference"].mean()
    after = df.loc[3:12, "difference"].mean()
    assert abs(before) < 1.0
    assert after - before == pytest.approx(PLANTED_TRAINING_EFFECT, abs=1.0)
