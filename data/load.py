"""Load an analyst's CSV/XLSX exports into the dashboard database.

    python -m data.load FILE [FILE ...] [--db PATH] [--mode append|replace] [--dry-run]
    python -m data.load FOLDER [--db PATH]          # every CSV/XLSX in it
    python -m data.load TABLE FILE [--db PATH]      # the file for a table (or a kind, e.g. data_pns)
    python -m data.load --undo TABLE [--db PATH]
    python -m data.load --log [--db PATH]
    python -m data.load --template TABLE [--format csv|xlsx] [-o FILE]
    python -m data.load --new-db [--db PATH]
    python -m data.load --rebuild [--db PATH]       # every mart made again from the raw tables

The same engine as the Unggah Data page (data/importing). Each file is told
apart by its headers (SIASN Data PNS, riwayat kinerja / SKP, riwayat kursus and
diklat, riwayat jabatan, or a template); all are checked, then loaded in
dependency order in one transaction, or none. Per file the CLI prints what it
was taken for, what it made (regions, units, posts named by an export) and what
was loaded. The CLI writes a new snapshot of the database and publishes it when
it commits (analytics.snapshot), so it can load while the dashboard runs; a
second writer waits its turn. A load makes again only the marts that read the tables it wrote
(analytics.derived.plan); ``--rebuild`` makes every mart again, as after a
schema upgrade. Exit codes: 0 loaded (or a clean dry run), 1 a file has problems
(nothing written), 2 usage or database error. Problems are printed as a table;
no traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import getpass
import io
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from analytics import db as adb
from analytics import snapshot
from data.importing import ImportProblem, Upload, import_files, import_log, table, undo_latest
from data.importing.errors import db_problem
from data.importing.kinds import KINDS
from data.importing.tables import TABLES
from data.importing.temp import sweep
from data.importing.templates import template_bytes

FILE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m data.load",
        description="Muat ekspor CSV/XLSX (SIASN, e-Kinerja, sistem lokal) ke basis data dasbor.",
    )
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="[TABLE] FILE",
        help="berkas CSV/XLSX atau folder (jenisnya dikenali dari judul kolom); atau TABEL BERKAS. Tabel: "
        + ", ".join(TABLES),
    )
    p.add_argument(
        "--db", type=Path, default=None, help="berkas DuckDB (bawaan: $ASN_DB_PATH atau data/asn.duckdb)"
    )
    p.add_argument("--mode", choices=("append", "replace"), default="append")
    p.add_argument("--dry-run", action="store_true", help="periksa saja, jangan tulis")
    p.add_argument("--sheet", help="sheet XLSX (bawaan: sheet pertama)")
    p.add_argument("--undo", metavar="TABLE", help="batalkan impor terakhir tabel ini")
    p.add_argument("--log", action="store_true", help="tampilkan log impor")
    p.add_argument("--template", metavar="TABLE", help="tulis templat kosong tabel ini")
    p.add_argument("--format", choices=("csv", "xlsx"), default="csv", help="format templat")
    p.add_argument("-o", "--output", type=Path, help="berkas keluaran templat")
    p.add_argument("--new-db", action="store_true", help="buat basis data kosong (untuk data nyata) di --db")
    p.add_argument(
        "--rebuild", action="store_true", help="bangun ulang semua tabel turunan (mart) dari tabel mentah"
    )
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.add_argument("--user", default=None, help="nama pengguna di log impor (bawaan: pengguna OS)")
    return p


def _target(path: Path | None) -> Path:
    target = Path(path or adb.db_path())
    if not target.exists():
        raise SystemExit(
            _fail(f"Basis data tidak ada: {target}. Jalankan dulu `python -m data.demo` atau dasbor.")
        )
    return target


def _reading(path: Path | None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the published snapshot (the log, a dry run)."""
    target = _target(path)
    try:
        return adb.read_current(target)[1]
    except duckdb.IOException as exc:  # an older dashboard holds the plain file read-write
        if "lock" in str(exc).lower():
            raise SystemExit(_fail(ImportProblem("database_busy").text())) from exc
        raise


@contextlib.contextmanager
def _writing(path: Path | None, *, ensure: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a new snapshot, published when the block ends (analytics.snapshot):
    the dashboard goes on reading the current one meanwhile. Another writer (the Unggah
    Data page, a second CLI) is waited for."""
    target = _target(path)
    try:
        with snapshot.writer_lock(target, timeout=0):
            pass
    except snapshot.WriterBusy:
        print("Menunggu pemuatan lain (halaman Unggah Data atau CLI) selesai ...", file=sys.stderr)
    try:
        with snapshot.writer_lock(target):
            if adb.upgrade_file(target):
                print(f"Basis data diperbarui ke skema versi {adb.SCHEMA_VERSION} (semua baris disalin).")
        # a load refused while writing is rolled back and logged as rejected: the log is kept
        with snapshot.writing(target, publish_despite=(ImportProblem,)) as w:
            if ensure:  # views and marts of this code (a rebuild makes them itself)
                adb.ensure_current(w.con)
            yield w.con
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise SystemExit(_fail(ImportProblem("database_busy").text())) from exc
        raise


def _new_db(path: Path) -> int:
    """An empty database with the schema and reference tables, for real data."""
    if Path(path).exists():
        return _fail(f"Berkas sudah ada: {path}. Pilih nama lain atau hapus dulu.")
    con = adb.connect(path)
    try:
        adb.create_schema(con)
        con.execute(
            "insert or replace into dataset_info values ('source', 'import'), "
            "('built_at', strftime(now(), '%Y-%m-%d %H:%M:%S'))"
        )
        con.execute("checkpoint")
    finally:
        con.close()
    print(f"Basis data kosong dibuat: {path}. Muat unit, jabatan, pegawai, lalu data lainnya.")
    return EXIT_OK


def _rebuild(path: Path | None) -> int:
    """Every mart made again from the raw tables in a new snapshot, published when done."""
    start = time.perf_counter()
    # No transaction of its own: the snapshot is the unit of all or nothing (a failed
    # rebuild is never published), and one transaction over every mart held them in
    # memory: at scale 10 it ran out of a 2 GB limit (peak RSS 5.7 GB); without, 2.9 GB.
    with _writing(path, ensure=False) as con:
        adb.migrate(con)
        adb.create_views(con)  # the views and macros, then every mart
    print(f"Tabel turunan dibangun ulang dalam {time.perf_counter() - start:.1f} s.")
    return EXIT_OK


def _fail(text: str) -> int:
    print(f"GAGAL: {text}", file=sys.stderr)
    return EXIT_ERROR


def _counts(f) -> str:
    return (
        f"baris {f.rows}: baru {f.inserted}, berubah {f.updated}, sama {f.unchanged}, "
        f"dihapus {f.deleted}, ditolak {f.rejected}"
    )


def _print_report(result, lang: str, out=sys.stdout) -> None:
    i = 0 if lang == "id" else 1
    for f in result.files:
        what = f"{f.kind_title[i]} -> {f.table}" if f.kind_title[i] else f.table
        where = f" (baris judul {f.header_row})" if f.header_row > 1 else ""
        how = f" ({f.encoding}, delimiter {f.delimiter!r})" if f.encoding else ""
        print(f"\n== {f.file_name}: {what or '-'}{how}{where}", file=out)
        if f.problem is not None:
            print(f"   {f.problem.text(lang)}", file=out)
            continue
        if f.ignored_columns:
            print(f"   Kolom diabaikan: {', '.join(f.ignored_columns)}", file=out)
        for note in f.notes:
            print(f"   Catatan: {note.text(lang)}", file=out)
        for made in f.made:
            print(f"   dibuat -> {made.table}: {_counts(made)}", file=out)
        print(f"   {f.table}: {_counts(f)}", file=out)
        if f.errors:
            print(f"   {f.problems} masalah di {f.rejected} baris:", file=out)
            writer = csv.writer(out, delimiter="\t", lineterminator="\n")
            writer.writerow(["baris", "kolom", "nilai", "masalah", "perbaikan"])
            for e in f.errors[:50]:
                problem, fix = e.texts(lang)
                writer.writerow([e.row, f.header(e.column), e.value or "", problem, fix])
            if f.problems > 50:
                print(
                    f"   ... dan {f.problems - 50} lagi (gunakan halaman Unggah Data untuk daftar lengkap)",
                    file=out,
                )


def main(argv: list[str] | None = None) -> int:
    """The CLI; every failure ends as a one-line message and exit code 2, never a traceback
    (a DuckDB message can quote values from the file, so only its type is shown)."""
    try:
        return _main(argv)
    except duckdb.Error as exc:
        return _fail(db_problem(exc).text())
    except OSError as exc:
        return _fail(f"{type(exc).__name__}: {exc.strerror or ''} {exc.filename or ''}".strip())


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.template:
        try:
            spec = table(args.template)
        except KeyError:
            return _fail(
                ImportProblem("unknown_table", table=args.template, tables=", ".join(TABLES)).text(args.lang)
            )
        # the example's codes come from the database when there is one (read only)
        target = args.db or adb.db_path()
        con = None
        if Path(target).exists():
            try:
                con = adb.connect(target, read_only=True)
            except duckdb.Error:
                con = None
        try:
            data = template_bytes(spec, args.format, con)
        finally:
            if con is not None:
                con.close()
        if args.output:
            args.output.write_bytes(data)
        else:
            sys.stdout.buffer.write(data)
        return EXIT_OK
    if args.new_db:
        return _new_db(args.db or adb.db_path())
    if args.log:
        con = _reading(args.db)
        try:
            buf = io.StringIO()
            import_log(con).to_string(buf, index=False)
        finally:
            con.close()
        print(buf.getvalue())
        return EXIT_OK
    if args.rebuild:
        return _rebuild(args.db)
    user = args.user or getpass.getuser()
    if args.undo:
        try:
            with _writing(args.db) as con:
                entry = undo_latest(con, args.undo, user=user)
        except KeyError:
            return _fail(
                ImportProblem("unknown_table", table=args.undo, tables=", ".join(TABLES)).text(args.lang)
            )
        except ImportProblem as problem:
            return _fail(problem.text(args.lang))
        print(
            f"Dibatalkan: impor #{entry['import_id']} ({entry['file_name']}, {entry['inserted']} baris baru)"
        )
        return EXIT_OK
    try:
        uploads = _uploads(args.inputs, args.sheet)
    except _Usage as problem:
        if problem.usage:
            _parser().print_usage(sys.stderr)
        return _fail(problem.text(args.lang))
    sweep()  # converted copies an import killed earlier left in the temporary folder (personal data)
    try:
        if args.dry_run:  # checked against the published snapshot; nothing is written
            con = _reading(args.db)
            try:
                result = import_files(con, uploads, mode=args.mode, dry_run=True, user=user)
            finally:
                con.close()
        else:
            with _writing(args.db) as con:
                result = import_files(con, uploads, mode=args.mode, user=user)
    except ImportProblem as problem:
        return _fail(problem.text(args.lang))
    except duckdb.Error as exc:
        # the message may quote a value from the file: keep it out of logs
        return _fail(db_problem(exc).text(args.lang))
    _print_report(result, args.lang)
    if not result.ok:
        print("\nTidak ada yang ditulis: perbaiki berkas lalu muat ulang.", file=sys.stderr)
        return EXIT_PROBLEMS
    verb = "Uji coba selesai (tidak ditulis)" if args.dry_run else "Dimuat"
    print(f"\n{verb} dalam {result.seconds:.1f} s.")
    return EXIT_OK


class _Usage(Exception):
    def __init__(self, message: str | ImportProblem, *, usage: bool = False):
        super().__init__(str(message))
        self.message, self.usage = message, usage

    def text(self, lang: str) -> str:
        return self.message.text(lang) if isinstance(self.message, ImportProblem) else str(self.message)


def _is_table(name: str) -> bool:
    try:
        table(name)
    except KeyError:
        return name in KINDS
    return True


def _uploads(inputs: list[str], sheet: str | None) -> list[Upload]:
    """The files to load: ``TABLE FILE`` (or a kind), else every FILE (a folder: its CSV/XLSX files)."""
    if not inputs:
        raise _Usage(
            "Sebutkan berkas: python -m data.load BERKAS [BERKAS ...], atau TABEL BERKAS.", usage=True
        )
    first = inputs[0]
    named: str | None = None
    if not Path(first).exists() and (len(inputs) >= 2 or _is_table(first)):
        if not _is_table(first):
            raise _Usage(ImportProblem("unknown_table", table=first, tables=", ".join(TABLES)))
        named, inputs = first, inputs[1:]
        if not inputs:
            raise _Usage("Sebutkan berkas untuk tabel itu: python -m data.load TABEL BERKAS.", usage=True)
    paths: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            paths += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in FILE_SUFFIXES)
        elif path.is_file():
            paths.append(path)
        else:
            raise _Usage(f"Berkas tidak ada: {raw}")
    if not paths:
        raise _Usage(f"Tidak ada berkas CSV/XLSX di {', '.join(inputs)}")
    kind = named if named in KINDS and named not in TABLES else None
    tbl = None if kind else named
    return [Upload(tbl, p, p.name, sheet=sheet, kind=kind) for p in paths]


if __name__ == "__main__":
    sys.exit(main())
