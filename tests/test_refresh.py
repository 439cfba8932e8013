"""Refreshing only the marts a load touches (issue #13): the SQL parser, the plan, and
marts identical to a full rebuild after random loads."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest
from import_helpers import open_copy

from analytics import db as adb
from analytics.derived import plan, steps
from analytics.sqldeps import closure, definitions, statements
from data.importing import Upload, import_files, undo_latest

SCRIPT = """
-- a comment naming old_table; and a semicolon
create or replace temp table t_one as
select 'a;b' as s, x from raw_a /* block; comment raw_b */ join raw_c using (id);

create or replace table mart_one as
with raw_e as (select 1), later as (select * from raw_e)
select * from sliced('t_one', 1), later where "raw_d" > 0;
create macro m_one(p) as (select p from mart_one);
drop table t_one;
select 1
"""


def test_statements_split_outside_quotes_and_comments() -> None:
    got = statements(SCRIPT)
    assert [s.creates for s in got] == ["t_one", "mart_one", "m_one", None, None]
    assert [s.temp for s in got] == [True, False, False, False, False]
    assert [s.kind for s in got[:4]] == ["table", "table", "macro", "table"]
    assert got[3].drops == "t_one"
    assert got[0].sql.startswith("-- a comment") and got[0].sql.endswith("using (id)")
    known = {"raw_a", "raw_b", "raw_c", "raw_d", "old_table", "t_one", "mart_one"}
    assert got[0].reads(known) == {"raw_a", "raw_c"}  # not the comments' words
    # a relation named in a string, a quoted name; not a CTE named like a table
    assert got[1].reads(known | {"raw_e"}) == {"t_one", "raw_d"}
    assert got[1].ctes == {"raw_e", "later"}
    assert got[2].reads(known) == {"mart_one"}


def test_closure_follows_views_and_macros() -> None:
    views = definitions(
        "create view v_a as select * from raw_a join v_b using (id);"
        "create or replace view v_b as select * from raw_b;"
        "create macro m(x) as table select * from v_a;"
    )
    assert closure({"m"}, views) >= {"m", "v_a", "v_b", "raw_a", "raw_b"}
    assert closure({"raw_c"}, views) == {"raw_c"}


def _names(changed: set[str] | None) -> list[str]:
    all_steps = steps()
    return [s.name for s, go in zip(all_steps, plan(all_steps, changed), strict=True) if go]


def test_plan_runs_what_reads_the_changed_tables() -> None:
    every = _names(None)
    assert len(every) == len(steps())
    assert _names(set()) == []
    assert _names({"service_surveys", "import_log"}) == []  # no mart reads them
    # a setting: the training years and what reads them (and the data_years they need)
    assert _names({"settings"}) == [
        "00_base.sql: data_years",
        "30_training.sql: mart_staff_year_jp",
        "30_training.sql: mart_jp_values",
        "30_training.sql: mart_jp_counts",
    ]
    # assessments: no kinerja mart, but the windows the placement marts read
    got = _names({"competency_assessments"})
    assert "10_kinerja.sql: mart_kinerja" not in got
    assert {"20_competency.sql: mart_employee_jpm", "40_placement.sql: mart_placement_candidates"} <= set(got)
    # region_medians reads the windows, which are kept (mart_kinerja_windows): not made again
    assert "40_placement.sql: region_medians" in got
    assert "numpy: kinerja_windows_raw" not in got
    # evaluations: the windows, kinerja marts; not the competency marts
    got = _names({"performance_evaluations"})
    assert {"numpy: kinerja_windows_raw", "10_kinerja.sql: mart_kinerja"} <= set(got)
    assert not any(n.startswith("20_competency") for n in got)


def test_every_mart_statement_creates_or_drops() -> None:
    """Else plan() runs everything (an insert into a mart cannot be rerun on its own)."""
    odd = [s.name for s in steps() if not (s.statement.creates or s.statement.drops)]
    assert odd == []


def test_every_read_is_made_before_and_every_transient_read_is_made_in_the_run() -> None:
    """A statement never reads a mart made by a later one (a full rebuild would read last
    load's version), and a running statement's transient inputs (temp tables, scratch tables
    dropped later: kinerja_rows) are made in the same run."""
    all_steps = steps()
    made: dict[str, int] = {}
    for i, step in enumerate(all_steps):
        if step.statement.creates:
            made.setdefault(step.statement.creates, i)
    for i, step in enumerate(all_steps):
        later = {n for n in step.reads if made.get(n, -1) > i}
        assert not later, (step.name, later)
    tables = {s.statement.creates for s in all_steps} - {None}
    for changed in ({"performance_evaluations"}, {"trainings"}, {"placements"}, {"employees"}):
        go = plan(all_steps, changed)
        for i, step in enumerate(all_steps):
            if not go[i]:
                continue
            for name in step.reads & tables:
                producers = [j for j in range(i) if all_steps[j].statement.creates == name]
                if all_steps[producers[-1]].transient:
                    assert go[producers[-1]], (step.name, name)


def test_a_scratch_table_is_transient_and_left_in_no_file(small_ro: duckdb.DuckDBPyConnection) -> None:
    """kinerja_rows is a table of the file (as a temp table DuckDB could not write it out
    at demo scale 60), dropped at the end of its file: planned as a temp table is, and gone
    from a built database."""
    by_name = {s.statement.creates: s for s in steps() if s.statement.creates}
    rows = by_name["kinerja_rows"]
    assert not rows.statement.temp and rows.transient
    assert by_name["data_years"].transient and not by_name["mart_kinerja"].transient
    # a load of trainings reruns mart_kinerja_within (it reads `trained`), so kinerja_rows too
    all_steps = steps()
    go = {s.statement.creates: g for s, g in zip(all_steps, plan(all_steps, {"trainings"}), strict=True)}
    assert go["kinerja_rows"] and go["mart_kinerja_within"]
    assert not go["mart_kinerja_windows"]  # no statement that runs reads it
    left = small_ro.execute(
        "select table_name from duckdb_tables() where table_name = 'kinerja_rows'"
    ).fetchall()
    assert left == []


def test_marts_of_other_code_are_rebuilt_in_full(small_db: Path, tmp_path: Path) -> None:
    """A selective refresh on marts another derived_version made would mix two versions."""
    con = open_copy(small_db, tmp_path / "old.duckdb")
    try:
        timings: dict[str, float] = {}
        adb.refresh_derived(con, {"service_surveys"}, timings)
        assert timings == {}
        con.execute("update dataset_info set value = 'other' where key = 'derived_version'")
        adb.refresh_derived(con, {"service_surveys"}, timings)
        assert len(timings) == len({s.name for s in steps()})
        assert con.execute("select value from dataset_info where key = 'derived_version'").fetchall() == [
            (adb.derived_version(),)
        ]
    finally:
        con.close()


# ---------------------------------------------------------------- identical marts
RAW = set(definitions((adb.PACKAGE_DIR / "schema.sql").read_text(encoding="utf-8")))


def marts(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute("select table_name from duckdb_tables() where not temporary order by 1").fetchall()
    return [t for (t,) in rows if t not in RAW and not t.startswith("import_")]


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    floats = [c for c in frame.columns if pd.api.types.is_float_dtype(frame[c])]
    keys = [c for c in frame.columns if c not in floats]
    rounded = frame.assign(**{c: frame[c].round(6) for c in floats})
    order = rounded.sort_values([*keys, *floats], na_position="first").index
    return frame.loc[order].reset_index(drop=True)


def assert_same_marts(con: duckdb.DuckDBPyConnection, full: duckdb.DuckDBPyConnection, what: str) -> None:
    names = marts(con)
    assert names == marts(full), what
    assert len(names) >= 15
    for name in names:
        a, b = (_sorted(c.execute(f"select * from {name}").df()) for c in (con, full))
        assert list(a.columns) == list(b.columns), (what, name)
        assert len(a) == len(b), (what, name, len(a), len(b))
        for col in a.columns:
            x, y = a[col], b[col]
            if pd.api.types.is_float_dtype(x):
                ok = np.isclose(x.to_numpy(float), y.to_numpy(float), rtol=1e-9, atol=1e-9, equal_nan=True)
            else:
                ok = (x == y) | (x.isna() & y.isna())
            assert bool(np.all(ok)), (what, name, col, int((~np.asarray(ok)).sum()))


def _sample(con, table: str, share: float, rng: random.Random) -> str:
    """A ``rowid in (...)`` predicate for a random share of a table's rows."""
    n = con.execute(f"select count(*) from {table}").fetchall()[0][0]
    seed = rng.randrange(1, 10**6)
    return (
        f"rowid in (select rowid from {table} using sample {max(1, round(n * share))} rows "
        f"(reservoir, {seed}))"
    )


LOADS = [
    "performance_evaluations", "trainings", "placements", "competency_assessments",
    "potential_assessments", "service_surveys", "employees",
]  # fmt: skip


def _random_load(con, rng: random.Random, first: str) -> set[str]:
    """Change a random sample of ``first`` and perhaps one more table by SQL; return the
    tables changed."""
    kinds = {
        "performance_evaluations": [
            "delete from performance_evaluations where {s}",
            "update performance_evaluations set score = least(100, score + 7) where {s}",
        ],
        "trainings": ["delete from trainings where {s}", "update trainings set jp = jp + 15 where {s}"],
        "placements": ["delete from placements where {s}"],
        "competency_assessments": [
            "update competency_assessments set level = least(level + 1, 5) where {s}",
            "delete from competency_assessments where {s}",
        ],
        "potential_assessments": ["delete from potential_assessments where {s}"],
        "service_surveys": ["delete from service_surveys where {s}"],
        "employees": [
            # a move: another post of the same unit
            "update employees e set position_id = (select max(p.position_id) from positions p "
            "join positions q on q.unit_id = p.unit_id where q.position_id = e.position_id) "
            "where e.position_id is not null and {s}",
        ],
    }
    changed = {first, rng.choice(sorted(kinds))} if rng.random() < 0.4 else {first}
    for name in sorted(changed):
        sql = rng.choice(kinds[name])
        con.execute(sql.format(s=_sample(con, name, rng.uniform(0.01, 0.08), rng)))
    return changed


def _full_copy(con: duckdb.DuckDBPyConnection, source: Path, target: Path) -> duckdb.DuckDBPyConnection:
    """A copy of the database as it is now, its marts rebuilt in full."""
    con.execute("checkpoint")
    full = open_copy(source, target)
    adb.refresh_derived(full)
    return full


@pytest.mark.slow
def test_selective_refresh_gives_the_marts_of_a_full_rebuild(small_db: Path, tmp_path: Path) -> None:
    """Random loads on a copy of the demo (SQL changes of a random sample, and a load and
    undo through the import engine), each followed by the selective refresh; after each,
    every mart equals that of a full rebuild on another copy."""
    rng = random.Random(13)
    path = tmp_path / "selective.duckdb"
    con = open_copy(small_db, path)
    try:
        for round_, first in enumerate(rng.sample(LOADS, len(LOADS))):  # each table at least once
            con.execute("begin transaction")
            changed = _random_load(con, rng, first)
            adb.refresh_derived(con, changed)
            con.execute("commit")
            full = _full_copy(con, path, tmp_path / f"full{round_}.duckdb")
            try:
                assert_same_marts(con, full, f"round {round_}: {sorted(changed)}")
            finally:
                full.close()
        # the import engine: new scores for a sample of evaluations, then its undo
        csv = tmp_path / "evaluations.csv"
        con.execute(
            f"""copy (select nip, period_type, period_start, period_end, position_id, hasil_kerja, perilaku,
                least(100, coalesce(score, 70) + 3) as score
            from performance_evaluations using sample 200 rows (reservoir, 5)) to '{csv}' (header)"""
        )
        result = import_files(con, [Upload("evaluations", csv, csv.name)], user="test")
        assert result.ok and result.files[0].updated > 0
        for step in ("import", "undo"):
            if step == "undo":
                undo_latest(con, "evaluations", user="test")
            full = _full_copy(con, path, tmp_path / f"full_{step}.duckdb")
            try:
                assert_same_marts(con, full, step)
            finally:
                full.close()
    finally:
        con.close()


@pytest.mark.slow
def test_marts_made_in_blocks_of_employees_equal_one_block(
    small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kinerja windows and the within-employee marts are made 100,000 employees at a
    time at scale; in blocks of 500 (the small demo's 2,300 employees: five blocks) every
    mart equals the one-block refresh."""
    import analytics.derived as derived

    one = open_copy(small_db, tmp_path / "one.duckdb")
    blocks = open_copy(small_db, tmp_path / "blocks.duckdb")
    try:
        adb.refresh_derived(one)
        monkeypatch.setattr(derived, "WINDOW_BLOCK", 500)
        timings: dict[str, float] = {}
        adb.refresh_derived(blocks, None, timings)
        assert "10_kinerja.sql: mart_kinerja_within" in timings
        blocks.execute(derived.LOOKUPS)
        indices = [b.index for b in derived.nip_blocks(blocks)]
        assert len(indices) >= 4 and indices == list(range(len(indices)))
        assert_same_marts(blocks, one, "blocks of 500")
    finally:
        one.close()
        blocks.close()
