"""A region that is not in the demo, from SIASN-style exports only (tests/siasn_fixture.py).

The five exports go, once, into an empty database through the CLI (``--new-db``,
then ``python -m data.load FOLDER``) and, separately, through the engine into a
copy of the small demo as a fifth region. The numbers worked out by hand in the
fixture's docstring are then asserted on the tables, on the analytics functions
and on the pages (AppTest): Ringkasan, Kinerja, Pelatihan, Penempatan and the
retirement part of Kebutuhan show the region; Kompetensi and Talenta say what
is missing.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import siasn_fixture as fx
import test_pages as base
from streamlit.testing.v1 import AppTest

from analytics import kinerja, meta, overview, placement, staffing, training
from analytics.filters import Filters
from data.importing import Upload, import_files
from reporting import fmt
from ui.i18n import t

ROOT = Path(__file__).resolve().parents[1]
running_server_page_mode = base.running_server_page_mode


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "data.load", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("siasn") / "ekspor"
    fx.write_exports(folder)
    return folder


@pytest.fixture(scope="module")
def new_db(exports: Path, tmp_path_factory) -> tuple[Path, str]:
    """An empty database and the folder of exports, as a BKPSDM analyst would load them."""
    path = tmp_path_factory.mktemp("newdb") / "bukittinggi.duckdb"
    made = cli("--new-db", "--db", path)
    assert made.returncode == 0, made.stderr
    run = cli(exports, "--db", path, "--user", "analis-bkpsdm")
    assert run.returncode == 0, run.stdout + run.stderr
    return path, run.stdout


@pytest.fixture(scope="module")
def fifth_db(small_db: Path, exports: Path, tmp_path_factory) -> Path:
    """The small demo with the exports loaded as a fifth region (the engine, as the page does)."""
    path = tmp_path_factory.mktemp("fifth") / "asn.duckdb"
    shutil.copyfile(small_db, path)
    con = duckdb.connect(str(path))
    try:
        uploads = [Upload(None, p, p.name) for p in sorted(exports.iterdir())]
        result = import_files(con, uploads, user="analis")
        assert result.ok and result.written, [(f.file_name, f.problem, f.errors[:3]) for f in result.files]
    finally:
        con.close()
    return path


def raw(path: Path, sql: str, *params):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


# ---------------------------------------------------------------- the load itself
def test_the_cli_tells_each_export_apart_and_says_what_it_made(new_db) -> None:
    _path, out = new_db
    for name, title in (
        ("data_pns.xlsx", "Data PNS (SIASN)"),
        ("riwayat_kinerja.csv", "Riwayat kinerja periodik (SIASN)"),
        ("riwayat_kursus.csv", "Riwayat kursus/diklat (SIASN)"),
        ("riwayat_diklat.csv", "Riwayat diklat struktural (SIASN)"),
        ("riwayat_jabatan.csv", "Riwayat jabatan (SIASN)"),
    ):
        assert f"== {name}: {title} -> " in out, name
    # the header is row 5 under the report's title rows; the totals row is skipped
    assert "== data_pns.xlsx: Data PNS (SIASN) -> employees (xlsx, delimiter ',') (baris judul 5)" in out
    assert "Baris jumlah/total di baris 17 dilewati." in out
    # 6 units and 10 posts from Data PNS; the post history adds a unit and 7 earlier posts
    assert "Dibuat dari ekspor karena belum ada: 1 wilayah, 6 unit, 10 jabatan" in out
    assert "Dibuat dari ekspor karena belum ada: 1 unit, 7 jabatan" in out
    # warnings, not refusals: Maya's NIP says 1988, the export 1989 (row 11); Bayu's NIP says male (row 16)
    assert "1 baris: tanggal lahir di NIP (digit 1-8) berbeda dari Tanggal Lahir (baris 11)." in out
    assert "1 baris: jenis kelamin di NIP (digit 15) berbeda dari Jenis Kelamin (baris 16)." in out
    assert "1 program studi tidak dapat dipetakan ke bidang pendidikan: S-1 Ilmu Kelautan (1)." in out
    assert "Riwayat 15 jabatan: 9 perpindahan disimpulkan (6 pengangkatan)." in out
    assert "hasilKinerjaNilai 'DIATAS ESPEKTASI' → 1" in out


def test_the_region_its_units_posts_and_people(new_db) -> None:
    path, _ = new_db
    assert raw(path, "select region_id, name, province, sort_order from regions") == [
        (fx.REGION_ID, fx.AGENCY, None, 1)
    ]
    units = dict(raw(path, "select name, kind from units"))
    assert units == {
        fx.DINKES: "dinas",
        fx.KECAMATAN: "kecamatan",
        fx.BKD: "badan",
        fx.BKPSDM: "badan",
        fx.KOMINFO: "dinas",
        fx.SDN: "sekolah",
        "Puskesmas Mandiangin": "puskesmas",  # named only in a post history
    }
    assert raw(path, "select count(*), count_if(auto_created), count(staffing_need) from positions") == [
        (17, 17, 0)
    ]
    # the line break and double space inside a cell do not make a second post
    assert raw(path, "select count(*) from positions where name like 'Analis Sumber Daya Manusia%'") == [(1,)]
    assert raw(
        path,
        "select name, jenis_jabatan, level, eselon from positions where name in "
        "('Kepala Dinas Kesehatan', 'Camat Guguk Panjang', 'Perawat Ahli Muda', 'Guru Ahli Pertama', "
        "'Pengelola Keuangan') order by name",
    ) == [
        ("Camat Guguk Panjang", 1, "Administrator", 31),
        ("Guru Ahli Pertama", 2, "Ahli Pertama", None),
        ("Kepala Dinas Kesehatan", 1, "JPT Pratama", 22),
        ("Pengelola Keuangan", 4, "Pelaksana", None),
        ("Perawat Ahli Muda", 2, "Ahli Muda", None),
    ]
    assert raw(
        path, "select count(*), count_if(employee_type = 'PNS'), count_if(position_id is null) from employees"
    ) == [(11, 8, 1)]
    tono = raw(
        path,
        "select e.unit_id = u.unit_id, v.region_id, v.qualification_fit from employees e join units u "
        "on u.name = ? join v_employees v using (nip) where e.nip = ?",
        fx.BKD,
        fx.BY_NAME["Tono"].nip,
    )
    assert tono == [(True, fx.REGION_ID, None)]  # no post: in his unit, fit not known
    # study programmes to fields by keyword; Ilmu Kelautan has none
    fields = dict(
        raw(path, "select e.name, v.education_field from employees e join v_employees v using (nip)")
    )
    assert (fields["Hendra Saputra"], fields["Maya Sari"], fields["Doni Kurniawan"]) == (
        "keperawatan",
        "sosial",
        "tik",
    )
    assert (fields["Rizal Fahmi"], fields["Lina Marlina"], fields["Tono Hidayat"]) == (
        "umum",
        "pendidikan",
        None,
    )


def test_evaluations_trainings_and_moves_as_worked_out_by_hand(new_db) -> None:
    path, _ = new_db
    rows = raw(
        path,
        "select year(period_start), predikat, count(*), count(score), count_if(kuadran = predikat) "
        "from performance_evaluations group by all order by 1, 2",
    )
    assert rows == [
        (2024, 1, 12, 0, 12),  # Hendra all 2024
        (2024, 2, 114, 0, 114),
        (2024, 3, 6, 0, 6),  # Rizal Jan-Jun 2024
        (2025, 2, 65, 0, 65),
        (2025, 5, 1, 0, 1),  # Joko March 2025
    ]
    assert raw(path, "select count(*), sum(jp) from trainings") == [
        (10, 24 + 12 + 10 + 8 + 40 + 20 + 19.5 + 6 + 32 + 360)
    ]
    assert raw(path, "select category from trainings where title like 'SEPADYA%'") == [("leadership",)]
    moves = raw(
        path,
        "select e.name, p.move_type, year(p.effective_date) from placements p join employees e using (nip) "
        "where p.move_type <> 'pengangkatan' order by p.effective_date",
    )
    assert moves == [
        ("Hendra Saputra", "promosi", 2015),
        ("Joko Prasetyo", "promosi", 2016),
        ("Rizal Fahmi", "mutasi", 2019),
        ("Hendra Saputra", "promosi", 2020),
        ("Maya Sari", "promosi", 2020),
        ("Ani Rahmawati", "promosi", 2021),
        ("Joko Prasetyo", "rotasi", 2022),  # Sekretaris Camat -> Camat: same jenjang, same unit
        ("Doni Kurniawan", "mutasi", 2024),
        ("Rizal Fahmi", "rotasi", 2025),
    ]
    assert raw(
        path, "select count(*), bool_and(inferred) from placements where move_type = 'pengangkatan'"
    ) == [(6, True)]


def test_loading_the_same_folder_again_changes_nothing(new_db, exports) -> None:
    path, _ = new_db
    before = raw(path, "select count(*) from positions"), raw(path, "select count(*) from units")
    run = cli(exports, "--db", path, "--dry-run")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Dibuat dari ekspor" not in run.stdout  # everything is found now
    assert "employees: baris 11: baru 0, berubah 0, sama 11" in run.stdout
    assert (raw(path, "select count(*) from positions"), raw(path, "select count(*) from units")) == before


# ---------------------------------------------------------------- the analytics, both databases
@pytest.fixture(params=["new_db", "fifth_db"])
def region_db(request) -> Path:
    db = request.getfixturevalue(request.param)
    return db[0] if isinstance(db, tuple) else db


def region_filters(path: Path) -> Filters:
    con = duckdb.connect(str(path), read_only=True)
    try:
        first, last = meta.year_bounds(con)
    finally:
        con.close()
    return Filters(regions=(fx.REGION_ID,), year_from=first, year_to=last)


def on(path: Path, fn, f: Filters, **opts):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return fn(con, f, **opts)
    finally:
        con.close()


def test_overview_of_the_region(region_db) -> None:
    f = region_filters(region_db)
    row = on(region_db, overview.overview_kpis, f).set_index("region_id").loc[fx.REGION_ID]
    assert (row.employees, row.pns, row.pppk) == (11, 8, 3)
    assert row.share_baik == pytest.approx(65 / 66)  # 2025
    assert row.share_jp_met == pytest.approx(4 / 8)  # 2025, PNS only
    assert row.mean_score != row.mean_score  # NaN: SIASN gives ratings, no score
    moves = {2021: 1, 2022: 1, 2024: 1, 2025: 1}  # Ani, Joko, Doni, Rizal
    in_range = sum(n for y, n in moves.items() if f.year_from <= y <= f.year_to)
    assert row.moves_per_100 == pytest.approx(in_range * 100 / 11 / (f.year_to - f.year_from + 1))


def test_predikat_and_20_jp_of_the_region(region_db) -> None:
    f = region_filters(region_db)
    dist = on(region_db, kinerja.predikat_distribution, f)
    y2024 = dist[dist["period"].astype(str).str.startswith("2024")].set_index("predikat")["evaluations"]
    assert y2024.to_dict() == {1: 12, 2: 114, 3: 6}
    jp = on(region_db, training.jp_entitlement, f).set_index("year").loc[2025]
    assert (jp.employees, jp.met) == (8, 4)  # PNS


def test_moves_and_retirements_of_the_region(region_db) -> None:
    f = region_filters(region_db)
    rates = on(region_db, placement.move_rates, f)
    got = {(r.move_type, int(r.moves)) for r in rates.itertuples() if r.moves}
    expected = (
        {("mutasi", 1), ("rotasi", 1)}
        if f.year_from >= 2024
        else {("mutasi", 1), ("rotasi", 2), ("promosi", 1)}
    )
    assert got == expected
    years = on(region_db, staffing.retirements_by_year, f)
    as_of = years["as_of_date"].iloc[0] if "as_of_date" in years else None
    as_of = dt.date.fromisoformat(str(as_of)[:10]) if as_of is not None else dt.date.today()
    assert int(years["retiring"].sum()) == fx.retirements_within(as_of, 5)


# ---------------------------------------------------------------- the pages
@pytest.fixture
def region_app(region_db: Path, monkeypatch, tmp_path) -> Path:
    """The database as the dashboard's, with one real analyst account (a users file: the
    demo accounts work only on the demo database)."""
    from ui import auth

    work = tmp_path / "app.duckdb"
    shutil.copyfile(region_db, work)
    users = tmp_path / "users.toml"
    digest = auth.hash_password("rahasia-bkpsdm", n=2**4, r=1, p=1)
    users.write_text(f'[auth_users.rina]\npassword_hash = "{digest}"\nrole = "analyst"\n', encoding="utf-8")
    monkeypatch.setenv("ASN_DB_PATH", str(work))
    monkeypatch.setenv("ASN_USERS_FILE", str(users))
    monkeypatch.setattr(auth, "FAILURE_DELAY_S", 0.0)
    return work


def open_region_page(page: str) -> AppTest:
    at = AppTest.from_file(base.APP, default_timeout=120)
    at.query_params["wilayah"] = fx.AGENCY
    at.run()
    base.assert_ok(at)
    at.switch_page(f"pages/{page}.py").run()
    base.assert_ok(at)
    return at


def test_ringkasan_shows_the_region(region_app) -> None:
    at = open_region_page("ringkasan")
    assert at.multiselect(key="wilayah").value == [fx.REGION_ID]
    assert base.kpi_values(at, "col.employees") == [fmt.integer(11)]
    assert base.kpi_values(at, "col.share_baik") == [fmt.percent(65 / 66)]
    # for a viewer the 20 JP share (over the 8 PNS) is hidden: with 11 employees it would give
    # away the 3 PPPK, a group under 5
    assert base.kpi_values(at, "col.share_jp_met") == ["x"]
    at.text_input(key="auth_sidebar_username").input("rina")
    at.text_input(key="auth_sidebar_password").input("rahasia-bkpsdm")
    next(b for b in at.button if b.label == t("auth.sign_in")).click().run()
    base.assert_ok(at)
    assert base.kpi_values(at, "col.share_jp_met") == [fmt.percent(4 / 8)]


@pytest.mark.parametrize("page", ["kinerja", "pelatihan", "penempatan", "kebutuhan"])
def test_pages_the_exports_can_fill_show_numbers(region_app, page) -> None:
    at = open_region_page(page)
    assert len(at.get("plotly_chart")) >= 1
    assert t("empty") not in base.infos(at)


@pytest.mark.parametrize(
    "page, missing",
    [("kompetensi", "kualitas.req.competency_standards"), ("talenta", "kualitas.req.annual_ratings")],
)
def test_pages_the_exports_cannot_fill_say_what_is_missing(region_app, page, missing) -> None:
    at = open_region_page(page)
    texts = " ".join(base.infos(at))
    assert t(missing) in texts, texts
    assert fx.AGENCY in texts


def test_layanan_says_what_outcome_data_is_missing(region_app) -> None:
    """A region loaded from SIASN exports only has no surveys or feedback: the Layanan
    Publik page says which files fill it instead of drawing empty charts."""
    at = open_region_page("layanan")
    assert t("layanan.none") in base.infos(at)
    assert not at.get("plotly_chart")
