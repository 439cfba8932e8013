"""Import speed: the engine against DuckDB's raw ``read_csv`` on the same file.

Issue #3 asks that a 5-million-row evaluations CSV loads, validation included,
at no less than half the speed of DuckDB's raw ``read_csv`` into a table on the
same machine. Here:

- **raw**: ``create table t as select * from read_csv(file)`` (types
  auto-detected, no checks) in a database file, then ``checkpoint``;
- **engine**: :func:`data.importing.import_files` into
  ``performance_evaluations`` of a database file holding the employees the rows
  refer to. Phases: read + type + validate (cells, predikat matrix, duplicates,
  references), write (upsert and the undo record, one transaction), and the
  marts rebuild the dashboards need (reported apart: it is the same work
  whatever loaded the data);
- the same file **again** (every row unchanged);
- the same rows in an Indonesian **Excel-style** CSV (``;``, ``87,5``,
  DD-MM-YYYY), which takes the tolerant text parser instead of the reader's
  own types.

Used by ``bench/benchmark.py`` (``--import-rows``), or on its own:
``python bench/import_bench.py --rows 5000000``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from analytics import db as adb  # noqa: E402
from data.importing import Upload, import_files  # noqa: E402

MONTHS = 12
NIP0 = 199001012015031000  # 18 digits; employee i has NIP0 + i


def write_files(workdir: Path, rows: int) -> tuple[Path, Path]:
    """A machine-export CSV and an Indonesian Excel-style CSV of the same evaluations."""
    machine, excel = workdir / "evaluations.csv", workdir / "evaluations_id.csv"
    con = duckdb.connect()
    con.execute(
        f"""
        create table ev as
        select ({NIP0} + i // {MONTHS})::varchar as nip, 'bulanan' as period_type,
            (date '2023-01-01' + to_months((i % {MONTHS})::int))::date as period_start,
            (date '2023-01-01' + to_months((i % {MONTHS})::int + 1) - interval 1 day)::date as period_end,
            1 + (i % 3) as hasil_kerja, 1 + (i // 3 % 3) as perilaku,
            round(55 + (i % 450) / 10.0, 1) as score,
            round(60 + (i % 400) / 10.0, 1) as score_hasil_kerja,
            round(70 + (i % 300) / 10.0, 1) as score_sikap,
            round(75 + (i % 250) / 10.0, 1) as score_disiplin
        from range({rows}) t(i)
        """
    )
    con.execute(f"copy ev to '{machine}' (header)")
    con.execute(
        f"""
        copy (select nip as "NIP", period_type as "Periode", strftime(period_start, '%d-%m-%Y') as "Awal Periode",
            strftime(period_end, '%d-%m-%Y') as "Akhir Periode", hasil_kerja as "Rating Hasil Kerja",
            perilaku as "Rating Perilaku", replace(score::varchar, '.', ',') as "Nilai"
        from ev) to '{excel}' (header, delimiter ';')
        """
    )
    con.close()
    return machine, excel


def fresh_db(path: Path, employees: int) -> None:
    """Schema, one region, unit and post, and the employees the evaluations refer to."""
    path.unlink(missing_ok=True)
    con = adb.connect(path)
    adb.create_schema(con)
    con.execute("insert into regions (region_id, name, sort_order) values ('B-R1', 'Kota Uji', 1)")
    con.execute(
        "insert into units (unit_id, region_id, name, kind) values ('B-U1', 'B-R1', 'Unit Uji', 'dinas')"
    )
    con.execute(
        "insert into positions (position_id, unit_id, name, jenis_jabatan, level, staffing_need) "
        "values ('B-P1', 'B-U1', 'Pelaksana Uji', 4, 'Pelaksana', 10)"
    )
    con.execute(
        f"""
        insert into employees (nip, name, sex, birth_date, employee_type, golongan, education_level,
            position_id, position_start, service_start)
        select ({NIP0} + i)::varchar, 'Pegawai ' || i, 'L', date '1990-01-01', 'PNS', 'III/a', 40, 'B-P1',
            date '2015-03-01', date '2015-03-01'
        from range({employees}) t(i)
        """
    )
    con.execute("checkpoint")
    con.close()


def time_raw(db: Path, csv: Path) -> float:
    con = adb.connect(db)
    try:
        start = time.perf_counter()
        con.execute(f"create table raw_read as select * from read_csv('{csv}')")
        con.execute("checkpoint")
        seconds = time.perf_counter() - start
        con.execute("drop table raw_read")
        con.execute("checkpoint")
        return seconds
    finally:
        con.close()


def time_engine(db: Path, csv: Path, name: str) -> tuple[float, dict, object]:
    con = adb.connect(db)
    try:
        start = time.perf_counter()
        result = import_files(con, [Upload("evaluations", csv, name)], user="bench")
        con.execute("checkpoint")
        total = time.perf_counter() - start
        if not result.ok:
            raise RuntimeError(f"benchmark file rejected: {result.files[0].problems} problems")
        return total, dict(result.timings), result.files[0]
    finally:
        con.close()


def run(rows: int, repeat: int = 3, workdir: Path | None = None) -> list[list[str]]:
    """Rows of a printable table: what, seconds, rows/s, ratio to raw."""
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        tmp = Path(tmp)
        machine, excel = write_files(tmp, rows)
        size_mb = machine.stat().st_size / 1e6
        db = tmp / "import.duckdb"
        employees = -(-rows // MONTHS)
        raws, loads, phases, reloads = [], [], [], []
        for _ in range(repeat):
            fresh_db(db, employees)
            raws.append(time_raw(db, machine))
            total, timing, report = time_engine(db, machine, machine.name)
            assert report.inserted == rows, report
            loads.append(total - timing.get("refresh", 0.0))
            phases.append(timing)
            total, timing, report = time_engine(db, machine, machine.name)
            assert report.unchanged == rows, report
            reloads.append(total - timing.get("refresh", 0.0))
        fresh_db(db, employees)
        excel_total, excel_timing, report = time_engine(db, excel, excel.name)
        assert report.inserted == rows, report
    raw = statistics.median(raws)
    load = statistics.median(loads)
    validate = statistics.median(p["validate"] for p in phases)
    write = statistics.median(p["write"] + p.get("commit", 0.0) for p in phases)
    refresh = statistics.median(p["refresh"] for p in phases)

    def line(what: str, seconds: float) -> list[str]:
        return [what, f"{seconds:.2f}", f"{rows / seconds:,.0f}", f"{raw / seconds:.2f}"]

    return [
        [f"file: {rows:,} rows, {size_mb:.0f} MB", "", "", ""],
        line("raw read_csv into a table", raw),
        line("engine: load incl. validation", load),
        line("  of which read + type + validate", validate),
        line("  of which write (upsert, undo record)", write),
        line("marts rebuild after the load", refresh),
        line("same file again (all unchanged)", statistics.median(reloads)),
        line("Excel-style CSV (; 87,5 dd-mm-yyyy)", excel_total - excel_timing.get("refresh", 0.0)),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=5_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    rows = run(args.rows, args.repeat)
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print("what".ljust(widths[0]), "s".rjust(7), "rows/s".rjust(12), "speed vs raw (>= 0.5 wanted)")
    for r in rows:
        print(r[0].ljust(widths[0]), r[1].rjust(7), r[2].rjust(12), r[3].rjust(6))
    return 0


if __name__ == "__main__":
    sys.exit(main())
