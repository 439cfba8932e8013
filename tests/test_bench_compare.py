"""The benchmark's own checks hold on the small demo: pandas, DuckDB SQL over the raw
tables and the dashboard's marts agree on the four compared metrics, and the
load benchmark loads and undoes its rows through the engine (bench/)."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analytics import db as adb  # noqa: E402
from bench import benchmark, load_bench  # noqa: E402
from bench.machine import load_note  # noqa: E402


def test_pandas_raw_duckdb_and_marts_agree(small_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(small_db, copy)
    con = adb.connect(copy)
    try:
        failures: list[str] = []
        rows, one_time = benchmark.compare_pandas(con, benchmark.default_filters(con), 1, failures)
        # the mart build is rolled back: the file keeps its import log and marts as they were
        assert con.execute("select count(*) from mart_staff_year_jp").fetchall()[0][0] > 0
    finally:
        con.close()
    assert failures == []
    assert len(rows) == len(benchmark.PANDAS_METRICS)
    assert all(r[7] == "yes" for r in rows), rows
    assert [what for what, _ in one_time][1].startswith("build the marts")


def test_load_bench_loads_and_undoes(small_db: Path) -> None:
    rows = load_bench.run(small_db, rows=20, repeat=1)
    table = {r[0].strip(): r for r in rows}
    assert float(table["engine: load (copy, import_files, checkpoint, publish)"][1]) > 0
    assert float(table["of which marts rebuild (refresh_derived)"][1]) > 0
    assert float(table["of which the snapshot (copy, checkpoint, publish)"][1]) > 0
    assert float(rows[0][2]) > 0  # the CLI's peak RSS was read


def test_load_note() -> None:
    assert re.fullmatch(r"load [\d.]+ / [\d.]+ / [\d.]+ \(1/5/15 min\) on \d+ CPUs", load_note())
