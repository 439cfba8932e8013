"""Outcome analytics (analytics/outcomes.py, issue #14) on a hand-made database whose every
number is worked out below, the unit-level difference-in-differences and the indicator's
segmented regression against statsmodels, and the demo's planted links.

Region SLT, three units; staff and their posts:

| unit | posts (required field)        | staff                                   |
|------|-------------------------------|-----------------------------------------|
| U1   | P1 tik, P2 tik                | A (tik) in P1; B (hukum) in P2 until    |
|      |                               | 2023-08-01, then moved to P5 (U3)       |
| U2   | P3 (none)                     | E, F                                    |
| U3   | P5 hukum, P6 (none)           | D in P6; B from 2023-08-01              |

U1's fit: 1 of 2 until Q2 2023, 1 of 1 from Q3 2023 (B left in August): a rise of 0.5 in
Q3 2023, its reform step. U2 and U3 stay at 1.0: no step (comparison units).

IKM per half-year (2022H1 .. 2024H2): U1 70 72 74 76 80 82; U2 73 75 77 77 78 80;
U3 80 80 80 80 81 81. Around t0 = 2023-07-01 with a lag of 2 quarters: before = the
surveys ending in the year before t0 (2022H2, 2023H1), after = those starting in the year
from 2024-01-01 (2024H1, 2024H2). Changes: U1 (73 -> 81) +8; U2 (76 -> 79) +3; U3
(80 -> 81) +1. One cell (SLT, Q3 2023): estimate 8 - (3 + 1) / 2 = +6.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd
import pytest
from handdb import execute_hand_sql

from analytics import outcomes
from analytics.db import create_schema, refresh_derived
from analytics.filters import Filters

NIP = {k: f"19800101200501100{i}" for i, k in enumerate("ABDEF", start=1)}
IKM = {
    "U1": [70, 72, 74, 76, 80, 82],
    "U2": [73, 75, 77, 77, 78, 80],
    "U3": [80, 80, 80, 80, 81, 81],
}
HALVES = [
    ("2022-01-01", "2022-06-30"), ("2022-07-01", "2022-12-31"), ("2023-01-01", "2023-06-30"),
    ("2023-07-01", "2023-12-31"), ("2024-01-01", "2024-06-30"), ("2024-07-01", "2024-12-31"),
]  # fmt: skip

HAND_DATA = """
insert into units values
    ('U1', 'SLT', 'Diskominfo', 'dinas'), ('U2', 'SLT', 'Kecamatan Tengah', 'kecamatan'),
    ('U3', 'SLT', 'Bagian Hukum', 'sekretariat');
insert into positions values
    ('P1', 'U1', 'Pranata Komputer Ahli Muda', 2, 'Ahli Muda', null, 'tik', 2),
    ('P2', 'U1', 'Pranata Komputer Ahli Pertama', 2, 'Ahli Pertama', null, 'tik', 2),
    ('P3', 'U2', 'Pengadministrasi Umum', 4, 'Pelaksana', null, null, 3),
    ('P5', 'U3', 'Analis Hukum', 4, 'Pelaksana', null, 'hukum', 2),
    ('P6', 'U3', 'Pengadministrasi Umum', 4, 'Pelaksana', null, null, 2);
insert into employees values
    ('{A}', 'A', 'L', '1980-01-01', 'PNS', 'III/c', 40, 'tik', 'P1', '2015-01-01', '2005-01-01'),
    ('{B}', 'B', 'L', '1980-01-01', 'PNS', 'III/c', 40, 'hukum', 'P5', '2023-08-01', '2005-01-01'),
    ('{D}', 'D', 'L', '1980-01-01', 'PNS', 'III/c', 40, 'hukum', 'P6', '2015-01-01', '2005-01-01'),
    ('{E}', 'E', 'L', '1980-01-01', 'PNS', 'III/c', 40, 'umum', 'P3', '2015-01-01', '2005-01-01'),
    ('{F}', 'F', 'L', '1980-01-01', 'PNS', 'III/c', 40, 'umum', 'P3', '2015-01-01', '2005-01-01');
insert into placements values ('{B}', '2023-08-01', 'P2', 'P5', 'mutasi', 'executed', 'Penataan');
insert into performance_evaluations values
    ('{A}', 'bulanan', '2022-01-01', '2022-01-31', null, 2, 2, 2, 80, null, null, null),
    ('{A}', 'bulanan', '2024-12-01', '2024-12-31', null, 2, 2, 2, 80, null, null, null);
"""


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    path = tmp_path_factory.mktemp("outcomes") / "hand.duckdb"
    con = duckdb.connect(str(path))
    create_schema(con)
    execute_hand_sql(con, HAND_DATA.format(**NIP))
    for unit, values in IKM.items():
        for (start, end), ikm in zip(HALVES, values, strict=True):
            con.execute(
                "insert into service_surveys (unit_id, period_start, period_end, respondents, ikm, mutu, ikm_basis) "
                "values (?, ?, ?, 100, ?, ikm_mutu(?), 'published')",
                [unit, start, end, ikm, ikm],
            )
    con.execute(
        """insert into feedback (unit_id, period_start, period_end, channel, topic, received, resolved,
               mean_days_to_resolve) values
           ('U1', '2024-01-01', '2024-03-31', 'lapor', 'Waktu pelayanan', 10, 8, 5),
           ('U1', '2024-04-01', '2024-06-30', 'forum', 'Informasi', 5, 5, 2)"""
    )
    con.execute(
        "insert into staff_surveys (unit_id, period_start, period_end, respondents, satisfaction) values "
        "('U1', '2024-01-01', '2024-12-31', 3, 70), ('U2', '2024-01-01', '2024-12-31', 12, 75)"
    )
    refresh_derived(con)
    yield con
    con.close()


@pytest.fixture(autouse=True)
def small_units(monkeypatch):
    """The hand units have 1-2 staff: let them have reform steps."""
    monkeypatch.setattr(outcomes, "MIN_STAFF", 1)


F = Filters(regions=("SLT",), year_from=2022, year_to=2024)


def test_unit_fit_by_quarter_and_the_reform_step(hand) -> None:
    fit = hand.execute(
        "select unit_id, quarter::varchar, staff, fit from mart_unit_fit_quarter "
        "where quarter between '2023-04-01' and '2023-07-01' order by unit_id, quarter"
    ).fetchall()
    assert fit == [
        ("U1", "2023-04-01", 2, 1), ("U1", "2023-07-01", 1, 1),
        ("U2", "2023-04-01", 2, 2), ("U2", "2023-07-01", 2, 2),
        ("U3", "2023-04-01", 1, 1), ("U3", "2023-07-01", 2, 2),
    ]  # fmt: skip
    steps = hand.execute(
        "select unit_id, step_quarter::varchar, fit_rise from reform_steps('mart_unit_fit_quarter', 0.05, 1)"
    ).fetchall()
    assert steps == [("U1", "2023-07-01", 0.5)]
    # a step larger than any rise: none
    assert not hand.execute("select * from reform_steps('mart_unit_fit_quarter', 0.6, 1)").fetchall()


def test_the_step_effect_by_hand(hand) -> None:
    cells = outcomes.outcome_step_cells(hand, F)
    got = {
        (r.t0.date().isoformat(), r.treated): (r.n, r.sum_y, r.sum_pre, r.sum_post)
        for r in cells.itertuples()
    }
    assert got == {("2023-07-01", 1): (1, 8.0, 73.0, 81.0), ("2023-07-01", 0): (2, 4.0, 156.0, 160.0)}
    r = outcomes.outcome_step_effect(hand, F).iloc[0]
    assert (r.outcome, r.unit, r.n_treated, r.n_control, r.n_cells) == ("ikm", "points", 1, 2, 1)
    assert r.estimate == pytest.approx(6.0)
    assert (r.treated_change, r.control_change) == (pytest.approx(8.0), pytest.approx(2.0))
    assert (r.mean_before, r.mean_after, r.control_before, r.control_after) == (
        pytest.approx(73.0),
        pytest.approx(81.0),
        pytest.approx(78.0),
        pytest.approx(80.0),
    )
    # a lag of 4 quarters: after = the year from 2024-07-01 (2024H2 only): U1 82 - 73 = 9,
    # U2 80 - 76 = 4, U3 81 - 80 = 1 -> 9 - 2.5 = 6.5
    assert outcomes.outcome_step_effect(hand, F, lag_quarters=4)["estimate"].iloc[0] == pytest.approx(6.5)
    # with a step of 0.6 nobody is treated: no estimate, n 0
    none = outcomes.outcome_step_effect(hand, F, fit_step=0.6).iloc[0]
    assert none.n_treated == 0 and np.isnan(none.estimate)


def test_ikm_trend_by_hand(hand) -> None:
    from scipy import stats

    df = outcomes.ikm_trend(hand, F)
    r = df[df["period"] == pd.Timestamp("2023-01-01")].iloc[0]
    assert (r.units, r.respondents, r.ikm) == (3, 300, pytest.approx(77.0))  # 74, 77, 80
    half = stats.t.ppf(0.975, 2) * 3.0 / np.sqrt(3)
    assert (r.ikm_low, r.ikm_high) == (pytest.approx(77 - half), pytest.approx(77 + half))


def test_outcome_units_by_hand(hand) -> None:
    df = outcomes.outcome_units(hand, F).set_index("unit_id")
    u1 = df.loc["U1"]
    assert (u1.ikm, u1.mutu, u1.ikm_change) == (pytest.approx(81.0), "B", pytest.approx(6.0))  # 2023: 74, 76
    assert (u1.received, u1.resolved, u1.share_resolved) == (15, 13, pytest.approx(13 / 15))
    assert u1.mean_days_to_resolve == pytest.approx((8 * 5 + 5 * 2) / 13)
    assert (u1.satisfaction, u1.staff_respondents) == (70.0, 3)
    assert pd.Timestamp(u1.step_quarter) == pd.Timestamp("2023-07-01")
    assert (u1.staff, u1.share_fit) == (1, 1.0)
    assert pd.isna(df.loc["U2", "step_quarter"]) and df.loc["U2", "ikm_change"] == pytest.approx(79 - 77)
    # viewers: a staff survey answered by 3 is not shown, nor the fit of a unit of 1
    from analytics import privacy

    shown = privacy.protect(outcomes.outcome_units(hand, F), outcomes.outcome_units.spec, threshold=5)
    u1 = shown.set_index("unit_id").loc["U1"]
    assert pd.isna(u1.satisfaction) and pd.isna(u1.share_fit)
    assert u1.ikm == pytest.approx(81.0)  # the public's survey is no small group of staff


def test_the_step_effect_equals_statsmodels_on_the_demo(con) -> None:
    """The estimate from cell sums equals OLS with cell fixed effects and HC1 errors on the
    unit-level rows, which are rebuilt here with pandas from the raw surveys and the steps."""
    smf = pytest.importorskip("statsmodels.formula.api")
    f = Filters()
    steps = con.execute(
        "select unit_id, region_id, step_quarter from reform_steps('mart_unit_fit_quarter', ?, ?)",
        [outcomes.DEFAULT_FIT_STEP, 1],
    ).df()
    ever = set(steps["unit_id"])
    surveys = con.execute(
        "select s.unit_id, u.region_id, s.period_start, s.period_end, s.ikm from service_surveys s join units u using (unit_id)"
    ).df()
    lag = pd.DateOffset(months=3 * outcomes.DEFAULT_LAG_QUARTERS)
    rows = []
    t0s = steps.groupby("region_id")["step_quarter"].unique()
    for unit, g in surveys.groupby("unit_id"):
        region = g["region_id"].iloc[0]
        own = steps[steps["unit_id"] == unit]
        times = (
            [(own["step_quarter"].iloc[0], 1)]
            if len(own)
            else [(t, 0) for t in t0s.get(region, [])]
            if unit not in ever
            else []
        )
        for t0, treated in times:
            t0 = pd.Timestamp(t0)
            pre = g[(g["period_end"] < t0) & (g["period_end"] >= t0 - pd.DateOffset(months=12))]["ikm"]
            post = g[
                (g["period_start"] >= t0 + lag) & (g["period_start"] < t0 + lag + pd.DateOffset(months=12))
            ]["ikm"]
            if len(pre) and len(post):
                rows.append(
                    {"cell": f"{region}|{t0.date()}", "treated": treated, "y": post.mean() - pre.mean()}
                )
    data = pd.DataFrame(rows)
    # only cells that hold a treated unit (controls are paired with their region's step times)
    data = data[data.groupby("cell")["treated"].transform("max") == 1]
    assert data["treated"].sum() >= 2
    model = smf.ols("y ~ treated + C(cell)", data=data).fit(cov_type="HC1")
    r = outcomes.outcome_step_effect(con, f, fit_step=outcomes.DEFAULT_FIT_STEP).iloc[0]
    assert r.estimate == pytest.approx(model.params["treated"], abs=1e-6)
    assert r.se == pytest.approx(model.bse["treated"], abs=1e-6)
    assert (r.n_treated, r.n_control) == (int(data["treated"].sum()), int((data["treated"] == 0).sum()))


def test_the_indicator_shift_equals_statsmodels(con) -> None:
    smf = pytest.importorskip("statsmodels.formula.api")
    change = outcomes.indicator_change(con, Filters())
    series = outcomes.indicator_series(con, Filters())
    assert not change.empty
    for r in change.dropna(subset=["estimate"]).itertuples():
        g = series[(series["unit_id"] == r.unit_id) & (series["indicator"] == r.indicator)].copy()
        start = pd.to_datetime(g["period_start"])
        ref = pd.Timestamp(r.reference_quarter)
        cut = ref + pd.DateOffset(months=3 * outcomes.DEFAULT_LAG_QUARTERS)
        g = g.assign(years=(start - start.min()).dt.days / 365.25, after=(start >= cut).astype(float))
        g = g[(start < ref) | (start >= cut)]
        model = smf.ols("value ~ years + after", data=g).fit()
        assert r.estimate == pytest.approx(model.params["after"], abs=1e-9)
        assert r.ci_low == pytest.approx(model.conf_int().loc["after", 0], abs=1e-9)
