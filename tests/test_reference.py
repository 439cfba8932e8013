"""Regulation tables, cell by cell against shared/DOMAIN.md.

Each expected value below is transcribed from DOMAIN.md; where the file is
present beside the repository (as in CI), the predikat matrix and the 9 JPM /
jenis-diklat facts are also read from it directly.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from analytics import reference
from analytics.db import create_schema

DOMAIN = Path(__file__).resolve().parents[2] / "shared" / "DOMAIN.md"

# rows hasil kerja, columns perilaku: Di Atas (1), Sesuai (2), Di Bawah (3)
MATRIX_FROM_DOMAIN = {
    (1, 1): "Sangat Baik", (1, 2): "Baik", (1, 3): "Kurang/Misconduct",
    (2, 1): "Baik", (2, 2): "Baik", (2, 3): "Kurang/Misconduct",
    (3, 1): "Butuh Perbaikan", (3, 2): "Butuh Perbaikan", (3, 3): "Sangat Kurang",
}  # fmt: skip


@pytest.fixture(scope="module")
def ref_con():
    con = duckdb.connect()
    create_schema(con)
    yield con
    con.close()


@pytest.mark.parametrize("cell", list(MATRIX_FROM_DOMAIN))
def test_predikat_matrix_cell(ref_con, cell):
    expected = MATRIX_FROM_DOMAIN[cell]
    code = reference.predikat(*cell)
    assert reference.PREDIKAT_LABELS[code][0] == expected
    # the same cell in the database table and in the evaluations check constraint
    row = ref_con.execute(
        "select l.name_id from predikat_matrix m join predikat_labels l using (predikat) "
        "where hasil_kerja = ? and perilaku = ?",
        list(cell),
    ).fetchone()
    assert row[0] == expected


def test_predikat_codes_follow_siasn():
    names = [reference.PREDIKAT_LABELS[i][0] for i in range(1, 6)]
    assert names == ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]


def test_predikat_is_not_max_of_ratings():
    # DOMAIN.md: computing predikat as max(a, b) is wrong for the Kurang/Misconduct cells
    assert reference.predikat(1, 3) == 4 and max(1, 3) != 4


def test_evaluation_check_constraint_rejects_wrong_predikat(ref_con):
    ref_con.execute("begin")
    try:
        with pytest.raises(duckdb.ConstraintException):
            ref_con.execute(
                "insert into performance_evaluations (nip, period_type, period_start, period_end, "
                "hasil_kerja, perilaku, predikat) values ('198001012005011001', 'bulanan', "
                "'2024-01-01', '2024-01-31', 1, 3, 3)"
            )
    finally:
        ref_con.execute("rollback")


@pytest.mark.parametrize(
    "jpm, band",
    [(100, "MS"), (80, "MS"), (79.99, "MMS"), (68, "MMS"), (67.99, "KMS"), (0, "KMS")],
)
def test_jpm_selection_band_boundaries(ref_con, jpm, band):
    got = ref_con.execute(
        "select band from jpm_bands where scheme = 'seleksi' and ? >= min_jpm and (max_jpm is null or ? < max_jpm)",
        [jpm, jpm],
    ).fetchall()
    assert got == [(band,)]


@pytest.mark.parametrize(
    "jpm, band",
    [(90, "Optimal"), (89.9, "Cukup Optimal"), (78, "Cukup Optimal"), (77.9, "Kurang Optimal")],
)
def test_jpm_mapping_band_boundaries(ref_con, jpm, band):
    got = ref_con.execute(
        "select band from jpm_bands where scheme = 'pemetaan' and ? >= min_jpm and (max_jpm is null or ? < max_jpm)",
        [jpm, jpm],
    ).fetchall()
    assert got == [(band,)]


def test_jp_entitlement_is_20(ref_con):
    assert ref_con.execute("select value from settings where key = 'jp_entitlement'").fetchone() == (20.0,)


def test_jenis_diklat_codes():
    # DOMAIN.md's list, and the codes SIASN's reference list adds (13, 19-21, 24, 25)
    expected = {
        1: "Struktural", 2: "Fungsional", 3: "Teknis", 4: "Workshop", 5: "Pelatihan Manajerial",
        6: "Sosial Kultural", 7: "Sosialisasi", 8: "Bimtek", 9: "Seminar", 10: "Magang", 11: "Kursus",
        12: "Penataran", 14: "Coaching", 15: "Mentoring", 16: "E-Learning", 17: "Pelatihan Jarak Jauh",
        18: "Detasering", 22: "Belajar Mandiri", 23: "Community of Practice",
    }  # fmt: skip
    codes = dict(reference.JENIS_DIKLAT)
    assert {k: codes[k] for k in expected} == expected
    assert sorted(set(codes) - set(expected)) == [13, 19, 20, 21, 24, 25]


def test_golongan_siasn_ids():
    pns = {g: i for g, t, i in reference.GOLONGAN if t == "PNS"}
    assert pns["I/a"] == 11 and pns["II/d"] == 24 and pns["III/a"] == 31 and pns["IV/e"] == 45
    assert len(pns) == 17
    assert [g for g, t, _ in reference.GOLONGAN if t == "PPPK"][-1] == "XVII"


def test_competencies_are_the_8_manajerial_and_perekat_bangsa():
    manajerial = [n for _, kind, n, _ in reference.COMPETENCIES if kind == "manajerial"]
    assert manajerial == [
        "Integritas", "Kerja Sama", "Komunikasi", "Orientasi pada Hasil", "Pelayanan Publik",
        "Pengembangan Diri dan Orang Lain", "Mengelola Perubahan", "Pengambilan Keputusan",
    ]  # fmt: skip
    assert [n for _, kind, n, _ in reference.COMPETENCIES if kind == "sosial_kultural"] == ["Perekat Bangsa"]


def test_retirement_ages():
    bup = {level: age for level, _, _, age, _ in reference.JABATAN_LEVELS}
    assert bup["Pelaksana"] == 58 and bup["Administrator"] == 58
    assert bup["JPT Pratama"] == 60 and bup["Ahli Madya"] == 60
    assert bup["Ahli Utama"] == 65


def test_education_level_ids():
    assert dict(reference.EDUCATION_LEVELS) == {
        5: "SD", 10: "SLTP", 15: "SLTA", 20: "D-I", 25: "D-II", 30: "D-III",
        35: "D-IV", 40: "S-1", 45: "S-2", 50: "S-3",
    }  # fmt: skip


@pytest.mark.skipif(not DOMAIN.exists(), reason="shared/DOMAIN.md not beside the repository")
def test_matrix_read_from_domain_md():
    text = DOMAIN.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if re.match(r"\s*\| (Di Atas|Sesuai|Di Bawah) \|", ln)]
    assert len(lines) == 3
    for h, line in enumerate(lines, start=1):
        cells = [c.strip() for c in line.strip().strip("|").split("|")][1:]
        for p, name in enumerate(cells, start=1):
            assert reference.PREDIKAT_LABELS[reference.predikat(h, p)][0] == name
    assert "Every PNS is entitled to at least 20 JP" in text
