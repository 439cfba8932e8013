"""Kinerja, talent and succession on a ratings-only database (no score anywhere; a
region rating monthly, one quarterly, one only annually): every number worked out by
hand in tests/ratings_fixture.py."""

from __future__ import annotations

import math
from pathlib import Path

import duckdb
import numpy as np
import pytest
from ratings_fixture import build_ratings_db

from analytics import kinerja, overview, staffing, talent
from analytics.filters import Filters


@pytest.fixture(scope="module")
def ratings_db(tmp_path_factory) -> Path:
    return build_ratings_db(tmp_path_factory.mktemp("ratings") / "ratings.duckdb")


@pytest.fixture(scope="module")
def rc(ratings_db):
    con = duckdb.connect(str(ratings_db), read_only=True)
    yield con
    con.close()


ALL = Filters(regions=("SLT", "JMB", "SWL"), year_from=2021, year_to=2025)
Y2024 = Filters(regions=("SLT", "JMB", "SWL"), year_from=2024, year_to=2024)


def one(df, **eq):
    mask = np.ones(len(df), bool)
    for col, val in eq.items():
        mask &= (df[col] == val).to_numpy()
    out = df[mask]
    assert len(out) == 1, f"expected one row for {eq}, got {len(out)}"
    return out.iloc[0]


def period(df, region, start):
    return one(df.assign(p=df["period"].astype(str).str[:10]), region_id=region, p=start)


# ---------------------------------------------------------------- trends of every period type
def test_monthly_region_trend_by_hand(rc):
    q = kinerja.kinerja_trend(rc, Y2024, grain="quarter")
    slt = period(q, "SLT", "2024-01-01")
    assert (slt.period_type, slt.grain, slt.evaluations, slt.employees) == ("bulanan", "quarter", 12, 4.0)
    assert slt.share_baik == pytest.approx(10 / 12)
    assert slt.share_sangat_baik == pytest.approx(4 / 12)
    assert slt.share_di_atas == pytest.approx(5 / 12)
    assert slt.scored == 0 and math.isnan(slt.mean_score)  # no score: the ratings carry the trend
    assert slt.share_baik_low < 10 / 12 < slt.share_baik_high
    jan = period(kinerja.kinerja_trend(rc, Y2024, grain="month"), "SLT", "2024-01-01")
    assert (jan.grain, jan.evaluations, jan.share_baik) == ("month", 4, 0.5)


def test_quarterly_region_has_a_trend_and_its_annual_skp_is_not_counted_twice(rc):
    # grain month asked: a region rating quarterly has quarterly points
    m = kinerja.kinerja_trend(rc, ALL, grain="month")
    jmb = m[m.region_id == "JMB"]
    assert set(jmb.period_type) == {"triwulan"} and set(jmb.grain) == {"quarter"}
    assert [str(p)[:10] for p in jmb.period] == [
        "2023-01-01", "2023-04-01", "2023-07-01", "2023-10-01",
        "2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01",
    ]  # fmt: skip
    q2 = period(m, "JMB", "2024-04-01")  # B1 B, B2 K
    assert (q2.evaluations, q2.share_baik) == (2, 0.5)
    y = kinerja.kinerja_trend(rc, ALL, grain="year")
    y2023, y2024 = period(y, "JMB", "2023-01-01"), period(y, "JMB", "2024-01-01")
    assert (y2023.evaluations, y2023.employees, y2023.share_baik) == (4, 1.0, 0.75)
    assert (y2024.evaluations, y2024.employees) == (6, 1.5)  # not the 2 annual rows as well
    assert (y2024.share_baik, y2024.share_sangat_baik) == (pytest.approx(5 / 6), pytest.approx(2 / 6))


def test_annual_only_region_has_yearly_points_whatever_the_grain(rc):
    for grain in ("month", "quarter", "year"):
        df = kinerja.kinerja_trend(rc, ALL, grain=grain)
        swl = df[df.region_id == "SWL"]
        assert set(swl.period_type) == {"tahunan"} and set(swl.grain) == {"year"}
        assert [int(str(p)[:4]) for p in swl.period] == [2022, 2023, 2024]
        assert list(swl.evaluations) == [1, 2, 2]
        assert list(swl.share_sangat_baik) == [0, 0, 0.5]
        assert list(swl.share_di_atas) == [0, 0.5, 0.5]


def test_predikat_distribution_of_every_period_type(rc):
    df = kinerja.predikat_distribution(rc, ALL, grain="quarter")
    slt = df[(df.region_id == "SLT")]
    assert dict(zip(slt.predikat, slt.evaluations, strict=True)) == {1: 4, 2: 6, 3: 1, 4: 1}
    assert set(slt.periods) == {3}  # three months in the quarter: at least 12 / 3 employees
    swl = df[(df.region_id == "SWL") & (df.period.astype(str).str.startswith("2024"))]
    assert dict(zip(swl.predikat, swl.share, strict=True)) == {1: 0.5, 2: 0.5}
    assert set(df[df.region_id == "JMB"].period_type) == {"triwulan"}
    assert df.groupby(["region_id", "period"])["share"].sum().to_numpy() == pytest.approx(1.0)


def test_unit_ranking_by_ratings_when_there_is_no_score(rc):
    df = kinerja.unit_ranking(rc, ALL).set_index("unit_id")
    assert set(df.outcome) == {"rating"}
    assert df["rank"].to_dict() == {"U1": 1, "U4": 2, "U3": 3, "U2": 4}
    assert (df.loc["U1"].evaluations, df.loc["U1"].share_sangat_baik) == (5, 0.4)
    assert (df.loc["U2"].evaluations, df.loc["U2"].share_baik) == (7, pytest.approx(5 / 7))
    assert df.loc["U3"].period_type == "triwulan" and df.loc["U4"].period_type == "tahunan"
    assert df.loc["U3"].employees == pytest.approx(10 / 8)  # 10 evaluations over 8 quarters


def test_indicators_are_the_two_ratings_without_scores(rc):
    df = kinerja.kinerja_indicators(rc, Y2024)
    assert set(df.indicator) == {"hasil_kerja", "perilaku"}  # no sikap / disiplin scores
    slt = one(df, region_id="SLT", indicator="hasil_kerja")
    assert (slt.rated, slt.share_di_atas) == (12, pytest.approx(5 / 12))
    # hasil kerja Di Bawah: A2 January (3,2) only
    assert slt.share_di_bawah == pytest.approx(1 / 12)
    perilaku = one(df, region_id="SLT", indicator="perilaku")
    # perilaku Di Atas: A1 Mar, A2 Mar, A3 Mar, A4 Jan, A4 Mar; Di Bawah: A3 Jan
    assert (perilaku.share_di_atas, perilaku.share_di_bawah) == (pytest.approx(5 / 12), pytest.approx(1 / 12))


def test_overview_kinerja_without_scores(rc):
    df = overview.overview_kpis(rc, Y2024).set_index("region_id")
    assert df.loc["SLT"].share_baik == pytest.approx(10 / 12)
    assert df.loc["JMB"].share_baik == pytest.approx(5 / 6)  # its quarterly evaluations of 2024
    assert df.loc["SWL"].share_baik == 1.0 and df.loc["SWL"].period_type == "tahunan"
    assert df["mean_score"].isna().all()


# ---------------------------------------------------------------- within-employee trend
def cluster_slope(t, y, groups, clusters):
    """OLS slope of y on t with one intercept per group, and its cluster-robust SE (G/(G-1)),
    computed here with numpy from the rows (independently of the SQL's sums)."""
    t, y = np.asarray(t, float), np.asarray(y, float)
    td, yd = t.copy(), y.copy()
    for g in set(groups):
        i = [k for k, v in enumerate(groups) if v == g]
        td[i] -= t[i].mean()
        yd[i] -= y[i].mean()
    beta = (td * yd).sum() / (td * td).sum()
    e = yd - beta * td
    cl = sorted(set(clusters))
    u = np.array([sum(td[k] * e[k] for k in range(len(t)) if clusters[k] == c) for c in cl])
    se = math.sqrt(len(cl) / (len(cl) - 1) * (u * u).sum()) / (td * td).sum()
    return beta, se


def test_within_employee_trend_by_hand(rc):
    df = kinerja.kinerja_within_trend(rc, ALL)
    within = one(df, region_id="SWL", outcome="share_di_atas", method="within")
    pooled = one(df, region_id="SWL", outcome="share_di_atas", method="pooled")
    assert within.estimate == pytest.approx(0.2)  # (1 - 0.5) / (2 + 0.5)
    assert pooled.estimate == pytest.approx(0.6 / 2.8)
    t = [22, 23, 24, 23, 24]
    y = [0, 0, 1, 1, 0]
    who = ["C1", "C1", "C1", "C2", "C2"]
    beta, se = cluster_slope(t, y, who, who)
    assert (within.estimate, within.se) == (pytest.approx(beta), pytest.approx(se))
    beta, se = cluster_slope(t, y, ["all"] * 5, who)
    assert (pooled.estimate, pooled.se) == (pytest.approx(beta), pytest.approx(se))
    assert within.ci_low == pytest.approx(within.estimate - 1.96 * within.se)
    assert (within.employees, within.evaluations, within.period_type) == (2, 5, "tahunan")
    assert "score" not in set(df.outcome)  # nothing scored


def test_within_trend_leaves_out_trained_months_and_splits_moves(rc):
    df = kinerja.kinerja_within_trend(rc, ALL)
    # SLT: A1's March evaluation follows its first substantive training (ended 2024-03-10)
    sb = one(df, region_id="SLT", outcome="share_sangat_baik", method="within")
    assert (
        sb.evaluations == 11
        and one(df, region_id="SLT", outcome="share_sangat_baik", method="pooled").evaluations == 12
    )
    # spells: A1 (P1: Jan, Feb), A2 in P2 (Jan) and in P1 (Feb, Mar), A3, A4: within those the
    # Sangat Baik indicator goes A1 0 0; A2 -; A2 0 1; A3 0 0 0; A4 1 0 1
    m = 1 / 12
    t = [24, 24 + m, 24 + m, 24 + 2 * m, 24, 24 + m, 24 + 2 * m, 24, 24 + m, 24 + 2 * m]
    y = [0, 0, 0, 1, 0, 0, 0, 1, 0, 1]
    spell = ["A1", "A1", "A2b", "A2b", "A3", "A3", "A3", "A4", "A4", "A4"]
    who = [s[:2] for s in spell]
    beta, _ = cluster_slope(t, y, spell, who)
    assert sb.estimate == pytest.approx(beta)


# ---------------------------------------------------------------- kuadran and predikat cap
def test_kuadran_is_checked_against_the_ratings(rc):
    df = kinerja.kuadran_check(rc, ALL)
    k = one(df, region_id="SLT", predikat=4)
    assert (k.with_kuadran, k.agreeing, k.disagreeing) == (1, 1, 0)
    d = one(df, region_id="SLT", predikat=2)
    assert (d.evaluations, d.with_kuadran, d.disagreeing, d.disagreeing_kuadran) == (8, 1, 1, "1")
    assert d.share_disagreeing == 1.0
    assert one(df, region_id="JMB", predikat=1).agreeing == 1
    assert df[df.region_id == "SWL"]["share_disagreeing"].isna().all()  # no kuadran exported


def test_predikat_cap_by_hand(rc):
    df = kinerja.predikat_cap_check(rc, ALL)
    over = df[df.over_cap]
    assert sorted(zip(over.unit_id, over.year, over.over_by, strict=True)) == [
        ("U2", 2024, 1),
        ("U4", 2024, 1),
    ]
    u2 = one(df, unit_id="U2", year=2024)
    assert (u2.org_rating, u2.org_rating_source, u2.max_share, u2.rated, u2.at_or_better, u2.allowed) == (
        5, "organisation_ratings", 0.0, 2, 1, 0,
    )  # fmt: skip
    u4 = one(df, unit_id="U4", year=2024)
    assert (u4.org_rating, u4.org_rating_source, u4.max_share, u4.share) == (2, "default", 0.15, 0.5)
    u1 = one(df, unit_id="U1", year=2024)
    assert (u1.org_rating, u1.at_or_better, u1.over_cap) == (3, 0, False)
    assert list(df.over_cap[:2]) == [True, True]  # units over the cap first
    assert set(df[df.unit_id == "U4"].year) == {2022, 2023, 2024}


# ---------------------------------------------------------------- 9-box and succession
def test_nine_box_from_the_ratings_by_hand(rc):
    df = talent.talent_grid(rc, ALL)
    got = {
        r: dict(zip(g.box[g.employees > 0], g.employees[g.employees > 0], strict=True))
        for r, g in df.groupby("region_id")
    }
    assert got == {"SLT": {1: 1, 5: 1, 9: 1}, "JMB": {7: 1, 8: 1}, "SWL": {2: 1, 7: 1}}
    assert set(df.by_score) == {0}
    # the cut-offs move potensi only: at 50 / 70, A2's potensi 70 and C1's 62 stay menengah,
    # B1's 75 becomes tinggi (box 9), C2's 55 menengah (box 5), A3's 50 stays rendah
    low = talent.talent_grid(rc, ALL, cut_low=50, cut_high=70)
    got = {
        r: dict(zip(g.box[g.employees > 0], g.employees[g.employees > 0], strict=True))
        for r, g in low.groupby("region_id")
    }
    assert got == {"SLT": {1: 1, 5: 1, 9: 1}, "JMB": {8: 1, 9: 1}, "SWL": {5: 1, 7: 1}}


def test_succession_and_retirements_count_from_the_last_year_with_evaluations(rc):
    s = talent.succession_by_region(rc, ALL).set_index("region_id")
    assert {str(d)[:10] for d in s.as_of_date} == {"2024-12-31"}  # not today: ratings count
    assert (s.loc["SLT"].pool, s.loc["SLT"].vacant, s.loc["SLT"].pool_per_post) == (1, 1, 1.0)
    assert (s.loc["JMB"].pool, s.loc["JMB"].retiring, s.loc["JMB"].pool_per_post) == (2, 1, 2.0)
    assert (s.loc["SWL"].pool, s.loc["SWL"].posts_to_fill) == (1, 0)
    years = staffing.retirements_by_year(rc, ALL, horizon=1)
    assert [(r.region_id, r.year, r.retirement_age, r.retiring) for r in years.itertuples()] == [
        ("JMB", 2025, 58, 1)
    ]
