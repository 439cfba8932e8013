"""Refreshing the marts after a load of evaluations by the slices it touched (issue #13).

A full refresh after 1,000 new evaluations recomputes every mart that reads
evaluations: about 15 s at demo scale 1. Most of that work is the same as last
time. Here a load (or an undo) that changed ``performance_evaluations`` only is
followed by the same mart statements of ``analytics/marts/*.sql``, but each made
only for the slice of its rows the changed evaluations can reach, and those rows
replaced (delete, then insert the statement's own query):

- the changed rows, old and new versions (``TOUCHED``, made by the caller:
  ``data.importing.load``), give the employees touched (E), their regions, the
  (region, period) cells and the years of the evaluations;
- the kinerja windows (``mart_kinerja_windows``) are computed again for E only
  (a window never crosses employees), and the (region, month) cells whose
  window rows changed (W) are what the training and move marts make again;
- per mart below (:data:`SLICES`): which of its rows are made again, and which
  rows of its inputs the statement reads for them. A statement reads its inputs
  through temporary views of the same name (DuckDB resolves a temporary object
  before the database's), so the SQL is the full refresh's, not a copy.

Each rule is exact, not an approximation: ``tests/test_incremental.py`` loads,
updates, replaces and undoes random evaluations and compares every mart with a
full rebuild. (The marts brought up to date by difference, ``Slice.sums``, hold the
full rebuild's floating-point sums added in another order: equal to 1e-9 relative in
that test; each load adds at most a few units in the last place, and any full refresh
sums them anew.) A mart no rule covers is made in full, as :func:`analytics.derived.plan`
would; a rule whose condition fails does the same.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

import duckdb

from analytics.derived import Step, kinerja_windows, plan, steps
from analytics.sqldeps import query_of, replace_relation

TOUCHED = "_touched_evaluations"  # the changed evaluation rows, old and new versions
CHANGED = {"performance_evaluations", "import_log", "import_codes"}  # what this path covers

# Sets the rules read, made from TOUCHED before the first mart (one row per value), after
# _t_rows: the touched rows as kinerja_rows has them (their region, unit and period).
_SETS = {
    "_t_nips": f"select distinct t.nip, i.employee_id from {TOUCHED} t join employee_ids i using (nip)",
    "_t_years": "select distinct year from _t_rows",
    "_t_kcells": "select distinct region_id, period_start from _t_rows",
    "_t_regions": "select distinct region_id from _t_rows",
    # regions the touched employees belong to now (placement candidates are ranked in them)
    "_t_home": "select distinct region_id from v_employees where nip in (select nip from _t_nips)",
}
E = "nip in (select nip from _t_nips)"
EMPLOYEE = "employee in (select employee_id from _t_nips)"  # the same, by integer key
REGION = "region_id in (select region_id from _t_regions)"
YEAR = "year in (select year from _t_years)"
JP_YEAR = "year in (select year from _t_jp_years)"  # training years gained or lost
JP_ADDED = "year in (select year from _t_jp_years where added)"
KCELL = "(region_id, period_start) in (select region_id, period_start from _t_kcells)"
WCELL = "(region_id, month) in (select region_id, month from _t_wcells)"
MCELL = "(region_id, month) in (select region_id, month from _t_mcells)"
# a move in a month whose window row changed (its employee's, wherever the post was)
MOVED = "(nip, date_trunc('month', effective_date)::date) in (select nip, month from _t_wkeys)"
# the placements mart_move_effects makes again: those moves, and the moves into a post of a
# cell whose windows (so its median) changed
MOVES = f"""{MOVED} or (to_position_id, date_trunc('month', effective_date)::date) in (
    select p.position_id, c.month from _t_wcells c join v_positions p using (region_id))"""

# the regions touched employees belong to now, if the load touched an annual (tahunan) row
_HOME_IF_ANNUAL = f"""region_id in (select region_id from _t_home)
    and exists (select 1 from {TOUCHED} where period_type = 'tahunan')"""


# a predicate of an input: SQL, or parts whose rows are read together (each part kept on
# its own, so that a part another rule reads is materialised once); None: every row
Predicate = str | tuple[str, ...] | None


def _any(predicate: str | tuple[str, ...]) -> str:
    return predicate if isinstance(predicate, str) else " or ".join(f"({p})" for p in predicate)


def _replace_mcell(predicate: Predicate) -> Predicate:
    """M's predicate read as W's (when they hold the same cells)."""
    if isinstance(predicate, tuple):
        return tuple(WCELL if p == MCELL else p for p in predicate)
    return WCELL if predicate == MCELL else predicate


@dataclass(frozen=True)
class Slice:
    """The rows of a mart (or a temp table) that a touched slice can change.

    ``delete``: a predicate over the mart's columns, the rows made again (None for a temp
    table: made anew, of the slice's rows only). ``inputs``: per table the statement reads,
    a predicate over its columns (None: all its rows; a tuple: the rows of any part, see
    :data:`Predicate`; a restricted temp table is read in its restricted form). ``when``:
    SQL that is true when the rule applies; else the statement runs in full. ``before``:
    SQL run before the delete (relabelling rows kept, say). ``sums``: the mart is counts
    and sums per key (its other columns) over window rows, each row's part its own, the
    first of them the count of rows: it is brought up to date by difference
    (:meth:`_Run._by_difference`). ``keep``: the rows of a
    persistent input are copied to a temp table first (a view's filter is planned again
    wherever the query reads it); a rule whose slice is a whole region reads a view
    instead (copying most of the evaluations of a large region cost more than the
    statement).
    """

    delete: str | None = None
    inputs: dict[str, Predicate] = field(default_factory=dict)
    when: str | None = None
    before: str | None = None
    sums: tuple[str, ...] = ()
    keep: bool = True  # False: read a large slice of a persistent input through a view, not a copy


SLICES: dict[str, Slice] = {
    "kinerja_rows": Slice(
        # its readers' rows: the touched employees' (per employee) and every row of the
        # periods touched (mart_kinerja's region and period cells); two parts, as the
        # touched employees' rows are kept for the windows already
        inputs={"performance_evaluations": (E, "period_start in (select period_start from _t_kcells)")}
    ),
    "mart_kinerja": Slice(delete=KCELL, inputs={"kinerja_rows": KCELL}),
    "mart_kinerja_monthly": Slice(
        delete="(region_id, month) in (select region_id, period_start from _t_kcells)",
        inputs={"mart_kinerja": KCELL},
    ),
    "mart_kinerja_within": Slice(delete=EMPLOYEE, inputs={"kinerja_rows": E}),
    "mart_kinerja_within_employees": Slice(
        delete=EMPLOYEE,
        inputs={"mart_kinerja_within": EMPLOYEE},
    ),
    # per region over every year: the regions touched. The data's year span (the estimate's
    # year_from .. year_to) is only a label of every row: when it moved (a new year), the
    # other regions' rows are relabelled, not made again
    "mart_kinerja_within_all_years": Slice(
        delete=REGION,
        inputs={"mart_kinerja_within_employees": REGION},
        keep=False,  # a view: a copy of most of the rows cost more than the statement
        before="""
            update mart_kinerja_within_all_years
            set year_from = s.a, year_to = s.b
            from (select min(year) as a, max(year) as b from mart_kinerja_within) s
            where year_from is distinct from s.a or year_to is distinct from s.b
        """,
    ),
    "mart_predikat_employee_year": Slice(delete=EMPLOYEE, inputs={"kinerja_rows": E}),
    "mart_predikat_year": Slice(
        delete=YEAR,
        inputs={"mart_predikat_employee_year": YEAR},
    ),
    "mart_staff_year_jp": Slice(
        delete=JP_YEAR,
        inputs={"data_years": JP_ADDED},
    ),
    # counts of those rows per year: a year's counts are of that year's rows only
    "mart_jp_values": Slice(
        delete=JP_YEAR,
        inputs={"mart_staff_year_jp": JP_ADDED},
    ),
    "mart_jp_counts": Slice(
        delete=JP_YEAR,
        inputs={"mart_jp_values": JP_ADDED},
    ),
    # counts and sums of window rows per cell: the touched employees' old rows taken out,
    # their new rows added (not the whole cells again: every employee of the region in them)
    "mart_did_cells": Slice(sums=("n", "sum_y", "sum_y2")),
    "mart_event_treated": Slice(sums=("n", "sum_y")),
    "mart_event_controls": Slice(sums=("n", "sum_y")),
    "region_medians": Slice(inputs={"mart_kinerja_windows": MCELL}),
    # the latest levels of the employees of those moves only (their JPM against either post)
    "latest_levels": Slice(
        inputs={"competency_assessments": f"nip in (select nip from placements where {MOVES})"}
    ),
    # moves whose own window row changed, and moves into a cell whose windows (so median) changed
    "mart_move_effects": Slice(
        delete=f"(nip, month) in (select nip, month from _t_wkeys) or {WCELL}",
        inputs={"placements": MOVES, "region_medians": None, "latest_levels": None},
    ),
    # treated and comparisons of the cells of those moves and of the changed windows; the
    # treated's own window rows even where the post they held that month is elsewhere
    "mart_move_did_cells": Slice(
        delete=MCELL,
        inputs={
            "mart_move_effects": MCELL,
            # two parts: the cells' rows are those region_medians read (kept once)
            "mart_kinerja_windows": (
                MCELL,
                f"(nip, month) in (select nip, month from mart_move_effects where {MCELL})",
            ),
            "region_medians": None,
        },
    ),
    # ranked within the region the employee belongs to now, over its recent evaluations:
    # the staff of those regions only (every step is per region); their targets
    # (mart_placement_targets) read no evaluation and are not made again
    "mart_placement_candidates": Slice(
        delete="region_id in (select region_id from _t_home)",
        inputs={"v_employees": "region_id in (select region_id from _t_home)"},
        keep=False,
    ),
    # annual results only
    "mart_annual_kinerja": Slice(when=f"not exists (select 1 from {TOUCHED} where period_type = 'tahunan')"),
    "mart_talent_bins": Slice(when=f"not exists (select 1 from {TOUCHED} where period_type = 'tahunan')"),
    # the touched employees (a row is per employee: whether their latest evaluation is the
    # region's latest period is counted in mart_staff_counts)
    "mart_last_evaluated": Slice(delete=E, inputs={"performance_evaluations": E}),
    "mart_staff": Slice(
        delete=E,
        inputs={
            "v_employees": E,
            "mart_last_evaluated": E,
            "competency_assessments": E,
            "mart_annual_kinerja": E,
            "trainings": E,
        },
        keep=False,
    ),
    # counts of mart_staff per slice: every slice of a region whose latest period may have
    # moved (a region touched) or whose mart_staff rows were made again (the one a touched
    # employee belongs to now), counted anew
    "mart_staff_counts": Slice(
        delete=f"{REGION} or region_id in (select region_id from _t_home)",
        inputs={
            "mart_staff": f"{REGION} or region_id in (select region_id from _t_home)",
            "potential_assessments": None,
        },
        keep=False,
    ),
    # annual years change only for touched employees, and only if an annual (tahunan) row was
    # touched: then the slices of the regions they belong to now (else no rows: unchanged)
    "mart_annual_spans": Slice(
        delete=_HOME_IF_ANNUAL,
        inputs={"mart_staff": _HOME_IF_ANNUAL, "mart_annual_kinerja": None},
        keep=False,
    ),
}
# rules that are Python: they need more than one statement
_SPECIAL = {"kinerja_windows_raw", "mart_kinerja_windows", "mart_unit_fit_quarter"}
# temp tables made of the slice only: nothing may read them but a rule that says so
RESTRICTED = {"kinerja_rows", "kinerja_windows_raw", "region_medians", "latest_levels"}


@contextmanager
def _then(cleanup: Callable[[], object]) -> Iterator[None]:
    """Run ``cleanup`` (drop a view, say) after the block. If the block failed, DuckDB may
    have aborted the transaction and refuses every statement until the caller's rollback
    (which undoes what the block made): a cleanup that fails then must not hide the block's
    error (a load at demo scale 60 reported "transaction is aborted", not "out of memory")."""
    try:
        yield
    except BaseException:
        with suppress(duckdb.Error):
            cleanup()
        raise
    cleanup()


class Unsupported(Exception):
    """A step this path cannot make from its slice (a programming error: tests cover it)."""


def applies(changed: set[str] | None) -> bool:
    """Whether a load that wrote ``changed`` can be refreshed here."""
    return changed is not None and "performance_evaluations" in changed and changed <= CHANGED


def check(all_steps: list[Step] | None = None) -> list[Step]:
    """The steps a load of evaluations runs; raises Unsupported if one reads a restricted
    temp table without a rule that says how."""
    all_steps = all_steps or steps()
    for step, go in zip(all_steps, plan(all_steps, set(CHANGED)), strict=True):
        name = step.statement.creates
        if not go or name in _SPECIAL:
            continue
        rule = SLICES.get(name)
        read = step.reads & RESTRICTED
        if read and (rule is None or not read <= set(rule.inputs)):
            raise Unsupported(f"{step.name} reads {sorted(read)} of the slice only")
    return all_steps


class _Run:
    """One incremental refresh on an open connection, inside the caller's transaction."""

    def __init__(self, con: duckdb.DuckDBPyConnection, timings: dict[str, float] | None) -> None:
        self.con = con
        self.timings = timings
        self.database = con.execute("select current_database()").fetchall()[0][0]
        self.made: set[str] = set()  # temp tables and views made (in full) this run
        self.restricted: set[str] = set()  # temp tables made of the slice only (as _inc_NAME)
        self.scratch: list[str] = []  # temp tables and views to drop at the end
        self.kept: dict[tuple[str, str], str] = {}  # (input, predicate) -> temp table of its rows
        self.same_cells = False  # M (move cells) is W (window cells)

    # ------------------------------------------------------------ reading inputs
    def _with_inputs(
        self, query: str, inputs: dict[str, Predicate], keep: bool = True
    ) -> tuple[str, list[str]]:
        """The query reading each input through a view of the rows the predicate keeps:
        a temp input under another name (the query is rewritten to it), a persistent one
        under its own (a temporary view shadows it, also inside views and macros)."""
        views = []
        for name, predicate in inputs.items():
            if self.same_cells:  # the same rows: read what was kept for W
                predicate = _replace_mcell(predicate)
            if name in self.restricted or name in self.made:
                where = f" where {_any(predicate)}" if predicate else ""
                source = f"_inc_{name}" if name in self.restricted else name
                view = f"_in_{name}"
                self.con.execute(f"create or replace temp view {view} as select * from {source}{where}")
                query = replace_relation(query, name, view)
            else:
                # the rows kept, materialised once per run (a view's filter is planned again,
                # and badly, wherever the query reads it): several rules read the same rows
                whole = f'"{self.database}".main.{name}'
                if not predicate:
                    source = whole
                elif not keep:
                    source = f"{whole} where {_any(predicate)}"
                elif isinstance(predicate, str):
                    source = self._keep(name, predicate)
                else:  # each part kept (a part another rule keeps too is read, not copied)
                    parts = [self._keep(name, part) for part in predicate]
                    source = f"(select * from {parts[0]}"
                    for i, part in enumerate(parts[1:], 1):
                        earlier = " or ".join(f"({p})" for p in predicate[:i])
                        source += f" union all select * from {part} where not coalesce({earlier}, false)"
                    source += ")"
                view = name
                self.con.execute(f"create or replace temp view {name} as select * from {source}")
            views.append(view)
        return query, views

    def _keep(self, name: str, predicate: str) -> str:
        """A temp table of the rows of ``name`` the predicate keeps, made once per run."""
        key = (name, predicate)
        if key not in self.kept:
            self.kept[key] = f"_kept{len(self.kept)}"
            self._temp(self.kept[key], f'select * from "{self.database}".main.{name} where {predicate}')
        return self.kept[key]

    def _drop_views(self, views: list[str]) -> None:
        for view in views:
            self.con.execute(f"drop view if exists temp.main.{view}")

    def _select(self, query: str, inputs: dict[str, Predicate], into: str, keep: bool = True) -> None:
        """``into``: 'temp NAME' (a new temp table) or a mart to insert into."""
        query, views = self._with_inputs(query, inputs, keep)
        with _then(lambda: self._drop_views(views)):
            if into.startswith("temp "):
                self.con.execute(f"create or replace temp table {into[5:]} as {query}")
            else:
                self.con.execute(f"insert into {into} by name {query}")

    def _scalar(self, sql: str):
        return self.con.execute(sql).fetchall()[0][0]

    def _temp(self, name: str, sql: str) -> None:
        self.con.execute(f"create or replace temp table {name} as {sql}")
        self.scratch.append(name)

    # ------------------------------------------------------------ the run
    def run(self) -> None:
        all_steps = check()
        go = plan(all_steps, set(CHANGED))
        kinerja_rows = next(s for s in all_steps if s.statement.creates == "kinerja_rows")
        for step, run in zip(all_steps, go, strict=True):
            st = step.statement
            if st.drops:
                if st.drops in self.made:
                    self._clock(step.name, lambda st=st: self.con.execute(st.sql))
                continue
            if not run:
                continue
            if st.creates == "kinerja_windows_raw":
                self._clock("slice: touched sets", lambda: self._sets(kinerja_rows))
            self._clock(step.name, lambda step=step: self._step(step))
        for name in [*(f"_inc_{n}" for n in self.restricted), *reversed(self.scratch)]:
            self.con.execute(f"drop table if exists temp.main.{name}")

    def _clock(self, name: str, work: Callable[[], object]) -> None:
        clock = time.perf_counter()
        work()
        if self.timings is not None:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - clock

    def _sets(self, kinerja_rows: Step) -> None:
        """The touched rows as kinerja_rows has them (kinerja_rows' query over them: a
        temporary view named performance_evaluations holds them), and the sets of _SETS."""
        self.con.execute(f"create or replace temp view performance_evaluations as select * from {TOUCHED}")
        with _then(lambda: self.con.execute("drop view temp.main.performance_evaluations")):
            self._temp("_t_rows", query_of(kinerja_rows.statement.sql))
        for name, sql in _SETS.items():
            if sql is not None:
                self._temp(name, sql)

    def _step(self, step: Step) -> None:
        st = step.statement
        name = st.creates
        if name == "kinerja_windows_raw":
            self._windows_raw()
            return
        if name == "mart_kinerja_windows":
            self._windows(st)
            return
        if name == "mart_unit_fit_quarter":
            self._unit_fit_quarter(st)
            return
        if name == "mart_staff_year_jp":
            self._temp(
                "_t_jp_years",
                """select year, true as added from data_years
                       where year not in (select distinct year from mart_staff_year_jp)
                   union all
                   select distinct year, false from mart_staff_year_jp
                       where year not in (select year from data_years)""",
            )
        rule = SLICES.get(name)
        if rule is None or (rule.when is not None and not self._scalar(f"select ({rule.when})")):
            if step.run is not None:  # in full: its inputs are whole
                step.run(self.con)
            else:
                self.con.execute(st.sql)
            if step.transient:
                self.made.add(name)
            return
        if rule.sums:
            self._by_difference(st, rule.sums)
            return
        if not rule.delete and not step.transient:  # a rule without rows to replace: unchanged
            return
        if step.transient:
            self._select(query_of(st.sql), rule.inputs, f"temp _inc_{name}")
            self.restricted.add(name)
            return
        if rule.before:
            self.con.execute(rule.before)
        self.con.execute(f"delete from {name} where {rule.delete}")
        self._select(query_of(st.sql), rule.inputs, name, rule.keep)
        self.kept = {k: v for k, v in self.kept.items() if k[0] != name}  # kept rows of it are old

    def _by_difference(self, st, sums: tuple[str, ...]) -> None:
        """A mart of counts and sums (``sums``) per key (its other columns) over the window
        rows, where a row's part depends on that row alone (and on the employee's first
        training, which a load of evaluations does not change): the statement's query over
        the touched employees' old window rows is subtracted and over their new rows added,
        key by key; keys left with no row (a count, the first of ``sums``, of 0) are
        deleted. The sums equal a full rebuild's up to the order of floating-point
        additions (tests/test_incremental.py)."""
        name = st.creates
        for part in ("new", "old"):  # the touched employees' window rows (_windows)
            self.con.execute(
                f"create or replace temp view mart_kinerja_windows as select * from _t_{part}_windows"
            )
            with _then(lambda: self.con.execute("drop view if exists temp.main.mart_kinerja_windows")):
                self._temp(f"_d_{part}", query_of(st.sql))
        columns = [
            c
            for (c,) in self.con.execute(
                """select column_name from duckdb_columns()
                   where database_name = ? and schema_name = 'main' and table_name = ?
                   order by column_index""",
                [self.database, name],
            ).fetchall()
        ]
        keys = ", ".join(c for c in columns if c not in sums)
        same_key = " and ".join(f"m.{c} is not distinct from d.{c}" for c in columns if c not in sums)
        negated = ", ".join(f"-{c} as {c}" if c in sums else c for c in columns)
        self._temp(
            "_d_sums",
            f"""with delta as (
                    select {", ".join(columns)} from _d_new
                    union all
                    select {negated} from _d_old
                ),
                cells as (select distinct {keys} from delta),
                kept as (select m.* from {name} m semi join cells d on {same_key})
                select {keys}, {", ".join(f"sum({c}) as {c}" for c in sums)}
                from (select {", ".join(columns)} from kept union all select * from delta)
                group by all""",
        )
        self.con.execute(f"delete from {name} m using _d_sums d where {same_key}")
        self.con.execute(f"insert into {name} by name select * from _d_sums where {sums[0]} > 0")

    # ------------------------------------------------------------ the windows
    def _windows_raw(self) -> None:
        """The windows of the touched employees only (exact: no window crosses employees)."""
        _, views = self._with_inputs("", {"performance_evaluations": E})  # their evaluations only
        with _then(lambda: self._drop_views(views)):
            table = kinerja_windows(self.con, where="ev.nip in (select nip from _t_nips)")
        self.con.register("_inc_windows_arrow", table)
        with _then(lambda: self.con.unregister("_inc_windows_arrow")):
            self.con.execute(
                "create or replace temp table _inc_kinerja_windows_raw as select * from _inc_windows_arrow"
            )
        self.restricted.add("kinerja_windows_raw")

    def _windows(self, st) -> None:
        """Replace the touched employees' window rows; W: the cells of the rows that changed,
        and M: W and the cells of the touched employees' moves."""
        self._temp("_t_old_windows", f"select * from mart_kinerja_windows where {E}")
        self.con.execute(f"delete from mart_kinerja_windows where {E}")
        self._select(query_of(st.sql), {"kinerja_windows_raw": None}, "mart_kinerja_windows")
        self._temp("_t_new_windows", f"select * from mart_kinerja_windows where {E}")
        self._temp(
            "_t_wkeys",
            """with changed as ((select * from _t_old_windows except select * from _t_new_windows)
                            union all (select * from _t_new_windows except select * from _t_old_windows))
                select distinct nip, month, region_id from changed""",
        )
        self._temp("_t_wcells", "select distinct region_id, month from _t_wkeys")
        self._temp(
            "_t_mcells",
            """select region_id, month from _t_wcells
                union
                select p.region_id, date_trunc('month', pl.effective_date)::date
                from placements pl join v_positions p on p.position_id = pl.to_position_id
                where (pl.nip, date_trunc('month', pl.effective_date)::date) in (select nip, month from _t_wkeys)
                  and pl.status = 'executed' and pl.move_type <> 'pengangkatan'""",
        )
        self.same_cells = not self._scalar(
            "select count(*) from (select * from _t_mcells except select * from _t_wcells)"
        )

    # ------------------------------------------------------------ quarters
    def _unit_fit_quarter(self, st) -> None:
        """Staff per unit and quarter reads evaluations only for the data's first and last
        day: the quarters that span gained are made, those it lost deleted."""
        self._temp(
            "_t_quarters",
            """with bounds as (select min(period_start) as a, max(period_end) as b from performance_evaluations),
                   now as (select unnest(range(date_trunc('quarter', a::date), b::date + interval 1 day,
                                                interval 3 month))::date as quarter from bounds),
                   before as (select distinct quarter from mart_unit_fit_quarter)
               select quarter, true as added from now where quarter not in (select quarter from before)
               union all
               select quarter, false from before where quarter not in (select quarter from now)""",
        )
        self.con.execute(
            "delete from mart_unit_fit_quarter where quarter in (select quarter from _t_quarters where not added)"
        )
        first, last = self.con.execute(
            "select min(quarter), max(quarter) from _t_quarters where added"
        ).fetchall()[0]
        if first is None:
            return
        self.con.execute(
            """insert into mart_unit_fit_quarter by name
               select * from unit_fit_quarters(?::date, ?::date + interval 3 month - interval 1 day)
               where quarter in (select quarter from _t_quarters where added)""",
            [first, last],
        )


def refresh(con: duckdb.DuckDBPyConnection, timings: dict[str, float] | None = None) -> None:
    """Refresh the marts after a load that changed evaluations only; the caller has made
    the temp table :data:`TOUCHED` (the changed rows, old and new versions, with the
    columns of performance_evaluations) and holds the transaction."""
    _Run(con, timings).run()
