"""bench/scale_build.py: the demo built in two parts (raw tables, then the marts one
statement at a time) is the demo the builder makes in one, marts and all."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import duckdb
from test_refresh import assert_same_marts

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from conftest import SMALL_SCALE  # noqa: E402

from analytics import db as adb  # noqa: E402
from bench import scale_build  # noqa: E402


def assert_built_as_one(db: Path, one_build: Path, what: str) -> None:
    """``db`` is stamped current and has exactly the marts of the one-process build."""
    con, full = duckdb.connect(str(db), read_only=True), duckdb.connect(str(one_build), read_only=True)
    try:
        assert adb.derived_is_current(con)
        assert_same_marts(con, full, what)
    finally:
        con.close()
        full.close()


def test_two_parts_make_the_marts_of_one_build(small_db, tmp_path, monkeypatch, capsys) -> None:
    db = tmp_path / "parts.duckdb"
    with monkeypatch.context() as m:  # raw() switches the builder's refresh off for its process
        m.setattr(adb, "refresh_derived", adb.refresh_derived)
        scale_build.main(["raw", str(SMALL_SCALE), str(db)])
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute(
            "select count(*) from duckdb_tables() where table_name like 'mart_%'"
        ).fetchall() == [(0,)]
    finally:
        con.close()
    scale_build.main(["marts", str(db)])
    printed = capsys.readouterr().out
    assert "raw tables built" in printed and "marts built" in printed
    assert "10_kinerja.sql: mart_kinerja " in printed  # one line per statement
    assert_built_as_one(db, small_db, "two parts")


def test_a_build_that_stopped_is_finished_from_its_statement(small_db, tmp_path, capsys) -> None:
    """`marts DB --from STATEMENT` (a build that ran out of memory there, as the scale-60
    one did at region_medians): that statement and the later ones run, with the temp
    tables they read made again, and the marts are those of one build."""
    db = tmp_path / "stopped.duckdb"
    shutil.copyfile(small_db, db)
    con = duckdb.connect(str(db))
    try:  # what the failed process had not made yet, and its version stamp
        con.execute("drop table mart_move_effects")
        con.execute("drop table mart_placement_candidates")
        con.execute("delete from mart_staff")
        con.execute("delete from dataset_info where key = 'derived_version'")
    finally:
        con.close()
    scale_build.main(["marts", str(db), "--from", "40_placement.sql: region_medians"])
    printed = capsys.readouterr().out
    assert "40_placement.sql: latest_levels" in printed  # a temp table it reads, made again
    assert "10_kinerja.sql: mart_kinerja " not in printed  # made before: not again
    assert_built_as_one(db, small_db, "finished from region_medians")
