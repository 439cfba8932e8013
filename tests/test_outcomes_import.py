"""Public-service outcome data (issue #14) through the import engine: the Survei Kepuasan
Masyarakat in both of its forms, the IKM and mutu by PermenPANRB 14/2017 worked out by
hand, every mutu boundary, staff surveys, feedback and unit indicators. Files are bytes
written here, as analysts' files come."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from import_helpers import open_copy

from analytics import reference as ref
from data.importing import Upload, import_files, table

HEADER = (
    "Kode Unit;Awal Periode;Akhir Periode;Jumlah Responden;U1;U2;U3;U4;U5;U6;U7;U8;U9;IKM;Mutu Pelayanan\r\n"
)


@pytest.fixture
def db(small_db: Path, tmp_path: Path):
    con = open_copy(small_db, tmp_path / "outcomes.duckdb")
    # the demo has outcome data of its own; these tests read back only what they load,
    # as a region that starts collecting would
    for name in ("service_surveys", "staff_surveys", "feedback", "outcome_indicators"):
        con.execute(f"delete from {name}")
    yield con
    con.close()


@pytest.fixture
def units(small_db: Path) -> tuple[str, str]:
    con = duckdb.connect(str(small_db), read_only=True)
    try:
        return tuple(
            r[0] for r in con.execute("select unit_id from units order by unit_id limit 2").fetchall()
        )
    finally:
        con.close()


def load(con, tmp_path: Path, tbl: str, text: str, *, dry_run: bool = False):
    path = tmp_path / f"{tbl}.csv"
    path.write_bytes(text.encode("utf-8"))
    result = import_files(
        con, [Upload(tbl, path, path.name)], user="tester", workdir=tmp_path, dry_run=dry_run
    )
    (report,) = result.files
    return result, report


def test_ikm_from_the_nine_unsur_by_hand() -> None:
    # (3,21 + 3,10 + 3,05 + 3,50 + 3,20 + 3,30 + 3,40 + 3,00 + 3,15) / 9 = 28,91 / 9 = 3,2122...; x 25
    means = [3.21, 3.10, 3.05, 3.50, 3.20, 3.30, 3.40, 3.00, 3.15]
    assert ref.ikm_from_unsur(means) == pytest.approx(28.91 / 9 * 25)
    assert ref.ikm_from_unsur([4] * 9) == 100 and ref.ikm_from_unsur([1] * 9) == 25
    with pytest.raises(ValueError):
        ref.ikm_from_unsur(means[:8])


@pytest.mark.parametrize(
    "ikm, mutu",
    [
        (100.0, "A"), (88.31, "A"), (88.305, "A"), (88.30, "B"), (88.304, "B"), (76.61, "B"),
        (76.605, "B"), (76.60, "C"), (65.00, "C"), (64.995, "C"), (64.99, "D"), (25.0, "D"),
    ],
)  # fmt: skip
def test_every_mutu_boundary(ikm: float, mutu: str) -> None:
    """PermenPANRB 14/2017: 88,31-100 A; 76,61-88,30 B; 65,00-76,60 C; 25,00-64,99 D, an IKM
    read at two decimals (76,605 is 76,61)."""
    assert ref.ikm_mutu(ikm) == mutu


def test_both_forms_load_with_ikm_and_mutu(db, units, tmp_path) -> None:
    a, b = units
    text = HEADER + (
        f"{a};01-01-2024;30-06-2024;384;3,21;3,10;3,05;3,50;3,20;3,30;3,40;3,00;3,15;;\r\n"
        f"{a};01-07-2024;31-12-2024;400;;;;;;;;;;88,31;\r\n"  # published, mutu from the IKM
        f"{b};01-01-2024;31-12-2024;;;;;;;;;;;76,60;C\r\n"  # published with its mutu
        f"{b};01-01-2025;31-12-2025;120;3,53;3,53;3,53;3,53;3,53;3,53;3,53;3,53;3,53;;\r\n"  # 88,25: B
    )
    result, report = load(db, tmp_path, "service_surveys", text)
    assert report.ok and result.written, (report.problem, report.errors[:3])
    rows = db.execute(
        "select unit_id, period_start::varchar, respondents, ikm, mutu, ikm_basis from service_surveys "
        "order by unit_id, period_start"
    ).fetchall()
    assert rows == [
        (a, "2024-01-01", 384, pytest.approx(28.91 / 9 * 25), "B", "unsur"),  # 80,31
        (a, "2024-07-01", 400, 88.31, "A", "published"),
        (b, "2024-01-01", None, 76.6, "C", "published"),
        (b, "2025-01-01", 120, pytest.approx(3.53 * 25), "B", "unsur"),
    ]


@pytest.mark.parametrize(
    "row, code",
    [
        ("{a};01-01-2024;30-06-2024;10;3;3;3;;;;;;;;", "unsur_partial"),
        ("{a};01-01-2024;30-06-2024;10;;;;;;;;;;;", "unsur_or_ikm"),
        ("{a};01-01-2024;30-06-2024;10;;;;;;;;;;76,60;B", "mutu_mismatch"),
        ("{a};01-01-2024;30-06-2024;10;3;3;3;3;3;3;3;3;3;80;", "ikm_mismatch"),  # 3 x 25 = 75
        ("{a};01-01-2024;30-06-2024;10;;;;;;;;;;101;", "out_of_range"),
        ("{a};01-01-2024;30-06-2024;10;4,5;3;3;3;3;3;3;3;3;;", "out_of_range"),
        ("{a};01-07-2024;30-06-2024;10;;;;;;;;;;80;", "end_before_start"),
        ("KOTA-ENTAH-DINKES;01-01-2024;30-06-2024;10;;;;;;;;;;80;", "orphan"),
    ],
)
def test_a_wrong_survey_row_is_refused_with_its_reason(db, units, tmp_path, row: str, code: str) -> None:
    before = db.execute("select count(*) from service_surveys").fetchone()[0]
    result, report = load(db, tmp_path, "service_surveys", HEADER + row.format(a=units[0]) + "\r\n")
    assert not report.ok and not result.written
    assert code in {e.code for e in report.errors}, [(e.code, e.column) for e in report.errors]
    assert db.execute("select count(*) from service_surveys").fetchone()[0] == before


def test_feedback_staff_surveys_and_indicators(db, units, tmp_path) -> None:
    a, b = units
    feedback = (
        "Kode Unit,Awal Periode,Akhir Periode,Saluran,Topik,Diterima,Selesai,Rata-rata Hari Penyelesaian\n"
        f'{a},2024-01-01,2024-03-31,SP4N-LAPOR!,Waktu pelayanan,35,31,"6,5"\n'
        f"{a},2024-01-01,2024-03-31,Forum warga,Kebersihan,12,12,2\n"
    )
    _result, report = load(db, tmp_path, "feedback", feedback)
    assert report.ok, report.errors[:3]
    assert db.execute("select channel, received, resolved, mean_days_to_resolve from feedback order by channel").fetchall() == [
        ("forum", 12, 12, 2.0),
        ("lapor", 35, 31, 6.5),
    ]  # fmt: skip
    bad = feedback.replace("35,31", "35,36")
    _, report = load(db, tmp_path, "feedback", bad, dry_run=True)
    assert "resolved_above_received" in {e.code for e in report.errors}

    staff = "Kode Unit;Awal Periode;Akhir Periode;Jumlah Responden;Indeks Kepuasan Kerja\n" + (
        f"{b};01-01-2024;31-12-2024;42;74,5\n"
    )
    _, report = load(db, tmp_path, "staff_surveys", staff)
    assert report.ok and db.execute("select respondents, satisfaction from staff_surveys").fetchall() == [
        (42, 74.5)
    ]

    indicators = "Kode Unit;Indikator;Satuan;Arah;Awal Periode;Akhir Periode;Nilai\n" + (
        f"{b};Indeks Kebersihan Kota;indeks 0-100;lebih tinggi lebih baik;01-01-2024;31-03-2024;71,4\n"
        f"{b};Waktu Proses Izin;hari;lebih rendah lebih baik;01-01-2024;31-03-2024;4\n"
    )
    _, report = load(db, tmp_path, "outcome_indicators", indicators)
    assert report.ok, report.errors[:3]
    assert db.execute("select indicator, direction, value from outcome_indicators order by indicator").fetchall() == [
        ("Indeks Kebersihan Kota", "higher", 71.4),
        ("Waktu Proses Izin", "lower", 4.0),
    ]  # fmt: skip


def test_the_template_example_row_is_never_loaded(db, tmp_path) -> None:
    from data.importing.templates import template_bytes

    for name in ("service_surveys", "staff_surveys", "feedback", "outcome_indicators"):
        text = template_bytes(table(name), "csv", db).decode("utf-8-sig")
        _result, report = load(db, tmp_path, name, text, dry_run=True)
        assert any(n.code == "note_example" for n in report.notes), name
