"""Stages 4-5 of an import: write in one transaction, log it, undo it.

:func:`import_files` is the one engine behind the Unggah Data page and the
``python -m data.load`` CLI. It takes one or more files, each for a table,
validates all of them (a reference may point into another file of the same
upload), and only if every file is clean writes them in one transaction:
upsert on the natural key (rows new, changed or unchanged), or in replace mode
also delete the rows the file no longer has. The marts are rebuilt and
``dataset_info.imported_at`` moves inside the same transaction, so the
dashboards never see half an import, and a process killed midway leaves the
database as it was.

Undo: every row written carries the ``import_id`` of its import; the previous
version of each changed or deleted row is kept in ``import_undo_<table>``.
:func:`undo_latest` deletes the import's rows and puts the previous versions
back.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from analytics import incremental
from analytics.db import migrate, refresh_derived
from data.importing.check import FileReport, Progress, Upload, _noop, validate
from data.importing.errors import ImportProblem
from data.importing.tables import Table, table
from data.importing.validate import Batch

log = logging.getLogger(__name__)
__all__ = ["FileReport", "ImportResult", "Upload", "import_files", "undo_latest"]


@dataclass
class ImportResult:
    files: list[FileReport]
    mode: str
    dry_run: bool
    written: bool = False
    seconds: float = 0.0
    started: dt.datetime | None = None
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.files)


def ensure_import_tables(con: duckdb.DuckDBPyConnection) -> None:
    """import_log and the import_id columns (analytics.db.migrate). Nothing else: an undo
    table is made by the first import that writes its table (:func:`_undo_table`), inside
    that import's transaction, so a rejected upload or a dry run leaves no table behind.
    A read-only connection (a published snapshot: the check of an upload) is left as it
    is: snapshots are published up to date (analytics.db.read_current)."""
    readonly = con.execute(
        "select readonly from duckdb_databases() where database_name = current_database()"
    ).fetchall()
    if not (readonly and readonly[0][0]):
        migrate(con)


def _undo_table(con: duckdb.DuckDBPyConnection, spec: Table) -> str:
    """``import_undo_<table>``: the table's columns plus the import and what it did to the
    row. Made inside the caller's transaction (DuckDB's DDL is transactional)."""
    undo = f"import_undo_{spec.table}"
    con.execute(
        f"create table if not exists {undo} as "
        f"select 0::integer as undo_import_id, ''::varchar as undo_action, * from {spec.table} where false"
    )
    return undo


# ---------------------------------------------------------------- write
def _new_import_id(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("select coalesce(max(import_id), 0) + 1 from import_log").fetchall()[0][0])


def _log(
    con, import_id, report: FileReport, *, user: str, mode: str, status: str, started: dt.datetime, message=""
):
    con.execute(
        """
        insert into import_log (import_id, started_at, finished_at, username, file_name, sha256, table_name,
            mode, status, rows_in_file, inserted, updated, unchanged, deleted, rejected, message, kind)
        values (?, ?, now()::timestamp, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [import_id, started, user, report.file_name, report.sha256, report.table or "-", mode, status,
         report.file_rows or report.rows, report.inserted, report.updated, report.unchanged, report.deleted,
         report.rejected, message, report.kind or None],
    )  # fmt: skip
    if report.codes and status == "loaded":
        con.executemany(
            "insert into import_codes values (?, ?, ?, ?, ?)",
            [(import_id, col, word, code, n) for col, word, code, n in report.codes],
        )


def _key_join(spec: Table) -> str:
    """Join condition of stored rows ``e`` and file rows ``s`` on the natural key."""
    return " and ".join(f"e.{k} = s.{k}" for k in spec.key)


def _replace_orphans(con, spec: Table, staged: str, batch: Batch, mode: str) -> ImportProblem | None:
    """Replace mode: would deleting the stored rows missing from the file leave rows of
    other tables without their reference? Tables replaced in the same upload are
    judged by their new content."""
    gone = f"(select e.* from {spec.table} e anti join {staged} s on {_key_join(spec)})"
    for other, other_col, our_col in spec.referenced_by:
        other_name = table(other).name
        files = [f"select {other_col} from {s}" for s in batch.get(other_name, [])]
        if files and mode == "replace":
            rows = f"({' union all '.join(files)})"
        elif files:
            rows = f"(select {other_col} from {other} union all {' union all '.join(files)})"
        else:
            rows = other
        n = con.execute(
            f"select count(*) from {rows} o where o.{other_col} in (select {our_col} from {gone})"
        ).fetchall()[0][0]
        if n:
            return ImportProblem("replace_orphans", count=n, table=spec.name, other=other_name)
    return None


def _value_columns(spec: Table, report: FileReport) -> list[str]:
    """Non-key columns the file has: the ones an existing row can change. A derived
    column that follows columns of the file (predikat) changes with them."""
    have = set(report.columns)
    have |= {c for c, groups in spec.follows.items() if any(set(g) <= have for g in groups)}
    return [c for c in spec.names if c not in spec.key and c in have]


def _same_sql(spec: Table, report: FileReport) -> str:
    cols = _value_columns(spec, report)
    return " and ".join(f"e.{c} is not distinct from s.{c}" for c in cols) or "true"


def _match_sql(spec: Table, staged: str, report: FileReport) -> str:
    """Rows of the file whose key is already stored, with whether they change it."""
    on = _key_join(spec)
    return (
        f"select s.*, not ({_same_sql(spec, report)}) as _changed from {staged} s join {spec.table} e on {on}"
    )


def _key_columns(con, target: str) -> set[str]:
    """Columns of ``target`` under a primary, unique or foreign key (they carry an index)."""
    rows = con.execute(
        "select constraint_column_names from duckdb_constraints() where table_name = ? "
        "and constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')",
        [target],
    ).fetchall()
    return {c for (names,) in rows for c in names}


def _referrers(con, target: str) -> list[tuple[str, list[str], list[str]]]:
    """(table, its columns, our columns) of every foreign key pointing at ``target``."""
    return con.execute(
        "select table_name, constraint_column_names, referenced_column_names from duckdb_constraints() "
        "where constraint_type = 'FOREIGN KEY' and referenced_table = ?",
        [target],
    ).fetchall()


def _update_from(con, spec: Table, source: str, columns: list[str], import_id_sql: str) -> None:
    """Set ``columns`` and import_id of the rows of ``spec`` whose key is in ``source`` (alias s).

    DuckDB updates a column under a key index as delete + insert, which a foreign key
    pointing at the row refuses even when the value stays the same (positions.level or
    unit_id while employees hold the post). Such columns are therefore set only on the
    rows where they change, and a change on a row another table refers to is refused
    with a clear problem instead of a constraint error.
    """
    target = spec.table
    on = _key_join(spec)
    keyed = [c for c in columns if c in _key_columns(con, target)]
    plain = [c for c in columns if c not in keyed]
    for other, other_cols, our_cols in _referrers(con, target) if keyed else []:
        link = " and ".join(f"o.{a} = e.{b}" for a, b in zip(other_cols, our_cols, strict=True))
        moved = con.execute(
            "select " + ", ".join(f"count_if(e.{c} is distinct from s.{c})" for c in keyed)
            + f" from {target} e join {source} s on {on} where exists (select 1 from {other} o where {link})"
        ).fetchall()[0]  # fmt: skip
        if any(moved):
            names = [spec.col(c).label or c for c, n in zip(keyed, moved, strict=True) if n]
            raise ImportProblem(
                "referenced_change",
                table=spec.name,
                columns=", ".join(names),
                count=max(moved),
                other=table(other).name,
            )
    setters = ", ".join([*(f"{c} = s.{c}" for c in plain), f"import_id = {import_id_sql}"])
    con.execute(f"update {target} e set {setters} from {source} s where {on}")
    for c in keyed:
        con.execute(
            f"update {target} e set {c} = s.{c} from {source} s where {on} and e.{c} is distinct from s.{c}"
        )


def _write_table(
    con, spec: Table, staged: str, import_id: int, mode: str, report: FileReport, batch: Batch
) -> None:
    """Upsert one staged file. New rows are found with an anti join against the
    (usually small) set of rows whose key exists, so a file of new rows is
    never copied twice."""
    target, undo = spec.table, _undo_table(con, spec)
    col_list = ", ".join(spec.names)
    on = _key_join(spec)
    con.execute(f"create or replace temp table _imp_match as {_match_sql(spec, staged, report)}")
    matched, changed = con.execute(
        "select count(*), coalesce(count_if(_changed), 0) from _imp_match"
    ).fetchall()[0]
    report.updated, report.unchanged = int(changed), int(matched - changed)
    report.inserted = report.rows - int(matched)
    changes = "(select * from _imp_match where _changed)"
    if report.updated:
        # previous versions of the rows this import changes, for undo
        con.execute(
            f"insert into {undo} by name select {import_id} as undo_import_id, 'updated' as undo_action, e.* "
            f"from {target} e semi join {changes} s on {on}"
        )
    if mode == "replace":
        gone = f"(select e.* from {target} e anti join {staged} s on {on})"
        problem = _replace_orphans(con, spec, staged, batch, mode)
        if problem is not None:
            raise problem
        con.execute(
            f"insert into {undo} by name select {import_id} as undo_import_id, 'deleted' as undo_action, g.* "
            f"from {gone} g"
        )
        report.deleted = int(
            con.execute(
                f"select count(*) from {undo} where undo_import_id = ? and undo_action = 'deleted'",
                [import_id],
            ).fetchall()[0][0]
        )
        con.execute(f"delete from {target} e where not exists (select 1 from {staged} s where {on})")
    if report.updated:
        # a column the file does not have keeps its stored value
        _update_from(con, spec, changes, _value_columns(spec, report), str(import_id))
    con.execute(
        f"insert into {target} ({col_list}, import_id) select {col_list}, {import_id} "
        f"from {staged} s anti join _imp_match e on {on}"
    )
    con.execute("drop table if exists _imp_match")


def import_files(
    con: duckdb.DuckDBPyConnection,
    uploads: Sequence[Upload],
    *,
    mode: str = "append",
    dry_run: bool = False,
    user: str = "",
    progress: Progress = _noop,
    workdir: str | Path | None = None,
    preview_rows: int = 0,
    log_rejected: bool | None = None,
) -> ImportResult:
    """Validate every upload; if all are clean and not ``dry_run``, write them all or nothing.

    A file with problems is recorded in import_log as rejected, unless this is a
    dry run (``log_rejected`` overrides: the page's check logs rejected uploads).
    """
    if mode not in ("append", "replace"):
        raise ValueError(mode)
    started_clock = dt.datetime.now()
    ensure_import_tables(con)
    started = dt.datetime.now().replace(microsecond=0)
    try:
        reports, batch = validate(
            con,
            uploads,
            progress=lambda f, m: progress(0.6 * f, m),
            workdir=workdir,
            preview_rows=preview_rows,
        )
    except BaseException:
        _drop_staged(con)
        raise
    if mode == "replace":
        _one_file_per_table(reports)
    result = ImportResult(reports, mode, dry_run, started=started)
    result.timings["validate"] = (dt.datetime.now() - started_clock).total_seconds()
    try:
        if not result.ok:
            if log_rejected if log_rejected is not None else not dry_run:
                _log_rejected(con, reports, user=user, mode=mode, started=started)
        elif dry_run:
            _preview_counts(con, reports, batch, mode)
        else:
            progress(0.65, "Menulis ke basis data")
            try:
                _write_all(
                    con,
                    reports,
                    batch,
                    user=user,
                    mode=mode,
                    started=started,
                    progress=progress,
                    timings=result.timings,
                )
            except ImportProblem as problem:  # refused while writing (rolled back): logged too
                _log_rejected(con, reports, user=user, mode=mode, started=started, message=problem.code)
                raise
            result.written = True
    finally:
        _drop_staged(con)
    result.seconds = (dt.datetime.now() - started_clock).total_seconds()
    progress(1.0, "Selesai")
    return result


def log_rejected(con: duckdb.DuckDBPyConnection, result: ImportResult, *, user: str = "") -> None:
    """Record a checked upload with problems as rejected, on a connection that can write
    (the check itself ran read-only, with ``log_rejected=False``)."""
    if result.ok:
        raise ValueError("nothing was rejected")
    ensure_import_tables(con)
    _log_rejected(con, result.files, user=user, mode=result.mode, started=result.started)


def _drop_staged(con) -> None:
    """The upload's temporary tables (staged files, made rows, lookups) are not kept."""
    names = con.execute(
        "select table_name from duckdb_tables() where temporary and starts_with(table_name, '_imp')"
    ).fetchall()
    for (name,) in names:
        con.execute(f"drop table if exists {name}")
    con.execute("drop table if exists _rs")


def _one_file_per_table(reports: list[FileReport]) -> None:
    """Replace mode replaces a table by one file: a second file for it is refused."""
    first: dict[str, str] = {}
    for report in reports:
        if report.problem is not None or not report.table:
            continue
        if report.table in first:
            report.problem = ImportProblem("duplicate_table", table=report.table, other=first[report.table])
        else:
            first[report.table] = report.file_name


def _entries(reports: list[FileReport]) -> list[FileReport]:
    """What is written, in dependency order: each file, and before it what it made."""
    flat = [(i, r) for i, report in enumerate(reports) for r in (*report.made, report)]
    return [r for _, r in sorted(flat, key=lambda e: (table(e[1].table).order, e[0]))]


def _log_rejected(con, reports, *, user, mode, started, message: str | None = None) -> None:
    con.execute("begin transaction")
    try:
        first = _new_import_id(con)
        for i, report in enumerate(reports):
            # nothing of a rejected upload was written, whatever a partial write had counted
            report.inserted = report.updated = report.unchanged = report.deleted = 0
            report.import_id = None
            code = message or (
                report.problem.code if report.problem else ",".join(sorted({e.code for e in report.errors}))
            )
            _log(
                con, first + i, report, user=user, mode=mode, status="rejected", started=started, message=code
            )
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def _preview_counts(con, reports, batch, mode) -> None:
    """Dry run: count what would be inserted, updated, unchanged and deleted."""
    for report in _entries(reports):
        spec = table(report.table)
        staged = report.staged
        mode = "append" if report.kind == "made" else mode
        matched, changed = con.execute(
            f"select count(*), coalesce(count_if(_changed), 0) from ({_match_sql(spec, staged, report)})"
        ).fetchall()[0]
        report.updated, report.unchanged = int(changed), int(matched - changed)
        report.inserted = report.rows - int(matched)
        if mode == "replace":
            report.deleted = int(
                con.execute(
                    f"select count(*) from {spec.table} e anti join {staged} s on {_key_join(spec)}"
                ).fetchall()[0][0]
            )
            # the check says now what the load would refuse
            report.problem = _replace_orphans(con, spec, staged, batch, mode)


def _write_all(con, reports, batch, *, user, mode, started, progress, timings) -> None:
    clock = time.perf_counter()
    con.execute("begin transaction")
    try:
        first = _new_import_id(con)
        entries = _entries(reports)
        for i, report in enumerate(entries):
            spec = table(report.table)
            report.import_id = first + i
            progress(0.65 + 0.15 * i / len(entries), f"Menulis {spec.name}")
            # what an export made is added, never replaces a table
            file_mode = "append" if report.kind == "made" else mode
            _write_table(con, spec, report.staged, report.import_id, file_mode, report, batch)
            _log(con, report.import_id, report, user=user, mode=file_mode, status="loaded", started=started)
        timings["write"] = time.perf_counter() - clock
        progress(0.82, "Memperbarui ringkasan dasbor")
        clock = time.perf_counter()
        written = _written(entries)
        touched = incremental.applies(written)
        if touched:  # evaluations only: the marts are made again for the rows changed
            _touched(con, [r.import_id for r in entries if table(r.table).table == "performance_evaluations"])
        refresh_derived(con, written, touched=touched)
        _touch(con)
        timings["refresh"] = time.perf_counter() - clock
        clock = time.perf_counter()
        con.execute("commit")
        timings["commit"] = time.perf_counter() - clock
    except BaseException:
        con.execute("rollback")
        raise


def _written(entries: list[FileReport]) -> set[str]:
    """The tables an import changed (the marts that read no other are left as they are)."""
    changed = {table(r.table).table for r in entries if r.inserted + r.updated + r.deleted}
    return changed | {"import_log", "import_codes"}


def _touched(con, import_ids: list[int]) -> None:
    """analytics.incremental.TOUCHED: the evaluation rows of these imports as they are now,
    and the earlier versions of those they updated or deleted (their undo rows)."""
    ids = ", ".join(str(int(i)) for i in import_ids) or "null"
    undo = _undo_table(con, table("performance_evaluations"))
    con.execute(
        f"""create or replace temp table {incremental.TOUCHED} as
        select * from performance_evaluations where import_id in ({ids})
        union all by name
        select * exclude (undo_import_id, undo_action) from {undo} where undo_import_id in ({ids})"""
    )


def _touch(con) -> None:
    """Move dataset_info.imported_at: the dashboards' caches key on it."""
    con.execute(
        "insert or replace into dataset_info values ('imported_at', strftime(now(), '%Y-%m-%d %H:%M:%S.%f'))"
    )


# ---------------------------------------------------------------- undo
def latest_imports(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    """{table: its latest loaded import that changed something} — what undo would undo.

    An import that changed nothing (a file loaded again) has nothing to undo. Reads
    ``import_log`` only (schema.sql; analytics.db.migrate adds it to older files).
    """
    rows = con.execute(
        """
        select * from import_log
        where status = 'loaded' and inserted + updated + deleted > 0
        qualify row_number() over (partition by table_name order by import_id desc) = 1
        """
    ).df()
    return {row["table_name"]: row for row in rows.to_dict("records")}


def latest_import(con: duckdb.DuckDBPyConnection, table_name: str) -> dict | None:
    return latest_imports(con).get(table(table_name).name)


def undo_latest(
    con: duckdb.DuckDBPyConnection, table_name: str, *, user: str = "", expected: int | None = None
) -> dict:
    """Undo the latest loaded import of a table; returns its import_log row.

    ``expected``: the import the user was shown; if another import of the table
    came in since, nothing is undone (ImportProblem ``undo_changed``).
    """
    spec = table(table_name)
    ensure_import_tables(con)
    entry = latest_import(con, spec.name)
    if entry is None:
        raise ImportProblem("undo_nothing", table=spec.name)
    import_id = int(entry["import_id"])
    if expected is not None and import_id != expected:
        raise ImportProblem("undo_changed", table=spec.name, shown=expected, latest=import_id)
    target = spec.table
    on = _key_join(spec)
    col_list = ", ".join([*spec.names, "import_id"])
    con.execute("begin transaction")
    try:
        undo = _undo_table(con, spec)  # there since the import wrote its table (kept for older files)
        # rows this import inserted (not those it only updated) disappear: check nobody refers to them
        for other, other_col, our_col in spec.referenced_by:
            n = con.execute(
                f"""
                select count(*) from {other} o where o.{other_col} in (
                    select e.{our_col} from {target} e where e.import_id = {import_id}
                    and not exists (select 1 from {undo} s where s.undo_import_id = {import_id} and {on}))
                """
            ).fetchall()[0][0]
            if n:
                raise ImportProblem("undo_blocked", count=n, other=table(other).name)
        # changed rows get their previous version back (an update, so rows other
        # tables refer to never disappear), then the rows it inserted go, then the
        # rows a replace deleted return
        touched = incremental.applies({target, "import_log"})
        if touched:  # before the rows change back
            _touched(con, [import_id])
        previous = f"(select * from {undo} where undo_import_id = {import_id} and undo_action = 'updated')"
        _update_from(con, spec, previous, [c for c in spec.names if c not in spec.key], "s.import_id")
        con.execute(f"delete from {target} where import_id = {import_id}")
        con.execute(
            f"insert into {target} ({col_list}) select {col_list} from {undo} "
            f"where undo_import_id = {import_id} and undo_action = 'deleted'"
        )
        con.execute(f"delete from {undo} where undo_import_id = {import_id}")
        con.execute(
            "update import_log set status = 'undone', undone_at = now()::timestamp, undone_by = ? where import_id = ?",
            [user, import_id],
        )
        refresh_derived(con, {target, "import_log"}, touched=touched)
        _touch(con)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    entry["status"] = "undone"
    return entry


def import_log(con: duckdb.DuckDBPyConnection, limit: int = 200):
    """The latest imports, newest first (no personal data in it)."""
    return con.execute(
        """
        select import_id, started_at, username, file_name, table_name, mode, status, rows_in_file,
            inserted, updated, unchanged, deleted, rejected, undone_at, undone_by, sha256, message
        from import_log order by import_id desc limit ?
        """,
        [limit],
    ).df()
