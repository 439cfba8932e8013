"""Data quality (analytics/quality.py) on a hand-made database whose every count is
worked out below, plus the invariants of every quality function on the small demo.

Two regions with data (SWL has none), three units, five posts, seven employees:

| emp | region | unit        | post                        | NIP says            | check        |
|-----|--------|-------------|-----------------------------|---------------------|--------------|
| E1  | SLT    | U1          | P1 Ahli Muda (standard)     | 1980-01-01, L       | ok           |
| E2  | SLT    | U1          | P2 Administrator (standard) | 1985-02-02, P       | ok           |
| E3  | SLT    | U2 (export) | none (unit_id U2)           | 1990-03-04, L       | birth 03-03  |
| E4  | SLT    | U2 (export) | P3 auto-created: no need,   | 1975-04-04, **P**   | sex L        |
|     |        |             | standard or jenjang         |                     |              |
| E5  | JMB    | U3          | P4 Ahli Pertama (standard)  | 1988-05-05, P       | ok           |
| E6  | JMB    | U3          | P4                          | 1991-06-06, L       | ok           |
| E7  | JMB    | U3          | P5 Pelaksana (no need/std)  | 1970-07-07, P       | ok           |

Evaluations: SLT is monthly (E1 Jan+Feb 2024, E2 Jan, E4 Feb without a score), so its
latest period is February 2024 and E2, E3 lack it. JMB has annual ones only (E5 2023
and 2024 with scores, E6 2023 ratings only): latest period 2024, E6 and E7 lack it.
Trainings: E1 (2024), E5 (2023). Competency assessments: E1 (2024), E5 (2023).
Potential: E1. One promotion (E2, SLT, 2024). Study programmes: "S-1 Ilmu Kelautan"
(E5, E6: no keyword) and "S-1 Hukum Sipil" (E4: "hukum" and "sipil" tie).
"""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from handdb import execute_hand_sql

from analytics import privacy, quality
from analytics.db import create_schema, refresh_derived
from analytics.filters import Filters

NIP = {
    "E1": "198001012005011001",
    "E2": "198502022010012002",
    "E3": "199003042015031003",  # born 1990-03-03 per the record
    "E4": "197504042000042004",  # digit 15 says P, the record says L
    "E5": "198805052012052005",
    "E6": "199106062015061006",
    "E7": "197007071995032007",
}

HAND_DATA = """
insert into units (unit_id, region_id, name, kind, auto_created) values
    ('U1', 'SLT', 'Bappeda Salatiga', 'badan', false),
    ('U2', 'SLT', 'Dinas Kesehatan', 'dinas', true),
    ('U3', 'JMB', 'Diskominfo Jambi', 'dinas', false);
insert into positions (position_id, unit_id, name, jenis_jabatan, level, eselon, required_field,
                       staffing_need, auto_created) values
    ('P1', 'U1', 'Perencana Ahli Muda', 2, 'Ahli Muda', null, 'perencanaan', 2, false),
    ('P2', 'U1', 'Kepala Bidang Perencanaan', 1, 'Administrator', 31, null, 1, false),
    ('P3', 'U2', 'PERAWAT', 2, null, null, null, null, true),
    ('P4', 'U3', 'Pranata Komputer Ahli Pertama', 2, 'Ahli Pertama', null, 'tik', 2, false),
    ('P5', 'U3', 'Pengadministrasi Umum', 4, 'Pelaksana', null, null, null, false);
insert into competency_standards values ('P1', 'M1', 3), ('P2', 'M1', 3), ('P4', 'M1', 2);
insert into employees (nip, name, sex, birth_date, employee_type, golongan, education_level,
                       education_field, education_program, position_id, unit_id, position_start,
                       service_start) values
    ('{E1}', 'Satu', 'L', '1980-01-01', 'PNS', 'III/c', 40, 'perencanaan', null, 'P1', null,
     '2015-01-01', '2005-01-01'),
    ('{E2}', 'Dua', 'P', '1985-02-02', 'PNS', 'III/d', 40, 'administrasi', null, 'P2', null,
     '2024-03-01', '2010-01-01'),
    ('{E3}', 'Tiga', 'L', '1990-03-03', 'PNS', 'III/a', 40, 'keperawatan', null, null, 'U2',
     null, '2015-03-01'),
    ('{E4}', 'Empat', 'L', '1975-04-04', 'PNS', 'III/d', 40, null, 'S-1 Hukum Sipil', 'P3', null,
     '2010-01-01', '2000-04-01'),
    ('{E5}', 'Lima', 'P', '1988-05-05', 'PNS', 'III/b', 40, null, 'S-1 Ilmu Kelautan', 'P4', null,
     '2012-05-01', '2012-05-01'),
    ('{E6}', 'Enam', 'L', '1991-06-06', 'PNS', 'III/a', 40, null, 'S-1 Ilmu Kelautan', 'P4', null,
     '2015-06-01', '2015-06-01'),
    ('{E7}', 'Tujuh', 'P', '1970-07-07', 'PNS', 'II/c', 15, 'umum', 'SMA Negeri', 'P5', null,
     '1995-03-01', '1995-03-01');
insert into performance_evaluations values
    ('{E1}', 'bulanan', '2024-01-01', '2024-01-31', null, 1, 1, 1, 92, 90, 80, 70),
    ('{E1}', 'bulanan', '2024-02-01', '2024-02-29', null, 2, 2, 2, 80, 85, 80, 75),
    ('{E2}', 'bulanan', '2024-01-01', '2024-01-31', null, 2, 2, 2, 78, null, null, null),
    ('{E4}', 'bulanan', '2024-02-01', '2024-02-29', null, 3, 2, 3, null, null, null, null),
    ('{E5}', 'tahunan', '2023-01-01', '2023-12-31', null, 2, 2, 2, 80, null, null, null),
    ('{E5}', 'tahunan', '2024-01-01', '2024-12-31', null, 1, 1, 1, 88, null, null, null),
    ('{E6}', 'tahunan', '2023-01-01', '2023-12-31', null, 2, 2, 2, null, null, null, null);
insert into trainings values
    ('{E1}', 'Bimtek Perencanaan', 3, 'technical', '2024-03-01', '2024-03-02', 12, 'T-REN'),
    ('{E5}', 'E-Learning SPBE', 16, 'ict', '2023-04-01', '2023-04-05', 10, 'T-TIK');
insert into competency_assessments values
    ('{E1}', 'M1', '2024-03-01', 3), ('{E5}', 'M1', '2023-03-01', 2);
insert into potential_assessments values ('{E1}', '2024-06-01', 75);
insert into placements values
    ('{E2}', '2024-03-01', 'P1', 'P2', 'promosi', 'executed', 'Promosi');
insert into import_log (import_id, started_at, username, file_name, sha256, table_name, mode, status)
values
    (1, '2024-05-01 09:00', 'analis', 'skp_2024.csv', 'a1', 'evaluations', 'append', 'loaded'),
    (2, '2024-05-02 09:00', 'analis', 'kursus.csv', 'b2', 'trainings', 'append', 'undone'),
    (3, '2024-05-03 09:00', 'analis', 'skp_lama.csv', 'c3', 'evaluations', 'append', 'loaded');
insert into import_codes (import_id, column_name, value, code, rows) values
    (1, 'hasil_kerja', 'DIATAS EKSPEKTASI', '1', 12),
    (1, 'hasil_kerja', 'SESUAI EKSPEKTASI', '2', 30),
    (1, 'perilaku', 'Sesuai Ekspektasi', '2', 42),
    (2, 'jenis_diklat', 'BIMTEK', '8', 5),
    (3, 'predikat', 'BAIK', '2', 7);
"""

BOTH = Filters(regions=("SLT", "JMB"), year_from=2023, year_to=2024)


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    path = tmp_path_factory.mktemp("quality") / "hand.duckdb"
    con = duckdb.connect(str(path))
    create_schema(con)
    execute_hand_sql(con, HAND_DATA.format(**NIP))
    refresh_derived(con)
    yield con
    con.close()


def row(df: pd.DataFrame, **eq) -> pd.Series:
    mask = pd.Series(True, index=df.index)
    for col, val in eq.items():
        mask &= df[col] == val
    assert mask.sum() == 1, f"expected one row for {eq}, got {int(mask.sum())}"
    return df[mask].iloc[0]


COUNTS = [
    "employees", "without_post", "posts", "posts_auto_created", "posts_without_need",
    "posts_without_standard", "posts_without_level", "employees_without_latest_evaluation",
    "employees_without_training", "employees_without_assessment", "employees_without_potential",
    "nip_birth_mismatch", "nip_sex_mismatch",
]  # fmt: skip


# ---------------------------------------------------------------- per unit and region
def test_quality_by_unit_by_hand(hand) -> None:
    df = quality.quality_by_unit(hand, BOTH)
    assert df["unit_id"].tolist() == ["U1", "U2", "U3"]  # region order, then unit name
    got = {u: tuple(int(v) for v in df.loc[df["unit_id"] == u, COUNTS].iloc[0]) for u in df["unit_id"]}
    #                 emp nopost posts auto need std lvl  eval train assess pot birth sex
    assert got["U1"] == (2, 0, 2, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0)  # E2 lacks all four
    assert got["U2"] == (2, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1)  # E3: no post (unit U2), NIP date; E4: sex
    assert got["U3"] == (3, 0, 2, 0, 1, 1, 0, 2, 2, 2, 3, 0, 0)  # P5: no need, no standard
    assert bool(row(df, unit_id="U2").unit_auto_created)


def test_latest_period_is_the_latest_month_else_the_latest_annual_year(hand) -> None:
    df = quality.quality_by_region(hand, BOTH)
    slt, jmb = row(df, region_id="SLT"), row(df, region_id="JMB")
    assert (slt.latest_period_type, pd.Timestamp(slt.latest_period_start)) == (
        "bulanan",
        pd.Timestamp("2024-02-01"),
    )
    assert (jmb.latest_period_type, pd.Timestamp(jmb.latest_period_start)) == (
        "tahunan",
        pd.Timestamp("2024-01-01"),
    )
    # SLT: E1 and E4 were evaluated in February; JMB: only E5 in 2024 (E6's is 2023)
    assert (slt.employees_without_latest_evaluation, jmb.employees_without_latest_evaluation) == (2, 2)


def test_a_region_rating_quarterly_has_its_latest_quarter(tmp_path) -> None:
    """Jambi rates quarterly (triwulan): its latest period is its latest quarter, not the
    year of its annual SKPs. E5 and E7 rated in 2024 Q2, E6 only in Q1."""
    con = duckdb.connect(str(tmp_path / "q.duckdb"))
    create_schema(con)
    execute_hand_sql(con, HAND_DATA.format(**NIP))
    quarters = [("E5", "2024-04-01", "2024-06-30"), ("E7", "2024-04-01", "2024-06-30"),
                ("E6", "2024-01-01", "2024-03-31")]  # fmt: skip
    for emp, start, end in quarters:
        execute_hand_sql(
            con,
            f"insert into performance_evaluations values "
            f"('{NIP[emp]}', 'triwulan', '{start}', '{end}', null, 2, 2, 2, null, null, null, null);",
        )
    refresh_derived(con)
    jmb = row(quality.quality_by_region(con, BOTH), region_id="JMB")
    con.close()
    assert (jmb.latest_period_type, pd.Timestamp(jmb.latest_period_start)) == (
        "triwulan",
        pd.Timestamp("2024-04-01"),
    )
    assert jmb.employees_without_latest_evaluation == 1  # E6


def test_quality_by_region_adds_up_the_units(hand) -> None:
    regions = quality.quality_by_region(hand, BOTH)
    assert regions["region_id"].tolist() == ["SLT", "JMB"]  # SWL has no unit: not listed
    slt = row(regions, region_id="SLT")
    assert (slt.units, slt.units_auto_created, slt.employees, slt.nip_birth_mismatch, slt.nip_sex_mismatch) == (
        2, 1, 4, 1, 1,
    )  # fmt: skip
    units = quality.quality_by_unit(hand, BOTH).groupby("region_id")[COUNTS].sum()
    assert (regions.set_index("region_id")[COUNTS] == units.loc[regions["region_id"]]).all().all()


def test_quality_follows_region_and_unit_filters(hand) -> None:
    assert quality.quality_by_unit(hand, Filters(regions=("JMB",)))["unit_id"].tolist() == ["U3"]
    only_u2 = quality.quality_by_region(hand, Filters(regions=("SLT",), unit_id="U2"))
    assert (only_u2.units.iloc[0], only_u2.employees.iloc[0], only_u2.posts.iloc[0]) == (1, 2, 1)
    everyone = quality.quality_by_region(hand)  # no filters: every region with data
    assert everyone["region_id"].tolist() == ["SLT", "JMB"]


def test_no_names_or_nips_leave_the_quality_functions(hand) -> None:
    frames = [
        quality.quality_by_unit(hand, BOTH),
        quality.quality_by_region(hand, BOTH),
        quality.unmapped_programs(hand, BOTH),
        quality.mapped_codes(hand),
        quality.page_readiness(hand, BOTH),
    ]
    text = " ".join(f.astype(str).to_csv() for f in frames)
    for nip in NIP.values():
        assert nip not in text
    for name in ("Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh"):
        assert f",{name}," not in text


# ---------------------------------------------------------------- programmes and codes
def test_unmapped_and_ambiguous_programmes(hand) -> None:
    df = quality.unmapped_programs(hand, BOTH)
    assert df[["program", "basis", "employees"]].values.tolist() == [
        ["S-1 Ilmu Kelautan", "unmapped", 2],  # E5, E6
        ["S-1 Hukum Sipil", "ambiguous", 1],  # E4
    ]
    assert pd.isna(df["candidate_fields"].iloc[0])
    assert df["candidate_fields"].iloc[1] == "hukum, teknik_sipil"
    # "SMA Negeri" maps by keyword; per region only that region's employees
    assert quality.unmapped_programs(hand, Filters(regions=("SLT",)))["program"].tolist() == [
        "S-1 Hukum Sipil"
    ]


def test_a_mapping_file_takes_a_programme_off_the_list(hand, tmp_path) -> None:
    path = tmp_path / "mapped.duckdb"
    con = duckdb.connect(str(path))
    create_schema(con)
    execute_hand_sql(con, HAND_DATA.format(**NIP))
    con.execute(
        "insert into education_mapping (program, field_id) values ('s-1 ilmu  kelautan', 'lingkungan')"
    )
    refresh_derived(con)
    assert quality.unmapped_programs(con, BOTH)["program"].tolist() == ["S-1 Hukum Sipil"]
    con.close()


def test_mapped_codes_of_loaded_imports(hand) -> None:
    df = quality.mapped_codes(hand)
    # the undone import (2) no longer counts; newest import first
    assert df[["import_id", "file_name", "table_name", "column_name", "value", "code", "rows"]].values.tolist() == [
        [3, "skp_lama.csv", "evaluations", "predikat", "BAIK", "2", 7],
        [1, "skp_2024.csv", "evaluations", "hasil_kerja", "SESUAI EKSPEKTASI", "2", 30],
        [1, "skp_2024.csv", "evaluations", "hasil_kerja", "DIATAS EKSPEKTASI", "1", 12],
        [1, "skp_2024.csv", "evaluations", "perilaku", "Sesuai Ekspektasi", "2", 42],
    ]  # fmt: skip


# ---------------------------------------------------------------- readiness
def readiness_of(df: pd.DataFrame, region_id: str, requirement: str) -> tuple:
    r = df[(df["region_id"] == region_id) & (df["requirement"] == requirement)]
    assert r["status"].nunique() == 1 and r["have"].nunique() == 1  # the same on every page
    r = r.iloc[0]
    total = None if pd.isna(r.total) else int(r.total)
    auto = None if pd.isna(r.auto_created) else int(r.auto_created)
    return r.status, int(r.have), total, auto


def test_page_readiness_by_hand(hand) -> None:
    df = quality.page_readiness(hand, BOTH)
    expected = {
        # SLT: four employees (E3 without a post), three posts (P3 made from an export)
        ("SLT", "employees"): ("ok", 4, None, None),
        ("SLT", "employees_in_post"): ("partial", 3, 4, None),
        ("SLT", "post_levels"): ("partial", 2, 4, None),  # E3 no post, E4's post has no jenjang
        ("SLT", "education_fields"): ("partial", 3, 4, None),  # E4's programme is ambiguous
        ("SLT", "evaluations"): ("ok", 4, None, None),  # monthly: E1 twice, E2, E4 (scores or not)
        ("SLT", "periodic_evaluations"): ("ok", 4, None, None),
        ("SLT", "annual_ratings"): ("missing", 0, 4, None),
        ("SLT", "competency_standards"): ("partial", 2, 3, 1),  # the one without: auto-created P3
        ("SLT", "staffing_need"): ("partial", 2, 3, 1),
        ("SLT", "competency_assessments"): ("partial", 1, 4, None),
        ("SLT", "potential"): ("partial", 1, 4, None),
        ("SLT", "trainings"): ("ok", 1, None, None),
        ("SLT", "placements"): ("ok", 1, None, None),
        # JMB: annual evaluations only
        ("JMB", "employees"): ("ok", 3, None, None),
        ("JMB", "employees_in_post"): ("ok", 3, 3, None),
        ("JMB", "post_levels"): ("ok", 3, 3, None),
        ("JMB", "education_fields"): ("partial", 1, 3, None),  # Ilmu Kelautan is unmapped
        ("JMB", "evaluations"): ("ok", 3, None, None),  # annual: E5 2023 and 2024, E6 2023
        ("JMB", "periodic_evaluations"): ("missing", 0, None, None),  # no monthly or quarterly
        ("JMB", "annual_ratings"): ("partial", 2, 3, None),  # E5, and E6 with ratings only; not E7
        ("JMB", "competency_standards"): ("partial", 1, 2, 0),
        ("JMB", "staffing_need"): ("partial", 1, 2, 0),
        ("JMB", "competency_assessments"): ("partial", 1, 3, None),
        ("JMB", "potential"): ("missing", 0, 3, None),
        ("JMB", "trainings"): ("ok", 1, None, None),
        ("JMB", "placements"): ("missing", 0, None, None),
    }
    got = {(r, q): readiness_of(df, r, q) for r, q in expected}
    assert got == expected
    assert quality.regions_of(df) == ["SLT", "JMB"]  # display order, though JMB misses more
    assert set(df["page"]) == set(quality.PAGES)
    assert (df.dropna(subset=["total"]).eval("lacking == total - have")).all()
    # missing rows first, then partial, then complete
    order = df["status"].map({"missing": 0, "partial": 1, "ok": 2})
    assert order.is_monotonic_increasing


def test_layanan_needs_surveys_feedback_and_indicators_in_the_year_range(hand) -> None:
    """Layanan Publik reads SKM results, community feedback and the units' own indicators: each
    is there for a region when a row of one of its units starts within the year range (a
    row of 2022 does not count for 2023-2024), and the page is complete once all are."""
    cur = hand.cursor()  # the rows are taken out again at the end: the module's data stay as they were
    try:
        cur.execute(
            "insert into service_surveys (unit_id, period_start, period_end, respondents, ikm, mutu, ikm_basis) "
            "values ('U1', DATE '2024-01-01', DATE '2024-06-30', 120, 81.2, 'B', 'published'), "
            "('U2', DATE '2024-07-01', DATE '2024-12-31', 80, 77.0, 'B', 'published'), "
            "('U3', DATE '2022-01-01', DATE '2022-06-30', 60, 70.0, 'C', 'published')"
        )
        cur.execute(
            "insert into feedback (unit_id, period_start, period_end, channel, topic, received, resolved) values "
            "('U3', DATE '2023-01-01', DATE '2023-03-31', 'lapor', 'izin', 12, 9)"
        )
        df = quality.page_readiness(cur, BOTH)
        assert readiness_of(df, "SLT", "service_surveys") == ("ok", 2, None, None)
        assert readiness_of(df, "JMB", "service_surveys") == ("missing", 0, None, None)  # 2022 only
        assert readiness_of(df, "SLT", "feedback") == ("missing", 0, None, None)
        assert readiness_of(df, "JMB", "feedback") == ("ok", 1, None, None)
        assert readiness_of(df, "SLT", "outcome_indicators") == ("missing", 0, None, None)
        u1 = quality.page_readiness(
            cur, Filters(regions=("SLT",), year_from=2023, year_to=2024, unit_id="U1")
        )
        assert readiness_of(u1, "SLT", "service_surveys") == ("ok", 1, None, None)  # the unit's own
        status = quality.page_status(df).set_index(["region_id", "page"])["status"]
        assert status["SLT", "layanan"] == "missing" and status["JMB", "layanan"] == "missing"
    finally:
        cur.execute("delete from service_surveys; delete from feedback")


def test_readiness_follows_the_year_range_and_unit(hand) -> None:
    y2023 = quality.page_readiness(hand, Filters(regions=("SLT", "JMB"), year_from=2023, year_to=2023))
    assert readiness_of(y2023, "SLT", "evaluations") == ("missing", 0, None, None)  # all in 2024
    assert readiness_of(y2023, "JMB", "annual_ratings") == ("partial", 2, 3, None)  # E5, E6 in 2023
    assert readiness_of(y2023, "SLT", "competency_assessments") == ("missing", 0, 4, None)  # E1's is 2024
    assert readiness_of(y2023, "JMB", "trainings") == ("ok", 1, None, None)
    u2 = quality.page_readiness(
        hand, Filters(regions=("SLT", "JMB"), year_from=2023, year_to=2024, unit_id="U2")
    )
    assert set(u2["region_id"]) == {"SLT"}  # the unit's region only
    assert readiness_of(u2, "SLT", "competency_standards") == ("missing", 0, 1, 1)


def test_page_status_and_gaps(hand) -> None:
    df = quality.page_readiness(hand, BOTH)
    status = quality.page_status(df)
    slt = status[status["region_id"] == "SLT"].set_index("page")["status"].to_dict()
    jmb = status[status["region_id"] == "JMB"].set_index("page")["status"].to_dict()
    # kinerja needs evaluations of any period type, with or without a score: complete in both
    assert slt == dict.fromkeys(quality.PAGES, "partial") | {
        "kinerja": "ok",
        "talenta": "missing",
        "layanan": "missing",
    }
    assert jmb == {
        "ringkasan": "missing", "kompetensi": "partial", "kinerja": "ok", "pelatihan": "missing",
        "talenta": "missing", "kebutuhan": "partial", "penempatan": "missing", "layanan": "missing",
    }  # fmt: skip
    gaps = quality.readiness_gaps(df)
    assert gaps.loc[gaps["region_id"] == "SLT", "requirement"].tolist() == [
        "annual_ratings",  # missing first, then in the order the pages need them
        "service_surveys", "feedback", "outcome_indicators",  # Layanan Publik: none in these data
        "competency_standards", "competency_assessments", "employees_in_post", "education_fields",
        "potential", "post_levels", "staffing_need",
    ]  # fmt: skip
    standards = row(gaps, region_id="SLT", requirement="competency_standards")
    assert standards.pages == ("ringkasan", "kompetensi", "penempatan")
    assert (
        gaps["region_id"].tolist()[:1] == ["SLT"] and not gaps.duplicated(["region_id", "requirement"]).any()
    )


def test_empty_reasons_name_what_is_missing_not_what_follows_from_it(hand) -> None:
    df = quality.page_readiness(hand, BOTH)
    # JMB rates annually only: its kinerja page has an answer, its training estimate none
    assert quality.empty_reasons(df, "kinerja").empty
    pelatihan = quality.empty_reasons(df, "pelatihan")
    assert pelatihan[["region_id", "requirement"]].values.tolist() == [["JMB", "periodic_evaluations"]]
    talenta = quality.empty_reasons(df, "talenta")
    assert sorted(talenta[["region_id", "requirement"]].values.tolist()) == [
        ["JMB", "potential"],
        ["SLT", "annual_ratings"],
    ]
    assert quality.empty_reasons(df, "presentasi").empty  # not a page the checks know
    assert quality.empty_reasons(None, "kinerja").empty


def test_no_reason_when_the_filter_selects_nothing(hand) -> None:
    nothing = [
        Filters(regions=("SWL",), year_from=2023, year_to=2024),  # a region without data
        Filters(regions=("SLT",), year_from=2023, year_to=2024, unit_id="U1", jenis_jabatan=4),
    ]
    for f in nothing:
        df = quality.page_readiness(hand, f)
        assert quality.staffed_regions(df) == []
        for page in quality.PAGES:
            assert quality.empty_reasons(df, page).empty, (f, page)


def test_viewers_see_small_counts_of_employees_hidden_but_posts_in_full(hand) -> None:
    df = quality.protect_readiness(quality.page_readiness(hand, BOTH), threshold=5)
    slt = df[df["region_id"] == "SLT"].drop_duplicates("requirement").set_index("requirement")
    # four employees in SLT: every employee count of the region is a small group
    for requirement in ("employees", "employees_in_post", "competency_assessments"):
        assert privacy.is_suppressed(slt, "have")[requirement], requirement
    assert privacy.is_suppressed(slt, "total")["employees_in_post"]
    assert slt.loc["employees_in_post", "total_small"]
    # posts and evaluations are not people: shown as they are
    assert (slt.loc["competency_standards", ["have", "total"]].tolist()) == [2, 3]
    assert not privacy.is_suppressed(slt, "have")["competency_standards"]
    assert slt.loc["evaluations", "have"] == 4
    # the statuses stay
    assert slt.loc["employees_in_post", "status"] == "partial"
    full = quality.protect_readiness(quality.page_readiness(hand, BOTH), threshold=1)
    assert not privacy.is_suppressed(full, "have").any()


# ---------------------------------------------------------------- on the demo
# (the invariants of every quality function: tests/test_invariants.py, from their specs)
def test_demo_readiness_is_complete_where_the_demo_has_everything(con) -> None:
    df = quality.page_readiness(con, Filters())
    # the demo fills every table: nothing is missing altogether but one region's outcome
    # indicators (at this scale Salatiga's permit office, the unit that reports one, has no
    # staff); assessments and potential do not cover everyone (hired after the last round)
    missing = df.loc[df["status"] == "missing", ["requirement", "region_id"]].drop_duplicates()
    assert missing.values.tolist() in ([], [["outcome_indicators", "SLT"]])
    partial = set(df.loc[df["status"] == "partial", "requirement"])
    assert partial <= {"competency_assessments", "potential"}
    assert quality.empty_reasons(df, "kompetensi").empty
