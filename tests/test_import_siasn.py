"""Exports as SIASN and government offices produce them, byte string by byte string.

What a file is (told from its headers), SIASN's spellings of ratings and codes,
periods from tahun + months, XLSX files with title rows, a two-row merged
header and a totals row, CSV title rows, names matched across case, spacing,
line breaks and punctuation, the closest existing post named when a unit is
missing, regions named every way an instansi is written, PP 46/2011 score-only
evaluations, the templates' example rows, NIPs from SIASN's PNS ID, and a
database file of the previous schema upgraded by copying. The whole path from
an empty database to a dashboard is in test_siasn_region.py.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import duckdb
import pytest
from import_helpers import NEW_NIP, Demo, demo_keys, open_copy
from openpyxl import Workbook

from analytics import db as adb
from data.importing import Upload, import_files, table
from data.importing.kinds import detect, kind
from data.importing.read import open_source
from data.importing.tables import TABLES
from data.importing.templates import template_bytes
from data.importing.validate import map_headers, typed_sql


@pytest.fixture(scope="module")
def demo(small_db: Path) -> Demo:
    return demo_keys(small_db)


@pytest.fixture
def db(small_db: Path, tmp_path: Path):
    con = open_copy(small_db, tmp_path / "asn.duckdb")
    yield con
    con.close()


def check(con, tmp_path: Path, files: dict[str, bytes], *, dry_run: bool = True, **kw):
    uploads = []
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        uploads.append(Upload(kw.pop("table", None), path, name))
    return import_files(con, uploads, user="tester", dry_run=dry_run, workdir=tmp_path, preview_rows=50, **kw)


def xlsx(rows: list[list], merges: tuple[str, ...] = ()) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- what a file is
@pytest.mark.parametrize(
    "headers, expected",
    [
        (["PNS ID", "NIP BARU", "NAMA", "TANGGAL LAHIR", "JABATAN NAMA", "UNOR NAMA"], "data_pns"),
        (["nipBaru", "tahun", "bulanMulaiPenilaian", "bulanSelesaiPenilaian", "hasilKinerjaNilai",
          "perilakuKerjaNilai", "kuadranKinerjaNilai"], "riwayat_kinerja"),
        (["NIP BARU", "TAHUN", "BULAN MULAI PENILAIAN", "BULAN SELESAI PENILAIAN", "HASIL KINERJA",
          "PERILAKU KERJA"], "riwayat_kinerja"),
        (["pnsDinilaiId", "tahun", "bulanMulaiPenilaian", "bulanSelesaiPenilaian", "hasilKinerjaNilai",
          "perilakuKerjaNilai"], "riwayat_kinerja"),
        (["NIP BARU", "TAHUN", "HASIL KINERJA", "PERILAKU KERJA", "PREDIKAT"], "riwayat_skp"),
        (["NIP", "TAHUN", "NILAI SKP"], "riwayat_skp"),  # PP 46/2011: a score, no ratings
        (["nipBaru", "jenisDiklatId", "namaKursus", "tanggalKursus", "jumlahJam", "institusiPenyelenggara"],
         "riwayat_kursus"),
        (["NIP BARU", "NAMA KURSUS", "JENIS DIKLAT", "TANGGAL KURSUS", "JUMLAH JAM"], "riwayat_kursus"),
        (["pnsOrangId", "latihanStrukturalId", "tahun", "tanggal", "jumlahJam", "nomor"], "riwayat_diklat"),
        (["nipBaru", "tmtJabatan", "jenisJabatan", "unorNama", "jabatanNama", "eselonId"], "riwayat_jabatan"),
        (["NIP BARU", "TMT JABATAN", "UNOR NAMA", "JABATAN NAMA", "ESELON NAMA"], "riwayat_jabatan"),
        (["NIP", "Periode", "Awal Periode", "Akhir Periode", "Rating Hasil Kerja", "Rating Perilaku"], "evaluations"),
        (["Kode Wilayah", "Nama Wilayah", "Provinsi"], "regions"),
        (["Program Studi", "Bidang Pendidikan"], "education_mapping"),
    ],
)  # fmt: skip
def test_a_file_is_told_apart_by_its_headers(headers, expected):
    found = detect(headers)
    assert found is not None and found.name == expected


def test_every_template_is_recognised_as_its_own_table():
    for name, spec in TABLES.items():
        found = detect([c.label or c.name for c in spec.file_columns])
        assert found is not None and found.table == name, name


# ---------------------------------------------------------------- SIASN spellings
@pytest.mark.parametrize(
    "spelling, code",
    [
        ("DIATAS EKSPEKTASI", 1), ("DIATAS ESPEKTASI", 1), ("Di Atas Ekspektasi", 1), ("di atas", 1), ("1", 1),
        ("SESUAI EKSPEKTASI", 2), ("Sesuai Espektasi", 2), ("sesuai", 2), ("2", 2),
        ("DIBAWAH EKSPEKTASI", 3), ("Di Bawah  Ekspektasi", 3), ("dibawah", 3), ("3", 3),
        ("Melampaui", None), ("4", None),
    ],
)  # fmt: skip
def test_rating_words_and_codes(spelling, code):
    col = table("evaluations").col("hasil_kerja")
    got = duckdb.execute(f"select {typed_sql(col, '$v')}", {"v": spelling}).fetchall()[0][0]
    assert got == code


@pytest.mark.parametrize(
    "codes, spelling, code",
    [
        ("predikat", "SANGAT BAIK", 1), ("predikat", "BAIK", 2), ("predikat", "BUTUH PERBAIKAN", 3),
        ("predikat", "KURANG", 4), ("predikat", "SANGAT KURANG", 5),
        ("jenis_diklat", "Diklat Struktural", 1), ("jenis_diklat", "Bimbingan Teknis", 8),
        ("jenis_diklat", "Pelatihan Sosial Kultural", 6), ("jenis_diklat", "Patok Banding (Benchmarking)", 20),
        ("jenis_diklat", "Komunitas Belajar (Community Of Practices)", 23),
        ("jenis_jabatan", "Jabatan Fungsional Umum", 4), ("jenis_jabatan", "Jabatan Fungsional Tertentu", 2),
        ("jenis_jabatan", "Jabatan Rangkap (Struktural dan Fungsional)", 1),
        ("employee_type", "PNS Daerah Kab./Kota yang bekerja pada Kab./Kota", "PNS"),
        ("employee_type", "PNS Pusat DPK pada Pemerintah Propinsi", "PNS"),
        ("employee_type", "PPPK", "PPPK"), ("sex", "M", "L"), ("sex", "F", "P"),
    ],
)  # fmt: skip
def test_siasn_spellings_of_codes(codes, spelling, code):
    col = next(c for t in TABLES.values() for c in t.columns if c.codes == codes)
    got = duckdb.execute(f"select {typed_sql(col, '$v')}", {"v": spelling}).fetchall()[0][0]
    assert got == code


@pytest.mark.parametrize(
    "row, expected",
    [
        ("2024,1,1", ("bulanan", dt.date(2024, 1, 1), dt.date(2024, 1, 31))),
        ("2024,2,2", ("bulanan", dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        ("2024,4,6", ("triwulan", dt.date(2024, 4, 1), dt.date(2024, 6, 30))),
        ("2024,1,12", ("tahunan", dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ],
)
def test_siasn_periods_from_tahun_and_months(db, demo, tmp_path, row, expected):
    text = f"nipBaru,tahun,bulanMulaiPenilaian,bulanSelesaiPenilaian,hasilKinerjaNilai,perilakuKerjaNilai\n{demo.nip},{row},2,2\n"
    result = check(db, tmp_path, {"kinerja.csv": text.encode()})
    (report,) = result.files
    assert report.ok and report.kind == "riwayat_kinerja", (report.problem, report.errors)
    got = report.preview.iloc[0]
    assert (got.period_type, got.period_start.date(), got.period_end.date()) == expected


def test_an_annual_skp_with_predikat_words_and_kuadran(db, demo, tmp_path):
    text = (
        "NIP BARU;TAHUN;HASIL KINERJA;PERILAKU KERJA;PREDIKAT;KUADRAN KINERJA\n"
        f"{demo.nip};2019;DIATAS EKSPEKTASI;DIATAS EKSPEKTASI;SANGAT BAIK;1\n"
        f"{demo.nip2};2019;SESUAI EKSPEKTASI;DIBAWAH EKSPEKTASI;KURANG;4\n"
    )
    (report,) = check(db, tmp_path, {"skp_2019.csv": text.encode()}).files
    assert report.ok and report.kind == "riwayat_skp", (report.problem, report.errors)
    rows = report.preview[["period_type", "hasil_kerja", "perilaku", "predikat", "kuadran", "score"]]
    assert rows.astype(object).where(rows.notna(), None).values.tolist() == [
        ["tahunan", 1, 1, 1, 1, None],
        ["tahunan", 2, 3, 4, 4, None],
    ]


# ---------------------------------------------------------------- PP 46/2011 score-only exports
@pytest.mark.parametrize(
    "score, predikat",
    [("100", 1), ("91", 1), ("90,9", 2), ("76", 2), ("75,9", 3), ("61", 3), ("60,9", 4), ("51", 4), ("50", 5),
     ("0", 5)],
)  # fmt: skip
def test_a_score_only_evaluation_takes_its_predikat_from_the_pp46_band(db, demo, tmp_path, score, predikat):
    text = f"NIP;TAHUN;NILAI SKP\n{demo.nip};2019;{score}\n"
    result = check(db, tmp_path, {"skp_pp46.csv": text.encode()}, dry_run=False)
    (report,) = result.files
    assert report.ok and result.written, (report.problem, report.errors)
    assert [n.code for n in report.notes] == ["note_pp46"]
    assert db.execute(
        "select hasil_kerja, perilaku, predikat, predikat_basis from performance_evaluations "
        "where nip = ? and period_type = 'tahunan' and year(period_start) = 2019",
        [demo.nip],
    ).fetchall() == [(None, None, predikat, "pp46_score")]


def test_one_rating_without_the_other_or_neither_without_a_score_is_refused(db, demo, tmp_path):
    text = (
        "NIP,Periode,Awal Periode,Akhir Periode,Rating Hasil Kerja,Rating Perilaku,Nilai\n"
        f"{demo.nip},bulanan,2019-01-01,2019-01-31,2,,\n"
        f"{demo.nip},bulanan,2019-02-01,2019-02-28,,,\n"
        f"{demo.nip},bulanan,2019-03-01,2019-03-31,,,88\n"
    )
    (report,) = check(db, tmp_path, {"kinerja.csv": text.encode()}).files
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (2, "perilaku", "ratings_pair"),
        (3, "hasil_kerja", "ratings_or_score"),
    ]


# ---------------------------------------------------------------- files as governments save them
TITLE_ROWS = [["PEMERINTAH KOTA SALATIGA"], ["REKAPITULASI PENILAIAN KINERJA PEGAWAI"], ["Periode: 2019"], []]


def test_xlsx_with_title_rows_a_merged_two_row_header_a_spacer_column_and_a_totals_row(db, demo, tmp_path):
    rows = [
        *TITLE_ROWS,
        ["No", "NIP", None, "Periode", "Awal Periode", "Akhir Periode", "Rating", None, "Nilai"],
        [None, None, None, None, None, None, "Hasil Kerja", "Perilaku", None],
        [
            1,
            "'" + demo.nip,
            None,
            "bulanan",
            "01-01-2019",
            "31-01-2019",
            "Di Atas Ekspektasi",
            "Sesuai",
            "88,5",
        ],
        [2, demo.nip2, None, "bulanan", "01-01-2019", "31-01-2019", "Sesuai", "Sesuai", "101"],
        ["JUMLAH", None, None, None, None, None, None, None, "189,5"],
    ]
    data = xlsx(rows, merges=("G5:H5", "A5:A6", "B5:B6", "I5:I6"))
    path = tmp_path / "rekap.xlsx"
    path.write_bytes(data)
    source = open_source(path)
    assert source.header_row == 6 and source.header_rows == 2
    assert source.headers == ["No", "NIP", "", "Periode", "Awal Periode", "Akhir Periode", "Rating Hasil Kerja",
                              "Rating Perilaku", "Nilai"]  # fmt: skip
    assert source.skipped == [(9, "totals")]
    source.cleanup()
    (report,) = check(db, tmp_path, {"rekap.xlsx": data}, table="evaluations").files
    # the error's row number is the sheet's (the second data row is sheet row 8)
    assert [(e.row, e.column, e.value, e.code) for e in report.errors] == [
        (8, "score", "101", "out_of_range")
    ]
    assert [n.code for n in report.notes][:1] == ["note_totals"]


def test_csv_with_title_rows_above_the_header(db, demo, tmp_path):
    text = (
        "DAFTAR EVALUASI KINERJA;;;;;\n;;;;;\n"
        "NIP;Periode;Awal Periode;Akhir Periode;Rating Hasil Kerja;Rating Perilaku\n"
        f"{demo.nip};bulanan;01-01-2019;31-01-2019;2;2\n"
        f"{demo.nip};bulanan;01-02-2019;28-02-2019;2;9\n"
    )
    (report,) = check(db, tmp_path, {"kinerja.csv": text.encode()}).files
    assert report.header_row == 3
    assert [(e.row, e.column, e.code) for e in report.errors] == [(5, "perilaku", "unknown_code")]


def test_no_header_row_lists_what_was_looked_for_and_the_first_rows(db, tmp_path):
    text = "Laporan bulanan;;\nBudi;198507122010011005;Dinas X\nAni;198811112014022006;Dinas Y\n"
    (report,) = check(db, tmp_path, {"laporan.csv": text.encode()}).files
    assert report.problem.code == "no_header"
    message = report.problem.text("id")
    assert "NIP / NIP BARU" in message and "baris 1: Laporan bulanan" in message
    assert "198507122010011005" not in message and "baris 2: Budi | … | Dinas X" in message


# ---------------------------------------------------------------- names to codes
def data_pns(rows: list[list[str]]) -> bytes:
    headers = ["NIP BARU", "NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "JENIS PEGAWAI", "GOL AKHIR NAMA",
               "TINGKAT PENDIDIKAN NAMA", "JENIS JABATAN NAMA", "JABATAN NAMA", "ESELON NAMA", "TMT JABATAN",
               "UNOR NAMA", "INSTANSI KERJA NAMA"]  # fmt: skip
    out = io.StringIO()
    import csv

    writer = csv.writer(out, delimiter="|")
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode()


def person(nip, post, unit, agency, jenis="Jabatan Fungsional Umum", eselon="") -> list[str]:
    return [nip, "Budi", f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}", "M", "PNS", "III/a", "S-1", jenis, post, eselon,
            "01-01-2022", unit, agency]  # fmt: skip


def test_names_match_across_case_spacing_line_breaks_and_punctuation(db, demo, tmp_path):
    post_id, post, unit, _region = demo.unique_post
    messy_post = "  " + post.upper().replace(" ", "  ", 1).replace(" ", "\n", 1) + " ."
    messy_unit = unit.lower().replace(" ", " ,  ", 1)
    (report,) = check(
        db, tmp_path, {"pns.csv": data_pns([person(NEW_NIP, messy_post, messy_unit, "")])}
    ).files
    assert report.ok, (report.problem, report.errors)
    assert report.made == []
    assert report.preview.iloc[0].position_id == post_id


@pytest.mark.parametrize(
    "agency, region_id",
    [("Pemerintah Kota Salatiga", "SLT"), ("PEMKOT SALATIGA", "SLT"), ("Kota  Salatiga", "SLT"),
     ("Pemerintah Provinsi DKI Jakarta", "DKI"), ("Pemprov DKI Jakarta", "DKI")],
)  # fmt: skip
def test_an_instansi_is_found_however_it_is_written(db, demo, tmp_path, agency, region_id):
    (report,) = check(
        db,
        tmp_path,
        {"pns.csv": data_pns([person(NEW_NIP, "Penata Layanan Operasional", "Unit Baru X", agency)])},
    ).files
    assert report.ok, (report.problem, report.errors)
    made = {m.table: m.preview for m in report.made}
    assert "regions" not in made
    assert made["units"].code.iloc[0].startswith(f"{region_id}-U")


@pytest.mark.parametrize(
    "agency, region_id, province",
    [("Pemerintah Kabupaten Agam", "KAB-AGAM", ""), ("Pemerintah Kota Bogor", "KOTA-BOGOR", ""),
     ("Pemerintah Provinsi Sumatera Barat", "PROV-SUMATERA-BARAT", "Sumatera Barat")],
)  # fmt: skip
def test_a_new_instansi_becomes_a_region_with_a_stable_id(db, tmp_path, agency, region_id, province):
    files = {"pns.csv": data_pns([person(NEW_NIP, "Pengelola Data", "Dinas Kesehatan", agency)])}
    (report,) = check(db, tmp_path, files).files
    regions = next(m.preview for m in report.made if m.table == "regions")
    assert regions[["code", "name", "detail"]].values.tolist() == [[region_id, agency, province]]
    again = check(db, tmp_path, files).files[0]  # the same export gives the same codes
    assert [m.preview.code.tolist() for m in again.made] == [m.preview.code.tolist() for m in report.made]


def test_a_post_without_its_unit_names_the_closest_existing_post(db, demo, tmp_path):
    _id, post, _unit, _region = demo.unique_post
    typo = post[:-1] + ("x" if post[-1] != "x" else "y")
    (report,) = check(
        db, tmp_path, {"pns.csv": data_pns([person(NEW_NIP, typo, "", "Pemerintah Kota Salatiga")])}
    ).files
    (error,) = report.errors
    assert (error.code, dict(error.params)["value"]) == ("unit_missing", typo)
    closest = dict(error.params)["closest"]
    assert closest != "-" and closest in report.errors[0].texts("id")[0]


def test_a_made_post_nearly_named_like_an_existing_one_is_noted(db, demo, tmp_path):
    _id, post, unit, _region = demo.unique_post
    typo = post + "h"  # one letter more: made, and flagged as a likely typo
    (report,) = check(db, tmp_path, {"pns.csv": data_pns([person(NEW_NIP, typo, unit, "")])}).files
    assert report.ok
    similar = next(n for n in report.notes if n.code == "note_similar")
    assert f"'{typo}' ~ '{post}'" in similar.params["pairs"]


def test_a_structural_post_without_an_eselon_cannot_be_made(db, tmp_path):
    row = person(
        NEW_NIP, "Kepala Bidang Baru", "Dinas Kesehatan", "Pemerintah Kota Salatiga", "Jabatan Struktural"
    )
    (report,) = check(db, tmp_path, {"pns.csv": data_pns([row])}).files
    assert [(e.row, e.code) for e in report.errors] == [(2, "eselon_missing")]


def test_a_units_file_may_name_its_region(db, tmp_path):
    text = "Kode Unit,Wilayah,Nama Unit,Jenis Unit\nSLT-BARU,Kota Salatiga,Unit Baru,dinas\n"
    (report,) = check(db, tmp_path, {"unit.csv": text.encode()}).files
    assert report.ok and report.preview.region_id.tolist() == ["SLT"]


def test_a_history_names_people_by_their_pns_id(db, demo, tmp_path):
    db.execute("update employees set pns_id = 'PNS-1' where nip = ?", [demo.nip])
    text = "pnsOrangId,jenisDiklatId,namaKursus,tanggalKursus,jumlahJam\nPNS-1,3,Kursus A,2019-03-04,20\nPNS-X,3,Kursus B,2019-03-04,20\n"
    (report,) = check(db, tmp_path, {"kursus.csv": text.encode()}).files
    assert [(e.row, e.column, e.code) for e in report.errors] == [(3, "nip", "pns_id_not_found")]


def test_a_post_listed_twice_in_a_history_is_no_move(db, demo, tmp_path):
    _post_id, post, unit, _region = demo.unique_post
    text = (
        "nipBaru,tmtJabatan,unorNama,jabatanNama\n"
        f"{demo.nip},01-01-2015,{unit},{post}\n{demo.nip},01-01-2018,{unit},{post}\n"
    )
    (report,) = check(db, tmp_path, {"jabatan.csv": text.encode()}).files
    assert report.ok and report.rows == 1  # the appointment only
    assert report.preview.move_type.tolist() == ["pengangkatan"]


# ---------------------------------------------------------------- templates' example rows
@pytest.mark.parametrize("name", ["regions", "units", "positions", "employees", "evaluations", "trainings"])
def test_an_example_row_left_in_a_template_is_skipped(db, tmp_path, name):
    data = template_bytes(table(name), "csv", db)
    (report,) = check(db, tmp_path, {f"templat_{name}.csv": data}, table=name).files
    assert report.problem is not None and report.problem.code == "header_only"  # nothing but the example


def test_a_template_example_refers_to_codes_of_this_database(db):
    text = template_bytes(table("employees"), "csv", db).decode("utf-8-sig").splitlines()
    example = dict(zip(text[0].split(","), text[1].split(","), strict=True))
    assert db.execute(
        "select count(*) from positions where position_id = ?", [example["ID Jabatan"]]
    ).fetchone() == (1,)


# ---------------------------------------------------------------- a file of the previous version
V1_SCHEMA = """
create table regions (region_id varchar primary key, name varchar not null, province varchar not null);
create table units (unit_id varchar primary key, region_id varchar not null references regions (region_id),
    name varchar not null, kind varchar not null, import_id integer);
create table positions (position_id varchar primary key, unit_id varchar not null references units (unit_id),
    name varchar not null, jenis_jabatan smallint not null, level varchar not null, eselon smallint,
    required_field varchar, staffing_need integer not null, import_id integer);
create table employees (nip varchar primary key, name varchar not null, sex varchar not null,
    birth_date date not null, employee_type varchar not null, golongan varchar not null,
    education_level smallint not null, education_field varchar, position_id varchar not null,
    position_start date not null, service_start date not null, import_id integer);
create table performance_evaluations (nip varchar not null, period_type varchar not null, period_start date not null,
    period_end date not null, position_id varchar, hasil_kerja smallint not null, perilaku smallint not null,
    predikat smallint not null, score double, score_hasil_kerja double, score_sikap double, score_disiplin double,
    import_id integer, check (predikat = case when hasil_kerja = 1 and perilaku = 1 then 1 else 2 end));
create table dataset_info (key varchar primary key, value varchar not null);
insert into regions values ('DKI', 'Pemprov DKI Jakarta', 'DKI Jakarta'), ('SLT', 'Kota Salatiga', 'Jawa Tengah');
insert into units values ('U1', 'SLT', 'Dinas X', 'dinas', null);
insert into positions values ('P1', 'U1', 'Analis', 2, 'Ahli Muda', null, null, 3, null);
insert into employees values ('198507122010011005', 'Siti', 'P', '1985-07-12', 'PNS', 'III/c', 40, null, 'P1',
    '2021-03-01', '2010-01-01', null);
insert into performance_evaluations values ('198507122010011005', 'bulanan', '2024-01-01', '2024-01-31', null,
    2, 2, 2, 80.0, null, null, null, null);
insert into dataset_info values ('source', 'import');
"""


def test_a_database_file_of_the_previous_schema_is_upgraded_by_copying(tmp_path):
    path = tmp_path / "lama.duckdb"
    con = duckdb.connect(str(path))
    con.execute(V1_SCHEMA)
    con.close()
    assert adb.upgrade_file(path) is True
    con = adb.connect(path)
    try:
        assert adb.schema_version(con) == adb.SCHEMA_VERSION
        # the regions keep their old order (the rows' order) and gain a sort_order
        assert con.execute("select region_id, sort_order from regions order by sort_order").fetchall() == [
            ("DKI", 1),
            ("SLT", 2),
        ]
        assert con.execute("select count(*) from v_employees").fetchone() == (1,)
        assert con.execute("select predikat_basis, score from performance_evaluations").fetchall() == [
            ("rating", 80.0)
        ]
        # the new shape: a post without ABK need and a score-only row are allowed now
        con.execute(
            "insert into positions (position_id, unit_id, name, jenis_jabatan, level) values ('P2', 'U1', 'X', 4, null)"
        )
        con.execute(
            "insert into performance_evaluations (nip, period_type, period_start, period_end, predikat, "
            "predikat_basis, score) values ('198507122010011005', 'tahunan', '2023-01-01', '2023-12-31', 1, "
            "'pp46_score', 95)"
        )
        assert con.execute("select value from dataset_info where key = 'source'").fetchone() == ("import",)
    finally:
        con.close()
    assert adb.upgrade_file(path) is False  # already current


def test_kinds_know_their_tables():
    assert kind("data_pns").table == "employees" and kind("riwayat_jabatan").table == "placements"
    assert map_headers(table("evaluations"), ["NIP", "TAHUN", "NILAI SKP"], kind("riwayat_skp")).exprs
