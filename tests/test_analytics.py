"""Analytics on a hand-made database whose every number is worked out below.

Two regions (SLT, JMB), three units, four posts, five employees:

| emp | region | post (unit)        | type | field       | post needs  | fit |
|-----|--------|--------------------|------|-------------|-------------|-----|
| E1  | SLT    | P1 (U1) Ahli Muda  | PNS  | perencanaan | perencanaan | yes |
| E2  | SLT    | P1 (U1), P2 before | PNS  | hukum       | perencanaan | no  |
| E3  | SLT    | P2 (U2) Pelaksana  | PPPK | umum        | any         | yes |
| E4  | JMB    | P3 (U3) Pengawas   | PNS  | tik         | tik         | yes |
| E5  | JMB    | P3 (U3) Pengawas   | PNS  | akuntansi   | tik         | no  |
"""

from __future__ import annotations

import math

import duckdb
import pytest
from handdb import execute_hand_sql

from analytics import competency, kinerja, meta, overview, training
from analytics.db import create_schema, refresh_derived
from analytics.filters import Filters

NIP = {
    "E1": "198001012005011001",
    "E2": "198502022010012002",
    "E3": "199003032015031003",
    "E4": "197504042000041004",
    "E5": "198805052012052005",
}

HAND_DATA = """
insert into units values
    ('U1', 'SLT', 'Bappeda Salatiga', 'badan'),
    ('U2', 'SLT', 'Kecamatan Sidorejo', 'kecamatan'),
    ('U3', 'JMB', 'Diskominfo Jambi', 'dinas');
insert into positions values
    ('P1', 'U1', 'Perencana Ahli Muda', 2, 'Ahli Muda', null, 'perencanaan', 2),
    ('P2', 'U2', 'Pengadministrasi Umum', 4, 'Pelaksana', null, null, 3),
    ('P3', 'U3', 'Kepala Seksi Aplikasi', 1, 'Pengawas', 41, 'tik', 1),
    ('P4', 'U3', 'Pranata Komputer Ahli Pertama', 2, 'Ahli Pertama', null, 'tik', 2);
insert into competency_standards values
    ('P1', 'M1', 3), ('P1', 'M3', 3),
    ('P2', 'M1', 1), ('P2', 'M3', 1),
    ('P3', 'M1', 2), ('P3', 'T-TIK', 2),
    ('P4', 'M1', 2), ('P4', 'T-TIK', 2);
insert into employees values
    ('{E1}', 'Satu', 'L', '1980-01-01', 'PNS', 'III/c', 40, 'perencanaan', 'P1', '2015-01-01', '2005-01-01'),
    ('{E2}', 'Dua', 'P', '1985-02-02', 'PNS', 'III/b', 40, 'hukum', 'P1', '2024-02-01', '2010-01-01'),
    ('{E3}', 'Tiga', 'L', '1990-03-03', 'PPPK', 'V', 15, 'umum', 'P2', '2015-03-01', '2015-03-01'),
    ('{E4}', 'Empat', 'L', '1975-04-04', 'PNS', 'III/d', 40, 'tik', 'P3', '2010-01-01', '2000-04-01'),
    ('{E5}', 'Lima', 'P', '1988-05-05', 'PNS', 'III/a', 40, 'akuntansi', 'P3', '2012-05-01', '2012-05-01');
insert into competency_assessments values
    ('{E1}', 'M1', '2022-03-01', 4), ('{E1}', 'M3', '2022-03-01', 2),
    ('{E1}', 'M1', '2025-03-01', 4), ('{E1}', 'M3', '2025-03-01', 2),
    ('{E2}', 'M1', '2022-03-01', 2), ('{E2}', 'M3', '2022-03-01', 2),
    ('{E2}', 'M1', '2025-03-01', 3), ('{E2}', 'M3', '2025-03-01', 3),
    ('{E3}', 'M1', '2022-03-01', 1), ('{E3}', 'M3', '2022-03-01', 1),
    ('{E4}', 'M1', '2022-03-01', 2), ('{E4}', 'T-TIK', '2022-03-01', 1),
    ('{E5}', 'M1', '2022-03-01', 1), ('{E5}', 'T-TIK', '2022-03-01', 1);
insert into performance_evaluations values
    ('{E1}', 'bulanan', '2024-01-01', '2024-01-31', 'P1', 1, 1, 1, 92, 90, 80, 70),
    ('{E1}', 'bulanan', '2024-02-01', '2024-02-29', 'P1', 2, 2, 2, 80, 90, 80, 70),
    ('{E2}', 'bulanan', '2024-01-01', '2024-01-31', 'P2', 3, 2, 3, 65, null, null, null),
    ('{E2}', 'bulanan', '2024-02-01', '2024-02-29', 'P1', 2, 3, 4, 70, null, null, null),
    ('{E3}', 'bulanan', '2024-01-01', '2024-01-31', null, 2, 2, 2, 78, null, null, null),
    ('{E4}', 'bulanan', '2024-01-01', '2024-01-31', null, 3, 3, 5, 40, 40, 50, 60),
    ('{E5}', 'bulanan', '2024-01-01', '2024-01-31', null, 1, 2, 2, 85, null, null, null),
    ('{E5}', 'tahunan', '2024-01-01', '2024-12-31', null, 1, 1, 1, 99, null, null, null);
insert into trainings values
    ('{E1}', 'Bimtek Perencanaan', 3, 'technical', '2024-03-01', '2024-03-02', 12, 'T-REN'),
    ('{E1}', 'E-Learning SPBE', 16, 'ict', '2024-04-01', '2024-04-05', 10, 'T-TIK'),
    ('{E2}', 'Komunikasi Efektif', 8, 'soft_skills', '2024-05-08', '2024-05-10', 8, 'M3'),
    ('{E4}', 'Pelatihan Keamanan Siber', 3, 'technical', '2024-06-01', '2024-06-03', 20, 'T-TIK'),
    ('{E3}', 'Pelatihan Layanan Publik', 3, 'technical', '2024-07-01', '2024-07-04', 30, 'M5');
insert into placements values
    ('{E3}', '2015-03-01', null, 'P2', 'pengangkatan', 'executed', 'Pengangkatan PPPK'),
    ('{E2}', '2024-02-01', 'P2', 'P1', 'rotasi', 'executed', 'Penataan jabatan'),
    ('{E5}', '2024-07-01', 'P3', 'P4', 'rotasi', 'declined', 'Keberatan lokasi');
"""


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    path = tmp_path_factory.mktemp("hand") / "hand.duckdb"
    con = duckdb.connect(str(path))
    create_schema(con)
    execute_hand_sql(con, HAND_DATA.format(**NIP))
    refresh_derived(con)
    yield con
    con.close()


Y2024 = Filters(regions=("SLT", "JMB"), year_from=2024, year_to=2024)
ALL_YEARS = Filters(regions=("SLT", "JMB"), year_from=2021, year_to=2025)


def rows(df, key):
    return {k: r for k, r in zip(df[key], df.to_dict("records"), strict=True)}


def by(df, **eq):
    mask = True
    for col, val in eq.items():
        mask = mask & (df[col] == val)
    out = df[mask]
    assert len(out) == 1, f"expected one row for {eq}, got {len(out)}"
    return out.iloc[0]


# ------------------------------------------------------------------ meta
def test_options(hand):
    assert list(meta.region_options(hand)["region_id"]) == ["SLT", "JMB", "SWL"]  # sort_order
    assert sorted(meta.unit_options(hand, ["SLT"])["unit_id"]) == ["U1", "U2"]
    assert meta.year_bounds(hand) == (2024, 2024)


# ------------------------------------------------------------------ competency
def test_competency_coverage_by_hand(hand):
    df = competency.competency_coverage(hand, ALL_YEARS)
    # 2025: SLT M1 -> E1 4>=3, E2 3>=3, E3 1>=1; gaps +1, 0, 0
    r = by(df, region_id="SLT", competency_id="M1")
    assert (r.assessed, r.meeting) == (3, 3)
    assert r.mean_gap == pytest.approx(1 / 3)
    # SLT M3 -> E1 2<3, E2 3>=3, E3 1>=1; gaps -1, 0, 0
    r = by(df, region_id="SLT", competency_id="M3")
    assert r.share_meeting == pytest.approx(2 / 3)
    assert r.mean_gap == pytest.approx(-1 / 3)
    # JMB T-TIK -> E4 1<2, E5 1<2
    r = by(df, region_id="JMB", competency_id="T-TIK")
    assert (r.meeting, r.share_meeting, r.mean_gap) == (0, 0.0, -1.0)


def test_competency_coverage_uses_latest_assessment_up_to_year_to(hand):
    df = competency.competency_coverage(hand, Filters(regions=("SLT",), year_from=2021, year_to=2023))
    # 2023: E2 still at 2 in M1 -> E1 yes, E2 no, E3 yes; gaps +1, -1, 0
    r = by(df, region_id="SLT", competency_id="M1")
    assert r.share_meeting == pytest.approx(2 / 3)
    assert r.mean_gap == pytest.approx(0.0)


def test_jpm_distribution_by_hand(hand):
    # JPM (capped coverage) = sum(min(level, required)) / sum(required) * 100
    # as of 2023: E1 (3+2)/6 = 83.3 MS, E2 (2+2)/6 = 66.7 KMS, E3 2/2 = 100 MS
    f2023 = Filters(regions=("SLT", "JMB"), year_to=2023)
    df = competency.jpm_distribution(hand, f2023, scheme="seleksi")
    assert by(df, region_id="SLT", band="MS").employees == 2
    assert by(df, region_id="SLT", band="KMS").share == pytest.approx(1 / 3)
    assert by(df, region_id="SLT", band="MMS").employees == 0  # every band listed
    # E4 (2+1)/4 = 75 MMS, E5 (1+1)/4 = 50 KMS
    assert by(df, region_id="JMB", band="MMS").share == pytest.approx(0.5)
    assert by(df, region_id="JMB", band="KMS").share == pytest.approx(0.5)
    # as of 2025 E2 reaches (3+3)/6 = 100: all three SLT employees MS
    df = competency.jpm_distribution(hand, ALL_YEARS, scheme="seleksi")
    assert by(df, region_id="SLT", band="MS").share == 1.0
    # the all-staff view (default): mapping bands Optimal >= 90, Cukup Optimal 78-<90,
    # Kurang Optimal < 78 -- 2023: E1 83.3 Cukup Optimal, E2 66.7 Kurang, E3 100 Optimal;
    # E4 75 and E5 50 Kurang Optimal
    df = competency.jpm_distribution(hand, f2023)
    assert set(df.scheme) == {"pemetaan"}
    slt = {r.band: r.employees for r in df[df.region_id == "SLT"].itertuples()}
    assert slt == {"Optimal": 1, "Cukup Optimal": 1, "Kurang Optimal": 1}
    assert by(df, region_id="JMB", band="Kurang Optimal").share == 1.0
    # 2025: E1 still 83.3 (Cukup Optimal), E2 and E3 100 (Optimal)
    df = competency.jpm_distribution(hand, ALL_YEARS)
    assert by(df, region_id="SLT", band="Optimal").share == pytest.approx(2 / 3)
    with pytest.raises(ValueError, match="scheme"):
        competency.jpm_distribution(hand, ALL_YEARS, scheme="MS")


def test_jpm_by_unit_and_jenis_jabatan(hand):
    f = Filters(regions=("SLT", "JMB"), year_to=2023)
    units = rows(competency.jpm_by_unit(hand, f), "unit_id")
    assert units["U1"]["mean_jpm"] == pytest.approx((500 / 6 + 400 / 6) / 2)  # E1, E2
    # the plain ratio lets E1's surplus in M1 (4 of 3) make up for M3 (2 of 3): (6/6 + 4/6) / 2
    assert units["U1"]["mean_jpm_ratio"] == pytest.approx((100 + 400 / 6) / 2)
    assert units["U1"]["share_qualified"] == pytest.approx(0.5)
    assert units["U1"]["share_optimal"] == 0.0  # 83.3 Cukup Optimal, 66.7 Kurang Optimal
    assert units["U3"]["mean_jpm"] == pytest.approx(62.5)
    assert units["U3"]["share_kurang_optimal"] == pytest.approx(1.0)  # 75 and 50
    jj = competency.jpm_by_jenis_jabatan(hand, f)
    assert by(jj, region_id="SLT", jenis_jabatan=4).mean_jpm == pytest.approx(100.0)


def test_qualification_fit_by_hand(hand):
    df = competency.qualification_fit(hand, ALL_YEARS)
    assert by(df, region_id="SLT", jenis_jabatan=2).share_fit == pytest.approx(0.5)  # E1 yes, E2 no
    assert by(df, region_id="SLT", jenis_jabatan=4).fit == 1  # E3, post needs any field
    assert by(df, region_id="JMB", jenis_jabatan=1).share_fit == pytest.approx(0.5)


def test_unit_and_jenis_jabatan_filters(hand):
    df = competency.qualification_fit(hand, Filters(regions=("SLT", "JMB"), unit_id="U2"))
    assert list(df["employees"]) == [1]
    df = competency.qualification_fit(hand, Filters(regions=("SLT", "JMB"), jenis_jabatan=1))
    assert list(df["region_id"]) == ["JMB"]


# ------------------------------------------------------------------ kinerja
def test_kinerja_trend_by_hand(hand):
    df = kinerja.kinerja_trend(hand, Y2024, grain="year")
    slt = by(df, region_id="SLT")
    # SLT 2024: predikat 1, 2, 3, 4, 2 -> 3 of 5 Baik or better; scores 92 80 65 70 78
    # employees = mean evaluated per month: 3 in January, 2 in February
    assert (slt.evaluations, slt.employees) == (5, 2.5)
    assert (slt.period_type, slt.grain) == ("bulanan", "year")
    assert slt.share_baik == pytest.approx(0.6)
    # one Sangat Baik; hasil kerja 1, 2, 3, 2, 2 -> one Di Atas
    assert (slt.share_sangat_baik, slt.share_di_atas) == (pytest.approx(0.2), pytest.approx(0.2))
    # Wilson over the 2.5 employees evaluated (not the 5 evaluations): 1.5 of 2.5
    z = 1.959963984540054
    centre = (0.6 + z * z / 5) / (1 + z * z / 2.5)
    half = z * math.sqrt(0.6 * 0.4 / 2.5 + z * z / 25) / (1 + z * z / 2.5)
    assert (slt.share_baik_low, slt.share_baik_high) == (
        pytest.approx(centre - half),
        pytest.approx(centre + half),
    )
    assert slt.mean_score == pytest.approx(77.0)
    assert slt.mean_hasil_kerja == pytest.approx(90.0)  # only E1 has indicators
    jmb = by(df, region_id="JMB")
    assert jmb.mean_score == pytest.approx(62.5)  # the annual 99 is not a monthly evaluation
    monthly = kinerja.kinerja_trend(hand, Y2024, grain="month")
    jan = monthly[(monthly.region_id == "SLT") & (monthly.period.astype(str) == "2024-01-01")].iloc[0]
    assert jan.mean_score == pytest.approx((92 + 65 + 78) / 3)


def test_predikat_distribution_by_hand(hand):
    df = kinerja.predikat_distribution(hand, Y2024, grain="year")
    slt = rows(df[df.region_id == "SLT"], "predikat")
    assert {k: v["evaluations"] for k, v in slt.items()} == {1: 1, 2: 2, 3: 1, 4: 1}
    assert slt[2]["share"] == pytest.approx(0.4)
    jmb = rows(df[df.region_id == "JMB"], "predikat")
    assert {k: v["share"] for k, v in jmb.items()} == {2: 0.5, 5: 0.5}


def test_unit_ranking_uses_post_held_at_the_time(hand):
    df = rows(kinerja.unit_ranking(hand, Y2024), "unit_id")
    # E2's January evaluation was in P2 (U2), before the rotation to P1 (U1)
    assert df["U1"]["mean_score"] == pytest.approx((92 + 80 + 70) / 3)
    assert df["U2"]["mean_score"] == pytest.approx((65 + 78) / 2)
    assert [df[u]["rank"] for u in ("U1", "U2", "U3")] == [1, 2, 3]
    # U1: E1 in January, E1 and E2 in February -> 3 evaluations over 2 months
    assert (df["U1"]["evaluations"], df["U1"]["employees"]) == (3, 1.5)


def test_kinerja_indicators_by_hand(hand):
    df = kinerja.kinerja_indicators(hand, Y2024)
    jmb = rows(df[df.region_id == "JMB"], "indicator")
    scored = {k: v["mean_score"] for k, v in jmb.items() if v["scored"]}
    assert scored == {"hasil_kerja": 40, "sikap": 50, "disiplin": 60}
    # the ratings of JMB's two monthly evaluations (the annual one is not read: the region
    # rates monthly): hasil kerja 3 and 1, perilaku 3 and 2
    assert jmb["hasil_kerja"]["share_di_atas"] == 0.5 and jmb["hasil_kerja"]["share_di_bawah"] == 0.5
    assert jmb["perilaku"]["share_di_atas"] == 0.0 and jmb["perilaku"]["share_di_bawah"] == 0.5
    assert jmb["perilaku"]["scored"] == 0 and math.isnan(jmb["perilaku"]["mean_score"])


def test_bad_grain_is_refused(hand):
    with pytest.raises(ValueError, match="grain"):
        kinerja.kinerja_trend(hand, Y2024, grain="week")


# ------------------------------------------------------------------ training
def test_jp_entitlement_by_hand(hand):
    df = training.jp_entitlement(hand, Filters(regions=("SLT", "JMB"), year_from=2023, year_to=2024))
    # 2024 PNS: E1 12+10 = 22 (met), E2 8; E4 20 (met: at least 20), E5 0; E3 is PPPK
    slt = by(df, region_id="SLT", year=2024)
    assert (slt.employees, slt.met, slt.mean_jp, slt.median_jp) == (2, 1, 15.0, 15.0)
    jmb = by(df, region_id="JMB", year=2024)
    assert (jmb.employees, jmb.met, jmb.mean_jp) == (2, 1, 10.0)
    assert by(df, region_id="SLT", year=2023).share_met == 0.0


def test_jp_by_unit_and_volume_by_hand(hand):
    units = rows(training.jp_by_unit(hand, Y2024), "unit_id")
    assert set(units) == {"U1", "U3"}  # U2 has only a PPPK
    assert units["U1"]["employee_years"] == 2
    assert units["U1"]["share_met"] == pytest.approx(0.5)
    vol = training.training_volume(hand, Y2024)
    tech = by(vol, year=2024, jenis_diklat=3, category="technical")
    assert (tech.trainings, tech.participants, tech.jp_total) == (3, 3, 62)
    assert tech.jenis_diklat_name == "Teknis"


def test_competency_change_after_training_by_hand(hand):
    df = rows(training.competency_change_after_training(hand, ALL_YEARS), "competency_id")
    # M3: E2 trained in between (2 -> 3), E1 not (2 -> 2)
    assert (df["M3"]["trained_n"], df["M3"]["trained_change"]) == (1, 1.0)
    assert (df["M3"]["untrained_n"], df["M3"]["untrained_change"]) == (1, 0.0)
    assert df["M3"]["difference"] == 1.0
    # M1: nobody trained; E1 4 -> 4, E2 2 -> 3
    assert df["M1"]["trained_n"] == 0
    assert df["M1"]["untrained_change"] == pytest.approx(0.5)


def test_training_impact_without_data_is_empty_not_an_error(hand):
    r = training.training_impact(hand, Y2024).iloc[0]
    assert r.n_treated == 0 and math.isnan(r.estimate)


# ------------------------------------------------------------------ overview
def test_overview_kpis_by_hand(hand):
    df = rows(overview.overview_kpis(hand, Y2024), "region_id")
    slt = df["SLT"]
    assert (slt["employees"], slt["pns"], slt["pppk"]) == (3, 2, 1)
    assert slt["share_baik"] == pytest.approx(0.6)
    assert slt["mean_score"] == pytest.approx(77.0)
    assert slt["mean_jpm"] == pytest.approx((500 / 6 + 400 / 6 + 100) / 3)  # as of 2024
    # the all-staff mapping band: E1 83.3 Cukup Optimal, E2 66.7 Kurang Optimal, E3 100 Optimal
    assert slt["share_optimal"] == pytest.approx(1 / 3)
    assert slt["period_type"] == "bulanan" and slt["share_sangat_baik"] == pytest.approx(0.2)
    assert slt["share_baik_low"] < 0.6 < slt["share_baik_high"]
    assert slt["share_qualified"] == pytest.approx(2 / 3)
    assert slt["share_jp_met"] == pytest.approx(0.5)
    # one executed rotation (the pengangkatan is not a move) among 3 employees in 1 year
    assert slt["moves_per_100"] == pytest.approx(100 / 3)
    assert slt["share_declined"] == 0.0
    # the counts behind the rates (what the privacy rules read): E2's rotation; E5's declined one
    assert (slt["moves"], slt["proposed"], slt["declined"]) == (1, 1, 0)
    jmb = df["JMB"]
    assert (jmb["moves_per_100"], jmb["share_declined"]) == (0.0, 1.0)
    assert (jmb["moves"], jmb["proposed"], jmb["declined"]) == (0, 1, 1)
    assert jmb["mean_jpm"] == pytest.approx(62.5)


def test_overview_trend_is_quarterly(hand):
    df = overview.overview_trend(hand, Y2024)
    assert list(df.columns) == ["region_id", "period", "grain", "employees", "share_baik", "mean_score"]
    assert by(df, region_id="JMB").mean_score == pytest.approx(62.5)


def test_filter_matching_nothing_gives_empty_frames(hand):
    f = Filters(regions=("SLT",), unit_id="U3")  # U3 is in JMB
    for fn in (
        overview.overview_kpis,
        competency.jpm_distribution,
        kinerja.kinerja_trend,
        training.jp_entitlement,
    ):
        assert fn(hand, f).empty


# ------------------------------------------------------------------ on the demo
@pytest.mark.parametrize("region, offset", [("DKI", 1.0), ("SLT", 0.0), ("JMB", -1.5), ("SWL", -2.5)])
def test_kinerja_indicators_reveal_the_planted_disiplin_gap(con, region, offset):
    # data/demo/kinerja.py: score_disiplin = score + DISIPLIN_OFFSET[region] + noise; sikap has no offset
    df = rows(kinerja.kinerja_indicators(con, Filters(regions=(region,))), "indicator")
    if not df.get("disiplin", {}).get("scored"):
        pytest.skip(f"the demo gives {region} no scores (ratings only, as a SIASN export)")
    assert df["disiplin"]["mean_score"] - df["sikap"]["mean_score"] == pytest.approx(offset, abs=0.3)


def test_a_database_from_older_code_gets_current_views_and_marts(small_db, tmp_path):
    from analytics.db import connect, derived_version, ensure_current

    path = tmp_path / "old.duckdb"
    path.write_bytes(small_db.read_bytes())
    con = connect(path)
    try:
        assert ensure_current(con) is False  # built by this code
        con.execute("update dataset_info set value = 'older' where key = 'derived_version'")
        con.execute("drop table mart_kinerja_monthly")
        assert ensure_current(con) is True
        assert con.execute("select count(*) from mart_kinerja_monthly").fetchall()[0][0] > 0
        version = con.execute("select value from dataset_info where key = 'derived_version'").fetchall()
        assert version == [(derived_version(),)]
    finally:
        con.close()
