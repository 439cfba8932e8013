"""``python -m data.load`` as an analyst runs it, in a subprocess.

Exit 0 on success, 1 when the file has problems (nothing written), 2 for usage
and database errors; every failure is a readable report on stdout/stderr and
never a traceback. Also: dry run, templates, undo, the import log, a database
another process holds, and a load killed with SIGKILL halfway through its
transaction (the database must be exactly as before).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from import_helpers import NEW_NIP, Demo, copy_db, demo_keys, fingerprint, import_log_rows
from openpyxl import load_workbook

from analytics.db import connect
from data.importing import table

REPO = Path(__file__).resolve().parents[1]
EVALS = "nip,period_type,period_start,period_end,hasil_kerja,perilaku\n"


def cli(*args, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "data.load", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def assert_no_traceback(run: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in run.stdout + run.stderr
    assert "Error:" not in run.stderr.replace("GAGAL:", "")  # no exception class names either


def state(path: Path) -> tuple[dict, pd.DataFrame]:
    con = connect(path)
    try:
        return fingerprint(con), import_log_rows(con)
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo(small_db: Path) -> Demo:
    return demo_keys(small_db)


@pytest.fixture
def db_path(small_db: Path, tmp_path: Path) -> Path:
    return copy_db(small_db, tmp_path / "asn.duckdb")


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


# ---------------------------------------------------------------- success
def test_load_reload_log_and_undo(db_path, demo, tmp_path):
    original, _ = state(db_path)
    good = write(
        tmp_path,
        "kinerja.csv",
        EVALS.replace("\n", ",Keterangan\n")
        + f"{demo.nip},bulanan,2019-01-01,2019-01-31,2,2,\n{demo.nip},bulanan,2019-02-01,2019-02-28,1,1,cuti\n",
    )

    first = cli("evaluations", good, "--db", db_path, "--user", "analis")
    assert (first.returncode, first.stderr) == (0, "")
    assert (
        "== kinerja.csv: Templat Evaluasi kinerja (SKP) -> evaluations (utf-8, delimiter ',')" in first.stdout
    )
    assert "   Kolom diabaikan: Keterangan" in first.stdout
    assert "baris 2: baru 2, berubah 0, sama 0, dihapus 0, ditolak 0" in first.stdout
    assert "Dimuat dalam" in first.stdout

    changed = write(tmp_path, "kinerja.csv", good.read_text().replace(",1,1,", ",2,2,"))
    again = cli("evaluations", changed, "--db", db_path, "--user", "analis")
    assert again.returncode == 0
    assert "baris 2: baru 0, berubah 1, sama 1, dihapus 0, ditolak 0" in again.stdout

    log = cli("--log", "--db", db_path)
    assert log.returncode == 0
    lines = [line.split() for line in log.stdout.splitlines() if "kinerja.csv" in line]
    assert [(row[0], row[3], row[4], row[5]) for row in lines] == [
        ("2", "analis", "kinerja.csv", "evaluations"),
        ("1", "analis", "kinerja.csv", "evaluations"),
    ]

    assert (
        cli("--undo", "evaluations", "--db", db_path).stdout
        == "Dibatalkan: impor #2 (kinerja.csv, 0 baris baru)\n"
    )
    assert (
        cli("--undo", "evaluations", "--db", db_path).stdout
        == "Dibatalkan: impor #1 (kinerja.csv, 2 baris baru)\n"
    )
    nothing = cli("--undo", "evaluations", "--db", db_path)
    assert (nothing.returncode, nothing.stdout) == (2, "")
    assert nothing.stderr == "GAGAL: Belum ada impor tabel evaluations yang bisa dibatalkan.\n"
    after, log_after = state(db_path)
    assert {k: v for k, v in after.items() if k != "dataset_info"} == {
        k: v for k, v in original.items() if k != "dataset_info"
    }
    assert log_after.status.tolist() == ["undone", "undone"]


def test_dry_run_writes_nothing(db_path, demo, tmp_path):
    before = state(db_path)
    good = write(tmp_path, "kinerja.csv", EVALS + f"{demo.nip},bulanan,2019-01-01,2019-01-31,2,2\n")
    run = cli("evaluations", good, "--db", db_path, "--dry-run")
    assert (run.returncode, run.stderr) == (0, "")
    assert "baris 1: baru 1, berubah 0, sama 0, dihapus 0, ditolak 0" in run.stdout
    assert "Uji coba selesai (tidak ditulis)" in run.stdout
    after = state(db_path)
    assert after[0] == before[0]
    pd.testing.assert_frame_equal(after[1], before[1])


# ---------------------------------------------------------------- the file has problems: exit 1
@pytest.mark.parametrize(
    "name, text, lang, report",
    [
        (
            "kinerja.csv",
            EVALS + "{nip},bulanan,2019-01-01,2019-01-31,5,2\n",
            "id",
            "2\thasil_kerja\t5\tKode tidak dikenal.\tNilai yang boleh: 1 Di Atas, 2 Sesuai, 3 Di Bawah Ekspektasi.",
        ),
        (
            "kinerja.csv",
            EVALS + "{nip},bulanan,2019-01-01,2019-01-31,5,2\n",
            "en",
            "2\thasil_kerja\t5\tUnknown code.\tAllowed values: 1 Di Atas, 2 Sesuai, 3 Di Bawah Ekspektasi.",
        ),
        ("kosong.csv", "", "id", "   Berkas kosong. Ekspor ulang data dari sistem sumber."),
        (
            "foto.jpg",
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4,
            "id",
            "   Berkas bukan teks CSV atau XLSX (isi biner). Unggah CSV atau XLSX; simpan ulang dari Excel bila perlu.",
        ),
        (
            "pelatihan.csv",
            "nip,title,jenis_diklat,category,start_date,end_date,jp\n{nip},Bimtek,8,technical,2019-03-04,2019-03-08,40\n",
            "en",
            "   This file looks like a file for trainings, not evaluations. Choose table trainings, or upload the right file.",
        ),
    ],
    ids=["row-error", "row-error-en", "empty", "binary", "wrong-table-en"],
)
def test_a_file_with_problems_exits_1_with_a_report(db_path, demo, tmp_path, name, text, lang, report):
    before, log_before = state(db_path)
    path = write(tmp_path, name, text.format(nip=demo.nip) if isinstance(text, str) else text)
    run = cli("evaluations", path, "--db", db_path, "--lang", lang, "--user", "analis")
    assert run.returncode == 1
    assert report in run.stdout.splitlines()
    assert run.stderr == "\nTidak ada yang ditulis: perbaiki berkas lalu muat ulang.\n"
    assert_no_traceback(run)
    after, log_after = state(db_path)
    assert after == before
    assert len(log_after) == len(log_before) + 1
    assert log_after.iloc[-1][["status", "file_name", "username"]].tolist() == ["rejected", name, "analis"]


def test_dry_run_of_a_bad_file_exits_1_and_logs_nothing(db_path, demo, tmp_path):
    before = state(db_path)
    bad = write(tmp_path, "kinerja.csv", EVALS + f"{NEW_NIP},bulanan,2019-01-01,2019-01-31,2,2\n")
    run = cli("evaluations", bad, "--db", db_path, "--dry-run")
    assert run.returncode == 1
    assert f"2\tnip\t{NEW_NIP}\tTidak ada di tabel employees (nip)." in run.stdout
    after = state(db_path)
    assert after[0] == before[0]
    pd.testing.assert_frame_equal(after[1], before[1])


# ---------------------------------------------------------------- usage and database errors: exit 2
TABLES = (
    "regions, units, positions, education_mapping, employees, competency_standards, assessments, potential, "
    "evaluations, trainings, placements, service_surveys, staff_surveys, feedback, outcome_indicators"
)


@pytest.mark.parametrize(
    "args, stderr",
    [
        (
            ["pegawai", "x.csv"],
            f"GAGAL: Tabel 'pegawai' tidak dikenal. Pilihan: {TABLES}. Periksa nama tabel.\n",
        ),
        (
            ["--undo", "pegawai"],
            f"GAGAL: Tabel 'pegawai' tidak dikenal. Pilihan: {TABLES}. Periksa nama tabel.\n",
        ),
        (
            ["--template", "pegawai"],
            f"GAGAL: Tabel 'pegawai' tidak dikenal. Pilihan: {TABLES}. Periksa nama tabel.\n",
        ),
        (
            ["--lang", "en", "pegawai", "x.csv"],
            f"GAGAL: Unknown table 'pegawai'. Choose: {TABLES}. Check the table name.\n",
        ),
        (["evaluations", "tidak-ada.csv"], "GAGAL: Berkas tidak ada: tidak-ada.csv\n"),
        (["evaluations"], "GAGAL: Sebutkan berkas untuk tabel itu: python -m data.load TABEL BERKAS.\n"),
    ],
    ids=[
        "unknown-table",
        "undo-unknown-table",
        "template-unknown-table",
        "unknown-table-en",
        "no-file",
        "no-args",
    ],
)
def test_usage_errors_exit_2(db_path, args, stderr):
    run = cli(*args, "--db", db_path)
    assert run.returncode == 2
    assert run.stderr.endswith(stderr)  # after the usage line for missing arguments
    assert_no_traceback(run)


def test_missing_database_exits_2(demo, tmp_path):
    good = write(tmp_path, "kinerja.csv", EVALS + f"{demo.nip},bulanan,2019-01-01,2019-01-31,2,2\n")
    run = cli("evaluations", good, "--db", tmp_path / "tidak-ada.duckdb")
    assert run.returncode == 2
    assert run.stderr.startswith("GAGAL: Basis data tidak ada: ")
    assert_no_traceback(run)
    assert not (tmp_path / "tidak-ada.duckdb").exists()


def test_replace_that_would_orphan_posts_exits_2(db_path, demo, tmp_path):
    con = duckdb.connect(str(db_path), read_only=True)
    units = con.execute(
        "select unit_id, region_id, name, kind from units where unit_id <> ?", [demo.unit]
    ).df()
    posts = con.execute("select count(*) from positions where unit_id = ?", [demo.unit]).fetchone()[0]
    con.close()
    before = state(db_path)
    path = write(tmp_path, "unit.csv", units.to_csv(index=False))
    run = cli("units", path, "--db", db_path, "--mode", "replace")
    assert run.returncode == 2
    assert run.stderr == (
        f"GAGAL: Mode ganti akan menghapus {posts} baris units yang masih dirujuk tabel positions. "
        "Pakai mode tambah, atau muat/hapus data positions yang merujuknya dulu.\n"
    )
    assert_no_traceback(run)
    after = state(db_path)
    assert after[0] == before[0]
    # rolled back, then logged as a rejected upload
    assert len(after[1]) == len(before[1]) + 1
    assert after[1].iloc[-1][["status", "message", "table_name"]].tolist() == [
        "rejected",
        "replace_orphans",
        "units",
    ]


def test_database_held_by_another_process_exits_2(db_path, demo, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()", str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline() == "ready\n"
        good = write(tmp_path, "kinerja.csv", EVALS + f"{demo.nip},bulanan,2019-01-01,2019-01-31,2,2\n")
        for args in (["evaluations", good], ["--undo", "evaluations"], ["--log"]):
            run = cli(*args, "--db", db_path)
            assert run.returncode == 2
            assert run.stderr == (
                "GAGAL: Basis data sedang dipakai proses lain (mis. dasbor yang berjalan). "
                "Unggah lewat halaman Unggah Data, atau hentikan dasbor dulu.\n"
            )
            assert_no_traceback(run)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


# ---------------------------------------------------------------- templates
def test_xlsx_template_has_data_and_dictionary_sheets(tmp_path):
    out = tmp_path / "templat_pegawai.xlsx"
    run = cli("--template", "employees", "--format", "xlsx", "-o", out)
    assert (run.returncode, run.stdout, run.stderr) == (0, "", "")
    book = load_workbook(out)
    assert book.sheetnames == ["Data", "Kamus Data", "Kode"]
    spec = table("employees")
    assert [c.value for c in book["Data"][1]] == [c.label for c in spec.file_columns]
    # the example row: the reserved example NIP (sequence 000), skipped if left in a file
    assert book["Data"]["A2"].value == "198507122010011000"
    dictionary = list(book["Kamus Data"].values)
    assert dictionary[0][:2] == ("kolom", "nama_teknis")
    assert [row[1] for row in dictionary[1:]] == [c.name for c in spec.file_columns]
    codes = list(book["Kode"].values)
    assert codes[0] == ("daftar", "kode", "nama", "keterangan")
    assert ("Jenis Kelamin", "P", None, None) in codes or ("Jenis Kelamin", "P", "", "") in codes


def test_csv_template_to_stdout(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "data.load", "--template", "evaluations", "--db", tmp_path / "none.duckdb"],
        cwd=REPO,
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == 0
    # without a database the example's post is the reserved example code
    assert (
        run.stdout
        == (
            "\ufeffNIP,Periode,Awal Periode,Akhir Periode,ID Jabatan,Rating Hasil Kerja,Rating Perilaku,Predikat,"
            "Nilai,Nilai Hasil Kerja,Nilai Sikap,Nilai Disiplin,Kuadran Kinerja\r\n"
            '198507122010011000,bulanan,2024-01-01,2024-01-31,KOTA-CONTOH-DINKES-P001,2,1,2,"87,5",85,90,95,2\r\n'
        ).encode()
    )


# ---------------------------------------------------------------- killed midway
# data.load.main with a progress callback that says which phase it is in, so the
# test can kill the process inside the write transaction (the CLI itself is silent
# until it has finished).
DRIVER = """
import sys
import data.load as cli
import data.importing.load as engine

def with_progress(*args, **kwargs):
    kwargs["progress"] = lambda fraction, message: print("PHASE", message, flush=True)
    return engine.import_files(*args, **kwargs)

cli.import_files = with_progress
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def big_file(small_db: Path, tmp_path_factory) -> Path:
    """300,000 monthly evaluations (2001-2017, before the demo's period) for 1,500 real employees."""
    path = tmp_path_factory.mktemp("big") / "kinerja_besar.csv"
    con = duckdb.connect(str(small_db), read_only=True)
    con.execute(
        f"""
        copy (
            select e.nip, 'bulanan' as period_type, (date '2001-01-01' + to_months(m.i))::date as period_start,
                ((date '2001-01-01' + to_months(m.i + 1))::date - 1) as period_end,
                1 + (m.i % 3) as hasil_kerja, 2 as perilaku, 70 + (m.i % 30) as score
            from (select nip from employees order by nip limit 1500) e, range(200) m(i)
        ) to '{path}' (header, delimiter ',')
        """
    )
    con.close()
    return path


@pytest.mark.parametrize("phase", ["Menulis evaluations", "Memperbarui ringkasan dasbor"])
def test_a_load_killed_inside_its_transaction_leaves_the_database_as_it_was(
    small_db, demo, tmp_path, big_file, phase
):
    """SIGKILL while rows are being inserted, or after all are inserted while the
    dashboards' marts are rebuilt: both inside the one transaction. The kill follows
    the process's own report of its phase, not a guessed delay, so it cannot land
    before the write phase or after the commit (the rebuild alone takes longer than
    the kill)."""
    path = big_file
    db_path = copy_db(small_db, tmp_path / "asn.duckdb")
    before, log_before = state(db_path)
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, "evaluations", str(path), "--db", str(db_path), "--user", "analis"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    seen = []
    try:
        for line in proc.stdout:
            seen.append(line.strip())
            if line.strip() == f"PHASE {phase}":
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait(timeout=60)
    assert f"PHASE {phase}" in seen, (seen, proc.stderr.read())
    assert "PHASE Menulis ke basis data" in seen  # validation was over: this was the write phase
    assert proc.returncode == -signal.SIGKILL  # killed, not finished

    after, log_after = state(db_path)  # opens (and recovers) the file
    assert after == before
    pd.testing.assert_frame_equal(log_after, log_before)

    # the file is sound: a load goes through
    small = write(tmp_path, "kinerja.csv", EVALS + f"{demo.nip},bulanan,2019-01-01,2019-01-31,2,2\n")
    run = cli("evaluations", small, "--db", db_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "baris 1: baru 1, berubah 0, sama 0" in run.stdout


# ---------------------------------------------------------------- issue #12: bounded work per file
def measured_cli(*args, timeout: float = 60) -> tuple[int, str, float, float]:
    """(exit code, output, seconds, peak RSS in MB) of ``python -m data.load ARGS``; killed
    after ``timeout`` seconds (then the exit code is -9). The peak is the CLI's own, not a
    copy of this large test process's (bench/peak.py)."""
    sys.path.insert(0, str(REPO / "bench"))
    from peak import run_peak

    return run_peak(
        [sys.executable, "-m", "data.load", *map(str, args)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=timeout,
    )


def test_a_50000_column_header_is_refused_at_once_in_little_memory(tmp_path):
    """Issue #12: 50,000 columns took the CLI 1.7 GB and 57 s (200,000 past 6 GB)."""
    db_path = tmp_path / "kosong.duckdb"  # an empty database: what is measured is the file's check
    assert cli("--new-db", "--db", db_path).returncode == 0
    columns = 50_000
    header = EVALS.rstrip("\n") + "".join(f",kolom{i}" for i in range(columns)) + "\n"
    wide = write(tmp_path, "lebar.csv", header + "1" + "," * (columns + 5) + "\n")
    code, out, seconds, peak = measured_cli(wide, "--db", db_path, "--dry-run", timeout=30)
    assert code == 1, out[-2000:]
    assert "Baris 1 punya 50.006 kolom; paling banyak 1000." in out
    assert seconds < 15, seconds
    assert peak < 400, f"peak RSS {peak:.0f} MB"


def test_a_large_export_with_problems_is_checked_in_bounded_memory(tmp_path):
    """A 38 MB SIASN Data PNS export with 12 columns nobody maps and a bad date every 1000
    rows takes the slow path (every problem listed with its row): its memory stays bounded
    (bench/memory_bench.py measures the 230 MB one: peak ≤ 1.5 GB)."""
    sys.path.insert(0, str(REPO / "bench"))
    from memory_bench import write_employees

    db_path = tmp_path / "kosong.duckdb"
    assert cli("--new-db", "--db", db_path).returncode == 0
    path = tmp_path / "data_pns.csv"
    rows = write_employees(path, 38)
    text = path.read_bytes().split(b"\n")
    for i in range(1000, len(text) - 1, 1000):
        text[i] = text[i].replace(b",01-03-2021,", b",31-02-2021,", 1)
    path.write_bytes(b"\n".join(text))
    code, out, _seconds, peak = measured_cli(path, "--db", db_path, "--dry-run", timeout=120)
    bad = len(range(1000, len(text) - 1, 1000))
    assert code == 1 and f"{2 * bad} masalah di {bad} baris" in out, out[-2000:]
    assert rows > 70_000
    assert peak < 700, f"peak RSS {peak:.0f} MB"


def test_rebuild_makes_every_mart_again(db_path):
    """``--rebuild``: the full rebuild a load no longer does (it refreshes what it touched)."""
    con = connect(db_path)
    con.execute("delete from mart_kinerja")
    con.close()
    run = cli("--rebuild", "--db", db_path)
    assert run.returncode == 0, run.stderr
    assert_no_traceback(run)
    assert "dibangun ulang" in run.stdout
    con = connect(db_path)
    try:
        assert con.execute("select count(*) from mart_kinerja").fetchall()[0][0] > 0
    finally:
        con.close()


def test_a_load_out_of_memory_says_the_limit_and_how_to_raise_it(
    db_path, demo, tmp_path, monkeypatch, capsys
):
    """A load whose refresh runs out of DuckDB's memory (as one at demo scale 60 did at
    2 GB): exit 2, the limit and the setting to raise, never the error's own text (it can
    quote values from the file), and nothing written."""
    import data.load as cli_module

    secret = "nilai 198001012006041001 dari berkas"

    def out_of_memory(*args, **kwargs):
        raise duckdb.OutOfMemoryException(f"Out of Memory Error: could not allocate ({secret})")

    monkeypatch.setenv("ASN_DB_MEMORY_LIMIT", "3GB")
    monkeypatch.setattr(cli_module, "import_files", out_of_memory)
    path = write(tmp_path, "ev.csv", EVALS + f"{demo.nip},bulanan,2024-01-01,2024-01-31,2,2\n")
    before = state(db_path)
    for lang, words in (("id", "Memori basis data tidak cukup"), ("en", "ran out of memory")):
        code = cli_module.main(["evaluations", str(path), "--db", str(db_path), "--lang", lang])
        said = capsys.readouterr()
        text = said.out + said.err
        assert code == 2
        assert words in text and "3GB" in text and "ASN_DB_MEMORY_LIMIT" in text
        assert secret not in text and "Traceback" not in text
    assert state(db_path)[0] == before[0]
