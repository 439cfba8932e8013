"""Staffing need vs headcount and retirements by BUP, on the hand-made database
of tests/test_talent.py (same posts and employees; see its docstring).

Posts: need (ABK) / headcount -> gap = headcount - need
| post | unit | kind        | need | holders         | gap |
|------|------|-------------|------|-----------------|-----|
| S1   | U1   | struktural  | 1    | E1              | 0   |
| S2   | U1   | struktural  | 1    | -               | -1  |
| F1   | U1   | Ahli Muda   | 5    | E2, E3, E6      | -2  |
| S3   | U2   | struktural  | 1    | E5              | 0   |
| F2   | U2   | Pelaksana   | 0    | E4              | +1  |
| F4   | U2   | Ahli Madya  | 1    | E10, E12, E13   | +2  |
| S4   | U3   | struktural  | 1    | E7              | 0   |
| S5   | U3   | struktural  | 1    | -               | -1  |
| F3   | U3   | Pelaksana   | 1    | E8, E9          | +1  |
| F5   | U3   | Ahli Utama  | 1    | E11             | 0   |

Retirement dates (birth + BUP; as-of date 2024-12-31, the last year with
annual evaluations): E4 2024-12-31 (58, already due), E9 2025-01-01 (58),
E10 2025-07-01 (60), E6 2025-12-31 (58) -> year 1; E1 2026-03-01 (58),
E11 2026-01-15 (65) -> year 2; E7 2027-06-01 (58) -> year 3; E12 2029-12-31
(60) -> year 5; E13 2030-01-01 (60) -> year 6, outside every horizon.
"""

from __future__ import annotations

import pytest
from test_talent import build_hand  # tests/ is on sys.path under pytest

from analytics import staffing
from analytics.db import refresh_derived
from analytics.filters import Filters


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    con = build_hand(tmp_path_factory.mktemp("staffing") / "hand.duckdb")
    yield con
    con.close()


ALL = Filters(regions=("SLT", "JMB"), year_from=2021, year_to=2025)


# ------------------------------------------------------------------ need vs actual
def test_staffing_by_post_ranks_both_ways(hand):
    df = staffing.staffing_by_post(hand, ALL)
    under = df[df.direction == "under"]
    over = df[df.direction == "over"]
    # ties on |gap| 1: larger need first, then post id (S2 before S5; F3 need 1 before F2 need 0)
    assert list(zip(under.position_id, under.gap, under["rank"], strict=True)) == [
        ("F1", -2, 1),
        ("S2", -1, 2),
        ("S5", -1, 3),
    ]
    assert list(zip(over.position_id, over.gap, over["rank"], strict=True)) == [
        ("F4", 2, 1),
        ("F3", 1, 2),
        ("F2", 1, 3),
    ]
    f1 = df.set_index("position_id").loc["F1"]
    assert (f1.staffing_need, f1.headcount, f1.unit_name) == (5, 3, "Bappeda Salatiga")
    assert list(staffing.staffing_by_post(hand, ALL, n=1)["position_id"]) == ["F1", "F4"]


def test_staffing_by_post_filters(hand):
    slt = staffing.staffing_by_post(hand, Filters(regions=("SLT",)))
    assert sorted(slt.position_id) == ["F1", "F2", "F4", "S2"]
    struktural = staffing.staffing_by_post(hand, Filters(regions=("SLT", "JMB"), jenis_jabatan=1))
    assert sorted(struktural.position_id) == ["S2", "S5"]


def test_staffing_by_unit_by_hand(hand):
    df = staffing.staffing_by_unit(hand, ALL)
    assert list(df.unit_id) == ["U1", "U3", "U2"]  # most under-staffed first
    u = df.set_index("unit_id")
    # U1: need 1 + 1 + 5 = 7, headcount 1 + 0 + 3 = 4
    assert (u.loc["U1"].posts, u.loc["U1"].staffing_need, u.loc["U1"].headcount, u.loc["U1"].gap) == (
        3,
        7,
        4,
        -3,
    )
    assert u.loc["U1"].fill_rate == pytest.approx(4 / 7)
    assert (u.loc["U1"].posts_under, u.loc["U1"].posts_over) == (2, 0)
    # U2: need 1 + 0 + 1 = 2, headcount 1 + 1 + 3 = 5
    assert (u.loc["U2"].staffing_need, u.loc["U2"].headcount, u.loc["U2"].gap) == (2, 5, 3)
    assert u.loc["U2"].fill_rate == pytest.approx(2.5)
    # U3: need 4, headcount 1 + 0 + 2 + 1 = 4; one post under (S5), one over (F3)
    assert (u.loc["U3"].gap, u.loc["U3"].posts_under, u.loc["U3"].posts_over) == (0, 1, 1)


def test_staffing_by_region_by_hand(hand):
    df = staffing.staffing_by_region(hand, ALL).set_index("region_id")
    slt = df.loc["SLT"]
    assert (slt.posts, slt.staffing_need, slt.headcount, slt.gap) == (6, 9, 9, 0)
    assert (slt.posts_under, slt.posts_balanced, slt.posts_over) == (2, 2, 2)
    jmb = df.loc["JMB"]
    assert (jmb.posts, jmb.staffing_need, jmb.headcount) == (4, 4, 4)
    assert (jmb.posts_under, jmb.posts_balanced, jmb.posts_over) == (1, 2, 1)
    struktural = staffing.staffing_by_region(hand, Filters(regions=("SLT",), jenis_jabatan=1)).iloc[0]
    assert (struktural.staffing_need, struktural.headcount, struktural.gap) == (3, 2, -1)


# ------------------------------------------------------------------ retirements
@pytest.mark.parametrize(
    "horizon, expected",
    [
        # unit -> (retiring, BUP 58, BUP 60, BUP 65)
        (1, {"U1": (1, 1, 0, 0), "U2": (2, 1, 1, 0), "U3": (1, 1, 0, 0)}),
        (2, {"U1": (2, 2, 0, 0), "U2": (2, 1, 1, 0), "U3": (2, 1, 0, 1)}),
        (3, {"U1": (2, 2, 0, 0), "U2": (2, 1, 1, 0), "U3": (3, 2, 0, 1)}),
        (4, {"U1": (2, 2, 0, 0), "U2": (2, 1, 1, 0), "U3": (3, 2, 0, 1)}),
        (5, {"U1": (2, 2, 0, 0), "U2": (3, 1, 2, 0), "U3": (3, 2, 0, 1)}),
    ],
)
def test_retirements_by_unit_by_horizon(hand, horizon, expected):
    df = staffing.retirements_by_unit(hand, ALL, horizon=horizon).set_index("unit_id")
    got = {u: (r.retiring, r.retiring_bup58, r.retiring_bup60, r.retiring_bup65) for u, r in df.iterrows()}
    assert got == expected
    assert df["employees"].to_dict() == {"U1": 4, "U2": 5, "U3": 4}
    assert df.loc["U2"].share_retiring == pytest.approx(expected["U2"][0] / 5)


def test_retirements_by_year_by_hand(hand):
    df = staffing.retirements_by_year(hand, ALL, horizon=5)
    got = {(r.region_id, r.year, r.retirement_age): r.retiring for r in df.itertuples()}
    assert got == {
        ("SLT", 2025, 58): 2,  # E4 (already due), E6
        ("SLT", 2025, 60): 1,  # E10
        ("SLT", 2026, 58): 1,  # E1
        ("SLT", 2029, 60): 1,  # E12
        ("JMB", 2025, 58): 1,  # E9
        ("JMB", 2026, 65): 1,  # E11
        ("JMB", 2027, 58): 1,  # E7
    }
    short = staffing.retirements_by_year(hand, ALL, horizon=2)
    assert set(short.years_ahead) == {1, 2}


def test_horizon_outside_1_to_5_is_refused(hand):
    with pytest.raises(ValueError, match="horizon"):
        staffing.retirements_by_unit(hand, ALL, horizon=6)


def test_posts_without_an_abk_need_are_counted_apart(tmp_path):
    """A post made from an export has no ABK need yet: its holders are not "over need"; the
    region's need, headcount, gap and fill rate are over the posts that have one."""
    con = build_hand(tmp_path / "hand.duckdb")
    try:
        con.execute(
            "insert into positions (position_id, unit_id, name, jenis_jabatan, level, staffing_need, auto_created) "
            "values ('X1', 'U1', 'Pengadministrasi Umum', 4, 'Pelaksana', null, true)"
        )
        con.execute(
            "update employees set position_id = 'X1' where position_id = 'F1' and nip = (select min(nip) from employees where position_id = 'F1')"
        )
        refresh_derived(con)
        slt = staffing.staffing_by_region(con, Filters(regions=("SLT",))).iloc[0]
        # SLT before: 6 posts, need 9, headcount 9; one F1 holder moved to X1 (no need)
        assert (slt.posts, slt.staffing_need, slt.headcount, slt.gap) == (6, 9, 8, -1)
        assert (slt.posts_without_need, slt.headcount_without_need) == (1, 1)
        u1 = staffing.staffing_by_unit(con, Filters(regions=("SLT",))).set_index("unit_id").loc["U1"]
        assert (u1.posts, u1.staffing_need, u1.headcount, u1.posts_without_need) == (3, 7, 3, 1)
        assert "X1" not in set(staffing.staffing_by_post(con, ALL).position_id)
        # a region none of whose posts has a need has no row: the page says what is missing
        con.execute(
            "update positions set staffing_need = null where unit_id in (select unit_id from units where region_id = 'JMB')"
        )
        refresh_derived(con)
        assert list(staffing.staffing_by_region(con, ALL).region_id) == ["SLT"]
    finally:
        con.close()


# ------------------------------------------------------------------ the small demo database
def test_demo_headcount_matches_employees_and_horizons_grow(con):
    f = Filters()
    regions = staffing.staffing_by_region(con, f)
    (staff,) = con.execute("select count(*) from employees").fetchone()
    (posts,) = con.execute("select count(*) from positions").fetchone()
    assert regions["headcount"].sum() == staff
    assert regions["posts"].sum() == posts
    assert (regions.posts_under + regions.posts_balanced + regions.posts_over == regions.posts).all()
    units = staffing.staffing_by_unit(con, f)
    assert units["gap"].sum() == regions["gap"].sum()
    totals = [staffing.retirements_by_unit(con, f, horizon=h)["retiring"].sum() for h in staffing.HORIZONS]
    assert totals == sorted(totals) and totals[-1] > 0
    by_year = staffing.retirements_by_year(con, f, horizon=5)
    assert by_year["retiring"].sum() == totals[-1]


def test_retirements_and_succession_share_one_as_of_date(tmp_path):
    """An annual evaluation without a score in a later year (2025) moves both dates to
    31 Dec 2025: the as-of date is the end of the latest year with any evaluation, scored
    or not (a SIASN export has ratings and no score). Before, both counted from the last
    year with annual *scores* (2024), so a ratings-only database counted from today."""
    from test_talent import NIP

    from analytics import talent

    con = build_hand(tmp_path / "hand.duckdb")
    try:
        before = staffing.retirements_by_unit(con, ALL, horizon=1).set_index("unit_id")
        assert {str(d)[:10] for d in before.as_of_date} == {"2024-12-31"}
        con.execute(
            "insert into performance_evaluations (nip, period_type, period_start, period_end, "
            "hasil_kerja, perilaku, predikat, score) "
            "values (?, 'tahunan', '2025-01-01', '2025-12-31', 2, 2, 2, null)",
            [NIP["E1"]],
        )
        refresh_derived(con)
        by_unit = staffing.retirements_by_unit(con, ALL, horizon=1).set_index("unit_id")
        by_year = staffing.retirements_by_year(con, ALL, horizon=5)
        succession = talent.succession_by_unit(con, ALL)
        assert {str(d)[:10] for d in by_unit.as_of_date} == {"2025-12-31"}
        assert {str(d)[:10] for d in succession.as_of_date} == {"2025-12-31"}
        assert min(by_year.year) == 2026  # year 1 after 31 Dec 2025
        # within a year of 2025-12-31: U1 E6 (2025-12-31), E1 (2026-03-01); U2 E4 (2024-12-31,
        # already due), E10 (2025-07-01); U3 E9 (2025-01-01), E11 (2026-01-15)
        assert by_unit.retiring.to_dict() == {"U1": 2, "U2": 2, "U3": 2}
        assert before.retiring.to_dict() == {"U1": 1, "U2": 2, "U3": 1}
    finally:
        con.close()


GURU = """
insert into positions values
    ('G1', 'U2', 'Guru Ahli Pertama', 2, 'Ahli Pertama', null, 'pendidikan', 1),
    ('G2', 'U2', 'Guru Ahli Utama', 2, 'Ahli Utama', null, 'pendidikan', 1),
    ('G3', 'U3', 'GURU  Kelas', 2, null, null, null, 1),
    ('P1', 'U3', 'Pengawas Sekolah Ahli Muda', 2, 'Ahli Muda', null, 'pendidikan', 1);
insert into employees values
    ('196606012000011101', 'Guru Satu', 'P', '1966-06-01', 'PNS', 'III/c', 40, 'pendidikan', 'G1', '2010-01-01', '2000-01-01'),
    ('196303012000011102', 'Guru Dua', 'L', '1963-03-01', 'PNS', 'IV/d', 45, 'pendidikan', 'G2', '2010-01-01', '2000-01-01'),
    ('196509012000012103', 'Guru Tiga', 'P', '1965-09-01', 'PNS', 'III/a', 40, 'pendidikan', 'G3', '2010-01-01', '2000-01-01'),
    ('196606012000011104', 'Pengawas', 'L', '1966-06-01', 'PNS', 'III/d', 40, 'pendidikan', 'P1', '2010-01-01', '2000-01-01');
"""


def test_guru_retire_at_60_whatever_their_jenjang(tmp_path):
    """UU 14/2005: teachers retire at 60. By jenjang a Guru Ahli Pertama would go at 58 and a
    Guru Ahli Utama at 65, and a guru post without a jenjang would have no BUP at all; a
    school supervisor (Pengawas Sekolah) is not a guru and keeps the BUP of its jenjang.
    As-of date 2024-12-31:

    | employee  | post (jenjang)             | born       | BUP | retires    | year ahead |
    |-----------|----------------------------|------------|-----|------------|------------|
    | Guru Satu | Guru Ahli Pertama (58)     | 1966-06-01 | 60  | 2026-06-01 | 2 (2026)   |
    | Guru Dua  | Guru Ahli Utama (65)       | 1963-03-01 | 60  | 2023-03-01 | 1 (due)    |
    | Guru Tiga | "GURU  Kelas" (none)       | 1965-09-01 | 60  | 2025-09-01 | 1 (2025)   |
    | Pengawas  | Pengawas Sekolah Ahli Muda | 1966-06-01 | 58  | 2024-06-01 | 1 (due)    |
    """
    from handdb import execute_hand_sql

    con = build_hand(tmp_path / "hand.duckdb")
    try:
        execute_hand_sql(con, GURU)
        refresh_derived(con)
        rules = dict(
            con.execute(
                "select position_id, retirement_age || ' ' || bup_rule from v_employees "
                "where position_id in ('G1', 'G2', 'G3', 'P1')"
            ).fetchall()
        )
        assert rules == {"G1": "60 guru", "G2": "60 guru", "G3": "60 guru", "P1": "58 jenjang"}
        assert con.execute(
            "select count(*) from bup_by_post where family = 'guru' and retirement_age = 60"
        ).fetchall() == [(1,)]
        by_year = staffing.retirements_by_year(con, ALL, horizon=5)
        got = {(r.region_id, r.year, r.retirement_age): r.retiring for r in by_year.itertuples()}
        # tests/test_talent.py's people as in test_retirements_by_year_by_hand, plus the four
        assert got == {
            ("SLT", 2025, 58): 2,  # E4 (already due), E6
            ("SLT", 2025, 60): 2,  # E10, Guru Dua (already due)
            ("SLT", 2026, 58): 1,  # E1
            ("SLT", 2026, 60): 1,  # Guru Satu
            ("SLT", 2029, 60): 1,  # E12
            ("JMB", 2025, 58): 2,  # E9, Pengawas (already due)
            ("JMB", 2025, 60): 1,  # Guru Tiga
            ("JMB", 2026, 65): 1,  # E11
            ("JMB", 2027, 58): 1,  # E7
        }
        units = staffing.retirements_by_unit(con, ALL, horizon=1).set_index("unit_id")
        assert (units.loc["U2"].retiring, units.loc["U2"].retiring_bup60) == (3, 2)  # E4, E10, Guru Dua
        assert (units.loc["U3"].retiring, units.loc["U3"].retiring_bup60) == (3, 1)  # E9, Pengawas, Guru Tiga
    finally:
        con.close()
