"""Rebuild the derived tables (marts) after a data load.

Most of the work is SQL in ``analytics/marts/*.sql``, run in file-name order
(base, kinerja, competency, training, placement, talent, cleanup): one file per
family of marts, each reading the marts and temporary tables of the files
before it. One step is done in numpy: the mean of each kinerja outcome
(:data:`OUTCOMES`: the 0-100 score, and hasil kerja Di Atas Ekspektasi as 0/1,
which a ratings-only SIASN export has too) in the 6 months before and in
months +3..+8 after every employee-month (the windows of the training-impact
and move estimates); a quarterly evaluation stands for each of its months. As SQL window functions over ~4 million rows this is the
slowest part of a refresh on two cores; as cumulative sums over an employee x
month grid it takes well under a second, and it is exact also when an
employee's months have gaps or a month has one outcome and not the other.

After a load only the statements that read what it wrote run again
(:func:`plan`, from the SQL parsed by analytics/sqldeps.py), with the temp tables
they read; ``refresh_derived(con)`` without ``changed`` rebuilds everything.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from analytics.sqldeps import Statement, closure, definitions, query_of, replace_relation, statements

PACKAGE = Path(__file__).resolve().parent
MARTS = PACKAGE / "marts"


def mart_files() -> list[Path]:
    """The mart SQL files in the order they run."""
    return sorted(MARTS.glob("*.sql"))


BEFORE = (-6, -1)  # months relative to t, inclusive
AFTER = (3, 8)
# The monthly outcomes whose windows are computed: name -> its value in SQL over
# performance_evaluations ev (null where the evaluation lacks it). The marts read
# the windows of either, so the same estimators run on the score where the data
# has one and on the rating otherwise (analytics/training.py, placement.py).
OUTCOMES = {
    "score": "ev.score",
    "hasil_di_atas": "(ev.hasil_kerja = 1)::double",  # hasil kerja Di Atas Ekspektasi (SIASN code 1)
}


def window_sums(row: np.ndarray, col: np.ndarray, value: np.ndarray, lo: int, hi: int):
    """Sum and count of ``value`` over columns col+lo .. col+hi of the same row, for every point.

    Points are (row, col) cells of a grid; each cell holds at most one value. A NaN
    value is a point without a value: it counts nowhere, but gets its window too.
    """
    pad = max(abs(lo), abs(hi)) + 1
    width = int(col.max()) + 1 + 2 * pad
    sums = np.zeros((int(row.max()) + 1, width))
    counts = np.zeros_like(sums)
    has = ~np.isnan(value)
    sums[row[has], col[has] + pad] = value[has]
    counts[row[has], col[has] + pad] = 1.0
    # cumulative with a leading zero column: cum[:, j] = sum of columns < j
    cum_s = np.concatenate([np.zeros((sums.shape[0], 1)), np.cumsum(sums, axis=1)], axis=1)
    cum_n = np.concatenate([np.zeros((counts.shape[0], 1)), np.cumsum(counts, axis=1)], axis=1)
    start, stop = col + pad + lo, col + pad + hi + 1
    return cum_s[row, stop] - cum_s[row, start], cum_n[row, stop] - cum_n[row, start]


def windows_sql(evaluations: str = "true") -> str:
    """The employee-months :func:`kinerja_windows` computes the windows over, of the
    evaluations that meet ``evaluations`` (SQL over ``ev``, applied where they are read)."""
    values = ", ".join(f"{expr} as {name}" for name, expr in OUTCOMES.items())
    names = ", ".join(OUTCOMES)
    present = " or ".join(f"{expr} is not null" for expr in OUTCOMES.values())
    # A quarterly (triwulan) evaluation counts for each of its months that has no
    # monthly one, so a region rating per quarter has windows too (of fewer
    # independent values: the change is still one per employee).
    return f"""
        with monthly as (
            select ev.nip, date_trunc('month', ev.period_start)::date as month, ev.position_id, {values}
            from performance_evaluations ev
            where ev.period_type = 'bulanan' and ({present}) and ({evaluations})
        ),
        quarterly as (
            select ev.nip,
                unnest(generate_series(
                    date_trunc('month', ev.period_start), date_trunc('month', ev.period_end), interval 1 month
                ))::date as month,
                ev.position_id, {values}
            from performance_evaluations ev
            where ev.period_type = 'triwulan' and ({present}) and ({evaluations})
        ),
        months as (
            select * from monthly
            union all
            select q.* from quarterly q anti join monthly m using (nip, month)
        )
        select i.employee_id, year(e.month) * 12 + month(e.month) - 1 as month_index, p.position_key, {names}
        from months e
        join employee_ids i using (nip)
        join position_keys p on p.position_id = coalesce(e.position_id, i.position_id)
        """


# employees per numpy pass of the windows: the memory of a refresh stays bounded at any
# scale (issue #13); a window never crosses employees, so the passes are exact
WINDOW_BLOCK = 100_000


def kinerja_windows(con: duckdb.DuckDBPyConnection, where: str | None = None) -> pa.Table:
    """employee_id, month_index, position_key and, for each outcome o of :data:`OUTCOMES`,
    o (the month's value, null if none), o_pre_mean, o_pre_n (months with a value in
    -6..-1), o_post_mean and o_post_n (+3..+8): one row per month with a monthly
    evaluation, or else with a quarterly one covering it; of the employees whose
    evaluations meet ``where`` (SQL over ``ev``, the evaluation row, applied where the
    evaluations are read: a block's NIP range, or ``ev.nip in (...)``), all by default."""
    data = con.sql(windows_sql(where or "true")).fetchnumpy()
    # the grid's rows: this call's employees only, numbered densely
    row = np.unique(np.asarray(data["employee_id"], dtype=np.int64), return_inverse=True)[1].reshape(-1)
    month = np.asarray(data["month_index"], dtype=np.int64)
    columns = {k: np.asarray(data[k]) for k in ("employee_id", "month_index", "position_key")}
    for name in OUTCOMES:
        value = np.ma.filled(np.ma.asarray(data[name]).astype(np.float64), np.nan)
        if len(row):
            first = month.min()
            pre_s, pre_n = window_sums(row, month - first, value, *BEFORE)
            post_s, post_n = window_sums(row, month - first, value, *AFTER)
        else:
            pre_s = pre_n = post_s = post_n = np.zeros(0)
        with np.errstate(invalid="ignore", divide="ignore"):
            columns[name] = pa.array(value, from_pandas=True)  # NaN -> null
            for part, total, n in (("pre", pre_s, pre_n), ("post", post_s, post_n)):
                mean = np.where(n > 0, total / np.maximum(n, 1), np.nan)
                columns[f"{name}_{part}_mean"] = pa.array(mean, from_pandas=True)
        columns[f"{name}_pre_n"] = pre_n.astype(np.int32)
        columns[f"{name}_post_n"] = post_n.astype(np.int32)
    return pa.table(columns)


# The lookups the windows are computed over (dense ids for the numpy grid); the
# mart_kinerja_windows of 05_windows.sql joins them back to NIPs and posts.
LOOKUPS = """
create or replace temp table employee_ids as
    select nip, position_id, (row_number() over (order by nip) - 1)::integer as employee_id from employees;
create or replace temp table position_keys as
    select position_id, (row_number() over (order by position_id) - 1)::integer as position_key
    from positions;
"""


@dataclass
class Step:
    """One statement of a refresh: what it makes or drops, what it reads, how it runs."""

    name: str  # file and object, for timings
    statement: Statement
    reads: set[str] = field(default_factory=set)  # known tables, views, macros (views.sql ones expanded)
    run: Callable[[duckdb.DuckDBPyConnection], None] | None = None  # None: execute the statement
    # gone by the end of a refresh: a temp table or view, or a scratch table that a later
    # statement drops (kinerja_rows is a table of the file, not a temp table, so that DuckDB
    # can write its blocks out: as a temp table it ran out of memory at demo scale 60)
    transient: bool = False


def _store_windows(con: duckdb.DuckDBPyConnection) -> None:
    """kinerja_windows_raw, made WINDOW_BLOCK employees at a time, each block reading only
    its own evaluations (with the filter after the join instead, every block read and
    matched every evaluation again: 24 times 120 million rows at demo scale 30)."""
    for block in nip_blocks(con) or [None]:
        windows = kinerja_windows(con, block.where_nip("ev.nip") if block else None)
        con.register("kinerja_windows_arrow", windows)
        try:
            if block is None or block.index == 0:
                con.execute(
                    "create or replace temp table kinerja_windows_raw as select * from kinerja_windows_arrow"
                )
            else:
                con.execute("insert into kinerja_windows_raw select * from kinerja_windows_arrow")
        finally:
            con.unregister("kinerja_windows_arrow")
        del windows


# A mart statement whose rows are per employee can be made WINDOW_BLOCK employees at a time,
# reading one input by NIP range, so that its memory does not grow with headcount: marked
# in its SQL file by this comment, naming the input (mart_kinerja_within ran out of DuckDB's
# 2 GB at demo scale 30 made in one statement).
_IN_BLOCKS = re.compile(r"--\s*made in blocks of employees, reading (\w+) by (NIP|employee) range")


@dataclass(frozen=True)
class Block:
    """WINDOW_BLOCK employees of employee_ids (which numbers NIPs in order): the index-th."""

    index: int
    first: str  # its first and last NIP
    last: str

    def where_nip(self, column: str = "nip") -> str:
        first, last = (v.replace("'", "''") for v in (self.first, self.last))
        return f"{column} between '{first}' and '{last}'"

    def where_employee(self, column: str = "employee") -> str:
        return f"{column} >= {self.index * WINDOW_BLOCK} and {column} < {(self.index + 1) * WINDOW_BLOCK}"


def nip_blocks(con: duckdb.DuckDBPyConnection) -> list[Block]:
    """The blocks of WINDOW_BLOCK employees of employee_ids, in order."""
    rows = con.execute(
        f"""select employee_id // {WINDOW_BLOCK} as k, min(nip), max(nip) from employee_ids
            group by k order by k"""
    ).fetchall()
    return [Block(int(k), str(a), str(b)) for k, a, b in rows]


def _in_blocks(st: Statement, source: str, key: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    """Run ``st`` (create table NAME as QUERY) block by block: the first block makes the
    table, the others insert; each reads ``source`` of its employees only (by their NIPs,
    or by the integer ``employee`` key of employee_ids: ``key`` 'NIP' or 'employee').
    Exact where every row of the result comes from one employee's rows."""
    query = query_of(st.sql)

    def run(con: duckdb.DuckDBPyConnection) -> None:
        for block in nip_blocks(con) or [None]:
            part = query
            if block is not None:
                where = block.where_nip() if key == "NIP" else block.where_employee()
                part = replace_relation(query, source, f"(select * from {source} where {where})")
            if block is None or block.index == 0:
                con.execute(f"create or replace table {st.creates} as {part}")
            else:
                con.execute(f"insert into {st.creates} by name {part}")

    return run


def steps() -> list[Step]:
    """Every statement of a full refresh in order, with what each reads (parsed from the SQL:
    the raw and reference tables of schema.sql, the views and macros of views.sql through
    what they read, and the objects of earlier statements)."""
    found: list[tuple[str, Statement, Callable | None]] = [
        (f"lookups: {st.creates}", st, None) for st in statements(LOOKUPS)
    ]
    windows = Statement(windows_sql(), "kinerja_windows_raw", "table", True)
    windows.words = statements(windows_sql())[0].words
    found.append(("numpy: kinerja_windows_raw", windows, _store_windows))
    for path in mart_files():
        for st in statements(path.read_text(encoding="utf-8")):
            blocked = _IN_BLOCKS.search(st.sql)
            run = _in_blocks(st, *blocked.groups()) if blocked and st.creates else None
            found.append((f"{path.name}: {st.creates or st.drops or '?'}", st, run))
    schema = definitions((PACKAGE / "schema.sql").read_text(encoding="utf-8"))
    views = definitions((PACKAGE / "views.sql").read_text(encoding="utf-8"))
    known = set(schema) | set(views) | {st.creates for _, st, _ in found if st.creates}
    dropped = {st.drops for _, st, _ in found if st.drops}
    out = []
    for name, st, run in found:
        reads = closure(st.reads(known), views) & known
        out.append(Step(name, st, reads - {st.creates}, run, st.temp or st.creates in dropped))
    return out


def plan(all_steps: list[Step], changed: set[str] | None) -> list[bool]:
    """Which steps a refresh runs after a load that wrote the tables ``changed`` (None: all).

    A statement whose inputs (transitively: through views, macros and earlier
    statements) include a changed table is affected; an affected statement that
    makes a persistent object (a mart or macro) runs. A transient object (a temp
    table or view, or a scratch table dropped later) does not survive the refresh,
    so an earlier statement that makes one a running statement reads runs too
    (whether affected or not), and so on back. Drops run
    for what was made. A statement that neither creates nor drops (an insert into a
    mart, say) cannot be rerun on its own: then everything runs.
    """
    if changed is None or any(not (s.statement.creates or s.statement.drops) for s in all_steps):
        return [True] * len(all_steps)
    dirty = {c.lower() for c in changed}
    go = [False] * len(all_steps)
    for i, step in enumerate(all_steps):
        st = step.statement
        if st.drops:
            continue
        if step.reads & dirty:
            dirty.add(st.creates)
            go[i] = not step.transient
    _with_transient_inputs(all_steps, go)
    return go


def resume(all_steps: list[Step], start: str) -> list[bool]:
    """The steps that finish a full refresh which stopped at the step named ``start``
    (say it ran out of memory there: bench/scale_build.py): that step and every later
    one, and the earlier transient ones they read, gone with the process that failed."""
    names = [s.name for s in all_steps]
    if start not in names:
        raise ValueError(f"no mart statement named {start!r}")
    first = names.index(start)
    go = [i >= first for i in range(len(all_steps))]
    _with_transient_inputs(all_steps, go)
    return go


def _with_transient_inputs(all_steps: list[Step], go: list[bool]) -> None:
    """Mark to run the earlier step making each transient object a running step reads,
    and so on back."""
    for i in reversed(range(len(all_steps))):
        if not go[i]:
            continue
        for name in all_steps[i].reads:
            for j in reversed(range(i)):
                if all_steps[j].statement.creates == name:
                    go[j] = go[j] or all_steps[j].transient
                    break


def refresh_derived(
    con: duckdb.DuckDBPyConnection,
    changed: set[str] | None = None,
    timings: dict[str, float] | None = None,
    on_step: Callable[[str, float], None] | None = None,
    start: str | None = None,
) -> None:
    """Rebuild the derived tables from the raw tables (run after any load).

    ``changed``: the tables the load wrote; only the marts that depend on them are
    made again (:func:`plan`), with the same statements, so they come out as a full
    rebuild would make them. None (the default) rebuilds everything. ``timings``, if
    given, gets the seconds of each statement run; ``on_step`` is called with each
    statement's name and seconds as it ends (bench/scale_build.py prints them).
    ``start``: finish a full refresh that stopped at this step (:func:`resume`).
    """
    all_steps = steps()
    made: set[str] = set()
    go_steps = resume(all_steps, start) if start else plan(all_steps, changed)
    for step, go in zip(all_steps, go_steps, strict=True):
        st = step.statement
        if st.drops:
            if (changed is not None or start) and st.drops not in made:
                continue
        elif not go:
            continue
        clock = time.perf_counter()
        if step.run is not None:
            step.run(con)
        else:
            con.execute(st.sql)
        if st.creates:
            made.add(st.creates)
        seconds = time.perf_counter() - clock
        if timings is not None:
            timings[step.name] = timings.get(step.name, 0.0) + seconds
        if on_step is not None:
            on_step(step.name, seconds)
