"""A load of evaluations makes again only the slices of the marts it touched
(analytics/incremental.py, issue #13): after loads, updates, a replace and undos through
the import engine, every mart equals that of a full rebuild on a copy."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pytest
from import_helpers import open_copy
from test_refresh import assert_same_marts

from analytics import db as adb
from analytics import incremental
from analytics.derived import plan, steps
from analytics.sqldeps import query_of
from data.importing import Upload, import_files, undo_latest

COLUMNS = "nip, period_type, period_start, period_end, position_id, hasil_kerja, perilaku, score"


def test_query_of_a_create_statement() -> None:
    sql = "-- a comment\ncreate or replace temp table x as\nwith a as (select 1) select * from a"
    assert query_of(sql).strip() == "with a as (select 1) select * from a"
    with pytest.raises(ValueError):
        query_of("create macro m() as 1")


def test_every_step_an_evaluation_load_runs_has_its_slice_or_reads_whole_inputs() -> None:
    """A statement made in full must not read a temp table of the slice's rows only."""
    all_steps = incremental.check()
    run = {
        s.statement.creates
        for s, go in zip(all_steps, plan(all_steps, set(incremental.CHANGED)), strict=True)
        if go
    }
    # the costly marts of a load of evaluations all have a slice
    assert {
        "mart_kinerja",
        "mart_kinerja_within",
        "mart_did_cells",
        "mart_move_did_cells",
        "mart_staff",
    } <= run
    assert {"mart_did_cells", "mart_move_did_cells", "mart_placement_candidates"} <= set(incremental.SLICES)
    assert incremental.applies({"performance_evaluations", "import_log", "import_codes"})
    assert not incremental.applies({"performance_evaluations", "trainings"})
    assert not incremental.applies(None)


def _write(con: duckdb.DuckDBPyConnection, path: Path, sql: str) -> Path:
    con.execute(f"copy ({sql}) to '{path}' (header)")
    return path


def _region_of(con, rng: random.Random) -> str:
    regions = [r for (r,) in con.execute("select distinct region_id from mart_staff order by 1").fetchall()]
    return rng.choice(regions)


# (what, the rows of its CSV in SQL, mode); {region}: the employees of one region (drawn),
# {seed}: a sample's seed
LOADS = [
    (
        "next month, one region",
        """with last as (select max(period_start) as m from performance_evaluations
                          where period_type = 'bulanan' and {region})
        select nip, period_type, (period_start + interval 1 month)::date as period_start,
            (period_start + interval 2 month - interval 1 day)::date as period_end,
            position_id, hasil_kerja, perilaku, score
        from performance_evaluations, last
        where period_type = 'bulanan' and period_start = last.m and {region}
        using sample 60 percent (bernoulli, {seed})""",
        "append",
    ),
    (
        "changed months, every region",
        """select nip, period_type, period_start, period_end, position_id,
            case when hasil_kerja is null then null else 1 + (hasil_kerja % 3) end as hasil_kerja,
            perilaku, case when score is null then null else least(100, score + 9) end as score
        from performance_evaluations where period_type in ('bulanan', 'triwulan')
        using sample 300 rows (reservoir, {seed})""",
        "append",
    ),
    (
        "movers around their move",
        """select ev.nip, ev.period_type, ev.period_start, ev.period_end, ev.position_id,
            ev.hasil_kerja, ev.perilaku, greatest(0, ev.score - 11) as score
        from performance_evaluations ev
        join placements pl on pl.nip = ev.nip and pl.status = 'executed'
         and ev.period_start between pl.effective_date - interval 4 month and pl.effective_date
        where ev.period_type = 'bulanan' and ev.score is not null
        using sample 150 rows (reservoir, {seed})""",
        "append",
    ),
    (
        "annual results",
        f"""select {COLUMNS.replace("hasil_kerja,", "case when hasil_kerja = 1 then 2 else 1 end as hasil_kerja,")}
        from performance_evaluations where period_type = 'tahunan' and hasil_kerja is not null
        using sample 80 rows (reservoir, {{seed}})""",
        "append",
    ),
    (
        "replace: the table without a sample",
        f"""select {COLUMNS} from performance_evaluations where rowid not in (
            select rowid from performance_evaluations using sample 200 rows (reservoir, {{seed}}))""",
        "replace",
    ),
]


@pytest.mark.slow
def test_loads_of_evaluations_give_the_marts_of_a_full_rebuild(
    small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[int] = []
    real = incremental.refresh
    monkeypatch.setattr(incremental, "refresh", lambda con, timings=None: ran.append(1) or real(con, timings))
    rng = random.Random(2026)
    path = tmp_path / "incremental.duckdb"
    con = open_copy(small_db, path)
    adb.ensure_current(con)

    def compare(what: str) -> None:
        con.execute("checkpoint")
        full = open_copy(path, tmp_path / "full.duckdb")
        try:
            adb.refresh_derived(full)
            assert_same_marts(con, full, what)
        finally:
            full.close()

    try:
        done = []
        for i, (name, sql, mode) in enumerate(LOADS):
            region = f"nip in (select nip from mart_staff where region_id = '{_region_of(con, rng)}')"
            csv = _write(
                con, tmp_path / f"load{i}.csv", sql.format(region=region, seed=rng.randrange(1, 10**6))
            )
            result = import_files(con, [Upload("evaluations", csv, csv.name)], mode=mode, user="test")
            assert result.ok, (name, [f.problem for f in result.files])
            report = result.files[0]
            assert report.inserted + report.updated + report.deleted > 0, name
            assert len(ran) == len(done) + 1, f"{name}: refreshed in full"
            compare(name)
            done.append(name)
        for name in reversed(done[-3:]):  # undo the last three, newest first
            undo_latest(con, "evaluations", user="test")
            compare(f"undo of {name}")
        assert len(ran) == len(done) + 3
    finally:
        con.close()


def test_a_load_of_more_than_evaluations_refreshes_by_table(
    small_db: Path, tmp_path: Path, monkeypatch
) -> None:
    """Evaluations with trainings: the table-level refresh, not the slices."""
    monkeypatch.setattr(incremental, "refresh", lambda *a, **k: pytest.fail("sliced refresh"))
    con = open_copy(small_db, tmp_path / "both.duckdb")
    try:
        adb.ensure_current(con)
        evaluations = _write(
            con,
            tmp_path / "ev.csv",
            f"select {COLUMNS.replace('score', 'least(100, score + 1) as score')} from performance_evaluations "
            "where score is not null limit 20",
        )
        trainings = _write(
            con,
            tmp_path / "tr.csv",
            "select nip, title, jenis_diklat, category, start_date, end_date, jp + 2 as jp, competency_id, provider "
            "from trainings limit 5",
        )
        result = import_files(
            con,
            [Upload("evaluations", evaluations, "ev.csv"), Upload("trainings", trainings, "tr.csv")],
            user="test",
        )
        assert result.ok, [f.problem for f in result.files]
        assert all(f.updated for f in result.files)
        assert steps()  # the table-level plan ran (the sliced one would have failed the test)
    finally:
        con.close()


@pytest.mark.slow
def test_a_region_beyond_the_demo_is_refreshed_by_its_slices(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fifth region, named as a SIASN export names an instansi (a copy of the demo's
    smallest region, rated without scores): its next month and changed months load
    through the slices, and every mart equals a full rebuild."""
    from regions_fixture import build_many_regions

    ran: list[int] = []
    real = incremental.refresh
    monkeypatch.setattr(incremental, "refresh", lambda con, timings=None: ran.append(1) or real(con, timings))
    path = tmp_path / "five.duckdb"
    (new_id, _, _source), *_ = build_many_regions(path, 5)
    con = adb.connect(path)
    try:
        adb.ensure_current(con)
        region = f"nip in (select nip from mart_staff where region_id = '{new_id}')"
        for i, (name, sql, mode) in enumerate(LOADS[:2]):
            csv = _write(con, tmp_path / f"five{i}.csv", sql.format(region=region, seed=7 + i))
            result = import_files(con, [Upload("evaluations", csv, csv.name)], mode=mode, user="test")
            assert result.ok and result.files[0].inserted + result.files[0].updated > 0, name
            assert len(ran) == i + 1
            if i == 0:  # the new month's evaluations are all counted in the region's new cell
                rows = con.execute(f"select count(*), max(period_start) from read_csv('{csv}')").fetchall()[0]
                counted = con.execute(
                    "select sum(evaluations) from mart_kinerja where region_id = ? and period_start = ?",
                    [new_id, rows[1]],
                ).fetchall()[0][0]
                assert counted == rows[0] > 0
            con.execute("checkpoint")
            full = open_copy(path, tmp_path / f"five_full{i}.duckdb")
            try:
                adb.refresh_derived(full)
                assert_same_marts(con, full, f"{new_id}: {name}")
            finally:
                full.close()
    finally:
        con.close()


def test_a_statement_that_fails_in_a_load_is_the_error_reported(
    small_db: Path, tmp_path: Path, monkeypatch
) -> None:
    """A mart statement that fails aborts the load's transaction, and DuckDB then refuses the
    cleanup of its input views: the statement's own error must reach the caller (a load at
    demo scale 60 that ran out of memory said "transaction is aborted"), and nothing is
    changed."""
    import dataclasses

    boom = "case when region_id is not null then error('boom') end is null"
    rule = incremental.SLICES["mart_kinerja"]
    monkeypatch.setitem(
        incremental.SLICES, "mart_kinerja", dataclasses.replace(rule, inputs={"kinerja_rows": boom})
    )
    con = open_copy(small_db, tmp_path / "fails.duckdb")
    try:
        adb.ensure_current(con)
        before = con.execute("select count(*), sum(evaluations) from mart_kinerja").fetchall()
        rows = con.execute("select count(*) from performance_evaluations").fetchall()
        evaluations = _write(
            con,
            tmp_path / "ev.csv",
            f"select {COLUMNS.replace('score', 'least(100, score + 1) as score')} from performance_evaluations "
            "where score is not null limit 20",
        )
        with pytest.raises(duckdb.InvalidInputException, match="boom"):
            import_files(con, [Upload("evaluations", evaluations, "ev.csv")], user="test")
        assert con.execute("select count(*), sum(evaluations) from mart_kinerja").fetchall() == before
        assert con.execute("select count(*) from performance_evaluations").fetchall() == rows
    finally:
        con.close()
