"""Talent 9-box and succession pool on a hand-made database; the 9-box table
cell by cell against shared/DOMAIN.md.

Two regions, three units, ten posts, thirteen employees (E9-E13 have no
evaluation: they only matter for staffing and retirements, tests/test_staffing.py).

The kinerja level is the latest annual SKP result's hasil kerja rating (PermenPANRB
3/2020: di atas / sesuai / di bawah ekspektasi), not a cut-off on the score; only a
PP 46/2011 score-only row (no ratings: E1-E4 here, as an older export) falls back to
its score against the cut-offs. E5 and E7 have scores that the cut-offs would read
the other way: their ratings win.

| emp | unit | post                    | annual kinerja (year)                      | potensi (date)       | box (60/80) |
|-----|------|-------------------------|--------------------------------------------|----------------------|-------------|
| E1  | U1   | S1 struktural           | score-only 60 (2024)                       | 61                   | 3 (bawah, menengah) |
| E2  | U1   | F1 fungsional           | score-only 61 (2024); monthly 99           | 60                   | 2 (sesuai, rendah)  |
| E3  | U1   | F1 fungsional           | score-only 80 (2024)                       | 81                   | 8 (sesuai, tinggi)  |
| E4  | U2   | F2 pelaksana            | score-only 81 (2024)                       | 80                   | 7 (atas, menengah)  |
| E5  | U2   | S3 struktural           | Di Atas (score 70) (2024)                  | 95                   | 9 (atas, tinggi)    |
| E6  | U1   | F1 fungsional           | Sesuai (2024)                              | none -> left out     | -           |
| E7  | U3   | S4 struktural           | Di Bawah (score 95) (2024)                 | 50                   | 1           |
| E8  | U3   | F3 pelaksana            | Di Atas (2023), Sesuai (2024)              | 90 (2022), 65 (2024) | 5 (latest: sesuai / 65) |

Cut-offs 60 / 80 (potensi, and the score-only rows): score <= 60 level 1, <= 80
level 2, else 3 (60 -> 1, 61 -> 2, 80 -> 2, 81 -> 3). SLT: five employees, one each
in boxes 3, 2, 8, 7, 9 (share 0.2 each; four by score, one by rating); JMB: boxes 1
and 5 (0.5 each, both by rating). By the scores E5 would be box 8 and E7 box 4.

Structural posts (as-of date: 2024-12-31, the last year with evaluations;
two years on: 2026-12-31): S1 (U1) held by E1, BUP 58, born 1968-03-01 ->
retires 2026-03-01: retiring. S2 (U1): vacant. S3 (U2) held by E5 (born 1985):
not. S4 (U3) held by E7, born 1969-06-01 -> 2027-06-01: not within two years.
S5 (U3): vacant.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import duckdb
import pytest
from handdb import execute_hand_sql

from analytics import talent
from analytics.db import create_schema, refresh_derived
from analytics.filters import Filters

DOMAIN = Path(__file__).resolve().parents[2] / "shared" / "DOMAIN.md"

NIP = {f"E{i}": f"19700101200001{i:04d}" for i in range(1, 14)}

HAND_DATA = """
insert into units values
    ('U1', 'SLT', 'Bappeda Salatiga', 'badan'),
    ('U2', 'SLT', 'Kecamatan Sidorejo', 'kecamatan'),
    ('U3', 'JMB', 'Diskominfo Jambi', 'dinas');
insert into positions values
    ('S1', 'U1', 'Kepala Bagian', 1, 'Administrator', 31, null, 1),
    ('S2', 'U1', 'Kepala Subbagian', 1, 'Pengawas', 41, null, 1),
    ('F1', 'U1', 'Perencana Ahli Muda', 2, 'Ahli Muda', null, null, 5),
    ('S3', 'U2', 'Kepala Seksi', 1, 'Pengawas', 41, null, 1),
    ('F2', 'U2', 'Pengadministrasi Umum', 4, 'Pelaksana', null, null, 0),
    ('F4', 'U2', 'Analis Ahli Madya', 2, 'Ahli Madya', null, null, 1),
    ('S4', 'U3', 'Kepala Seksi Aplikasi', 1, 'Pengawas', 41, null, 1),
    ('S5', 'U3', 'Kepala Subbagian Umum', 1, 'Pengawas', 42, null, 1),
    ('F3', 'U3', 'Pengadministrasi Umum', 4, 'Pelaksana', null, null, 1),
    ('F5', 'U3', 'Pranata Komputer Ahli Utama', 2, 'Ahli Utama', null, null, 1);
insert into employees values
    ('{E1}', 'Satu', 'L', '1968-03-01', 'PNS', 'IV/a', 40, null, 'S1', '2015-01-01', '1995-01-01'),
    ('{E2}', 'Dua', 'P', '1985-02-02', 'PNS', 'III/b', 40, null, 'F1', '2015-01-01', '2010-01-01'),
    ('{E3}', 'Tiga', 'L', '1990-03-03', 'PNS', 'III/a', 40, null, 'F1', '2016-01-01', '2015-01-01'),
    ('{E4}', 'Empat', 'L', '1966-12-31', 'PNS', 'II/d', 15, null, 'F2', '2000-01-01', '1990-01-01'),
    ('{E5}', 'Lima', 'P', '1985-05-05', 'PNS', 'III/d', 40, null, 'S3', '2020-01-01', '2010-01-01'),
    ('{E6}', 'Enam', 'L', '1967-12-31', 'PNS', 'III/c', 40, null, 'F1', '2010-01-01', '1992-01-01'),
    ('{E7}', 'Tujuh', 'P', '1969-06-01', 'PNS', 'III/d', 40, null, 'S4', '2018-01-01', '1995-01-01'),
    ('{E8}', 'Delapan', 'L', '1990-08-08', 'PPPK', 'V', 15, null, 'F3', '2022-01-01', '2022-01-01'),
    ('{E9}', 'Sembilan', 'L', '1967-01-01', 'PNS', 'II/c', 15, null, 'F3', '2000-01-01', '1990-01-01'),
    ('{E10}', 'Sepuluh', 'P', '1965-07-01', 'PNS', 'IV/b', 45, null, 'F4', '2015-01-01', '1990-01-01'),
    ('{E11}', 'Sebelas', 'L', '1961-01-15', 'PNS', 'IV/d', 50, null, 'F5', '2015-01-01', '1988-01-01'),
    ('{E12}', 'Duabelas', 'P', '1969-12-31', 'PNS', 'IV/a', 45, null, 'F4', '2015-01-01', '1995-01-01'),
    ('{E13}', 'Tigabelas', 'L', '1970-01-01', 'PNS', 'IV/a', 45, null, 'F4', '2015-01-01', '1995-01-01');
insert into potential_assessments values
    ('{E1}', '2024-05-01', 61), ('{E2}', '2024-05-01', 60), ('{E3}', '2024-05-01', 81),
    ('{E4}', '2024-05-01', 80), ('{E5}', '2024-05-01', 95), ('{E7}', '2024-05-01', 50),
    ('{E8}', '2022-05-01', 90), ('{E8}', '2024-05-01', 65);
insert into performance_evaluations values
    ('{E2}', 'bulanan', '2024-03-01', '2024-03-31', null, 1, 1, 1, 99, null, null, null),
    ('{E5}', 'tahunan', '2024-01-01', '2024-12-31', null, 1, 2, 2, 70, null, null, null),
    ('{E6}', 'tahunan', '2024-01-01', '2024-12-31', null, 2, 2, 2, 70, null, null, null),
    ('{E7}', 'tahunan', '2024-01-01', '2024-12-31', null, 3, 3, 5, 95, null, null, null),
    ('{E8}', 'tahunan', '2023-01-01', '2023-12-31', null, 1, 2, 2, 90, null, null, null),
    ('{E8}', 'tahunan', '2024-01-01', '2024-12-31', null, 2, 2, 2, 70, null, null, null);
"""

# PP 46/2011 score-only annual rows (an older export): no ratings, the predikat of the
# score's band (60 Kurang -> 4, 61 Cukup -> 3, 80 and 81 Baik -> 2)
SCORE_ONLY = """
insert into performance_evaluations
    (nip, period_type, period_start, period_end, predikat, predikat_basis, score) values
    ('{E1}', 'tahunan', '2024-01-01', '2024-12-31', 4, 'pp46_score', 60),
    ('{E2}', 'tahunan', '2024-01-01', '2024-12-31', 3, 'pp46_score', 61),
    ('{E3}', 'tahunan', '2024-01-01', '2024-12-31', 2, 'pp46_score', 80),
    ('{E4}', 'tahunan', '2024-01-01', '2024-12-31', 2, 'pp46_score', 81);
"""


def build_hand(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    create_schema(con)
    execute_hand_sql(con, HAND_DATA.format(**NIP))
    con.execute(SCORE_ONLY.format(**NIP))
    refresh_derived(con)
    return con


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    con = build_hand(tmp_path_factory.mktemp("talent") / "hand.duckdb")
    yield con
    con.close()


ALL = Filters(regions=("SLT", "JMB"), year_from=2021, year_to=2025)


def boxes(df, region_id):
    rows = df[df.region_id == region_id]
    return {int(b): int(n) for b, n in zip(rows["box"], rows["employees"], strict=True) if n}


# ------------------------------------------------------------------ 9-box table vs DOMAIN.md

# transcribed from DOMAIN.md "Talent 9-box": box -> (kinerja, potensial, recommendation)
NINE_BOX_FROM_DOMAIN = {
    1: ("di bawah", "rendah", "handled under the regulations"),
    2: ("sesuai", "rendah", "coaching, competency development, better placement"),
    3: ("di bawah", "menengah", "coaching, counselling, development, better placement"),
    4: ("di atas", "rendah", "rotation, competency development"),
    5: ("sesuai", "menengah", "better placement, coaching, development"),
    6: ("di bawah", "tinggi", "better placement, coaching, counselling"),
    7: ("di atas", "menengah", "retain, succession pool, rotation/enrichment, development"),
    8: ("sesuai", "tinggi", "retain, succession pool, rotation/enlargement, coaching"),
    9: ("di atas", "tinggi", "promote and retain, succession pool, award"),
}
KINERJA_WORDS = {"di bawah": 1, "sesuai": 2, "di atas": 3}
POTENSI_WORDS = {"rendah": 1, "menengah": 2, "tinggi": 3}


@pytest.mark.parametrize("box", list(NINE_BOX_FROM_DOMAIN))
def test_nine_box_cell(box):
    kinerja, potensi, recommendation = NINE_BOX_FROM_DOMAIN[box]
    row = next(r for r in talent.NINE_BOX if r[0] == box)
    _, k, p, rec_id, rec_en = row
    assert (k, p) == (KINERJA_WORDS[kinerja], POTENSI_WORDS[potensi])
    assert talent.KINERJA_LEVELS[k][0].lower().startswith(kinerja)
    assert talent.POTENSI_LEVELS[p][0].lower() == potensi
    assert rec_en.lower() == recommendation
    assert rec_id.strip()


def test_nine_box_is_a_bijection_and_the_pool_is_7_to_9():
    cells = {(k, p) for _, k, p, _, _ in talent.NINE_BOX}
    assert len(talent.NINE_BOX) == 9 and len(cells) == 9
    assert sorted(b for b, *_ in talent.NINE_BOX) == list(range(1, 10))
    assert tuple(talent.SUCCESSION_BOXES) == (7, 8, 9)  # DOMAIN.md: boxes 7-9 form the pool
    assert all("suksesi" in r[3] for r in talent.NINE_BOX if r[0] in talent.SUCCESSION_BOXES)
    assert not any("suksesi" in r[3] for r in talent.NINE_BOX if r[0] not in talent.SUCCESSION_BOXES)


@pytest.mark.skipif(not DOMAIN.exists(), reason="shared/DOMAIN.md not beside the repository")
def test_nine_box_read_from_domain_md():
    text = DOMAIN.read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d) \| ([a-z ]+) \| ([a-z]+) \| (.+?) \|$", text, re.M)
    assert len(rows) == 9
    for box, kinerja, potensi, recommendation in rows:
        assert NINE_BOX_FROM_DOMAIN[int(box)] == (kinerja, potensi, recommendation)
    assert "Boxes 7-9 form the promotion / succession pool" in text
    assert "0-60 / 61-80 / 81-100" in text


def test_default_cut_offs_are_the_documented_settings(hand):
    settings = dict(hand.execute("select key, value from settings").fetchall())
    # DOMAIN.md: 0-60 / 61-80 / 81-100 (a convention, L)
    assert (settings["talent_cut_low"], settings["talent_cut_high"]) == (60.0, 80.0)
    assert (talent.DEFAULT_CUT_LOW, talent.DEFAULT_CUT_HIGH) == (60.0, 80.0)


# ------------------------------------------------------------------ talent_grid by hand
def test_grid_at_the_cut_off_boundaries(hand):
    df = talent.talent_grid(hand, ALL)
    # 60 -> rendah/di bawah, 61 -> menengah/sesuai, 80 -> menengah/sesuai, 81 -> tinggi/di atas
    # (potensi, and E1-E4's score-only kinerja); E6 has no potensi; E2's monthly 99 is not annual
    assert boxes(df, "SLT") == {3: 1, 2: 1, 8: 1, 7: 1, 9: 1}
    assert boxes(df, "JMB") == {1: 1, 5: 1}  # E8: latest annual Sesuai, latest potensi 65
    slt = df[df.region_id == "SLT"]
    assert list(slt["box"]) == list(range(1, 10))  # every box, zeros included
    assert slt.set_index("box")["share"].to_dict() == pytest.approx(
        {1: 0, 2: 0.2, 3: 0.2, 4: 0, 5: 0, 6: 0, 7: 0.2, 8: 0.2, 9: 0.2}
    )
    assert df.groupby("region_id")["share"].sum().to_numpy() == pytest.approx([1.0, 1.0])
    assert set(df.loc[df.succession_pool, "box"]) == {7, 8, 9}
    box9 = df[(df.region_id == "SLT") & (df.box == 9)].iloc[0]
    assert (box9.kinerja_level, box9.potensi_level) == (3, 3)
    assert box9.recommendation_en == "Promote and retain, succession pool, award"
    # E1-E4 by the score fallback, E5 by its rating; JMB's two by their ratings
    by_basis = df.groupby("region_id")[["by_rating", "by_score"]].first()
    assert by_basis.loc["SLT"].to_dict() == {"by_rating": 1, "by_score": 4}
    assert by_basis.loc["JMB"].to_dict() == {"by_rating": 2, "by_score": 0}


def test_kinerja_axis_is_the_rating_not_a_cut_off_on_the_score(hand):
    """PermenPANRB 3/2020: the kinerja axis is the SKP result (di atas / sesuai / di bawah
    ekspektasi). E5 is rated Di Atas with a score of 70 (sesuai by the cut-offs), E7 Di Bawah
    with 95 (di atas by the cut-offs): the ratings place them, whatever the cut-offs."""
    for cuts in ({}, {"cut_low": 40, "cut_high": 96}, {"cut_low": 90, "cut_high": 99}):
        df = talent.talent_grid(hand, ALL, **cuts)
        e5 = df[(df.region_id == "SLT") & (df.kinerja_level == 3) & (df.potensi_level >= 2)]
        assert e5["employees"].sum() >= 1  # E5 di atas (E4's score 81 moves with the cut-offs)
        jmb = df[(df.region_id == "JMB") & (df.employees > 0)]
        assert 1 in set(jmb.kinerja_level)  # E7 di bawah
        assert 3 not in set(jmb.kinerja_level)


def test_changing_the_cut_offs_moves_employees(hand):
    df = talent.talent_grid(hand, ALL, cut_low=50, cut_high=90)
    # <= 50 level 1, <= 90 level 2: E1..E4 (60..81) all sesuai x menengah = box 5; E5 95/95 box 9
    assert boxes(df, "SLT") == {5: 4, 9: 1}
    assert boxes(df, "JMB") == {1: 1, 5: 1}  # E7 rated Di Bawah, potensi 50 (<= 50): box 1
    with pytest.raises(ValueError, match="cut_low"):
        talent.talent_grid(hand, ALL, cut_low=80, cut_high=60)


def test_year_range_picks_the_latest_annual_result_within_it(hand):
    df = talent.talent_grid(hand, Filters(regions=("JMB",), year_from=2023, year_to=2023))
    # E8: annual 2023 Di Atas, potensi up to 2023 = 90 (tinggi) -> box 9; E7 has no 2023 row
    assert boxes(df, "JMB") == {9: 1}
    assert df["share"].sum() == pytest.approx(1.0)


def test_unit_and_jenis_filters(hand):
    assert boxes(talent.talent_grid(hand, Filters(regions=("SLT",), unit_id="U2")), "SLT") == {7: 1, 9: 1}
    assert boxes(talent.talent_grid(hand, Filters(regions=("SLT",), jenis_jabatan=2)), "SLT") == {2: 1, 8: 1}
    assert talent.talent_grid(hand, Filters(regions=("SWL",))).empty


# ------------------------------------------------------------------ succession by hand
def test_succession_by_unit_by_hand(hand):
    df = talent.succession_by_unit(hand, ALL).set_index("unit_id")
    # U1: S1 retiring (E1 reaches BUP 58 on 2026-03-01 <= 2026-12-31), S2 vacant; pool E3 (box 8)
    u1 = df.loc["U1"]
    assert (u1.pool, u1.structural_posts, u1.vacant, u1.retiring, u1.posts_to_fill) == (1, 2, 1, 1, 2)
    assert u1.pool_per_post == pytest.approx(0.5)
    # U2: S3 held by E5 (retires 2043); pool E4 (box 7) and E5 (box 9); nothing to fill
    u2 = df.loc["U2"]
    assert (u2.pool, u2.structural_posts, u2.vacant, u2.retiring, u2.posts_to_fill) == (2, 1, 0, 0, 0)
    assert math.isnan(u2.pool_per_post)
    # U3: S4 held by E7 (BUP on 2027-06-01, after 2026-12-31), S5 vacant; no one in boxes 7-9
    u3 = df.loc["U3"]
    assert (u3.pool, u3.structural_posts, u3.vacant, u3.retiring, u3.posts_to_fill) == (0, 2, 1, 0, 1)
    assert u3.pool_per_post == 0
    assert str(u1.as_of_date)[:10] == "2024-12-31"
    assert list(df.index) == ["U1", "U3", "U2"]  # most posts to fill first


def test_succession_by_region_by_hand(hand):
    df = talent.succession_by_region(hand, ALL).set_index("region_id")
    slt, jmb = df.loc["SLT"], df.loc["JMB"]
    assert (slt.pool, slt.structural_posts, slt.vacant, slt.retiring, slt.posts_to_fill) == (3, 3, 1, 1, 2)
    assert slt.pool_per_post == pytest.approx(1.5)
    assert (jmb.pool, jmb.structural_posts, jmb.vacant, jmb.retiring, jmb.posts_to_fill) == (0, 2, 1, 0, 1)


def test_succession_pool_follows_cut_offs_and_jenis_but_posts_stay_structural(hand):
    # cut-offs 50/90: only E5 (Di Atas, potensi 95) is in boxes 7-9
    df = talent.succession_by_region(hand, ALL, cut_low=50, cut_high=90).set_index("region_id")
    assert (df.loc["SLT"].pool, df.loc["JMB"].pool) == (1, 0)
    # fungsional candidates only (E3 in U1), against the same structural posts
    df = talent.succession_by_unit(hand, Filters(regions=("SLT",), jenis_jabatan=2)).set_index("unit_id")
    assert (df.loc["U1"].pool, df.loc["U1"].posts_to_fill) == (1, 2)
    assert (df.loc["U2"].pool, df.loc["U2"].structural_posts) == (0, 1)


# ------------------------------------------------------------------ the small demo database
def test_demo_grid_is_complete_and_consistent_with_the_pool(con):
    f = Filters()
    grid = talent.talent_grid(con, f)
    assert (grid.groupby("region_id")["box"].count() == 9).all()
    assert grid.groupby("region_id")["share"].sum().to_numpy() == pytest.approx(1.0)
    pool_from_grid = grid[grid.box.isin(talent.SUCCESSION_BOXES)].groupby("region_id")["employees"].sum()
    by_region = talent.succession_by_region(con, f).set_index("region_id")
    assert (by_region["pool"] == pool_from_grid.reindex(by_region.index).fillna(0)).all()
    by_unit = talent.succession_by_unit(con, f)
    assert by_unit.groupby("region_id")["pool"].sum().to_dict() == by_region["pool"].to_dict()
    assert (
        by_unit.groupby("region_id")["posts_to_fill"].sum().to_dict() == by_region["posts_to_fill"].to_dict()
    )
    # the grid counts no more employees than are in service
    (staff,) = con.execute("select count(*) from employees").fetchone()
    assert grid["employees"].sum() <= staff


def test_demo_lower_cut_offs_raise_the_pool(con):
    f = Filters()
    default = talent.succession_by_region(con, f)["pool"].sum()
    lower = talent.succession_by_region(con, f, cut_low=50, cut_high=70)["pool"].sum()
    assert lower > default
