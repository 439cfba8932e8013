"""Connections, schema creation and the SQL-file runner.

Every metric query lives in ``analytics/sql/<name>.sql`` and takes named
parameters (``$regions``, ``$year_from`` ...); :func:`run` loads and executes it.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from analytics import snapshot
from analytics.reference import add_missing_reference, load_reference

PACKAGE_DIR = Path(__file__).resolve().parent
SQL_DIR = PACKAGE_DIR / "sql"
DEFAULT_DB_PATH = PACKAGE_DIR.parent / "data" / "asn.duckdb"
# the tables analysts load (data/importing), in dependency order; each row records the import that wrote it
LOADABLE_TABLES = (
    "regions", "units", "positions", "education_mapping", "employees", "competency_standards",
    "competency_assessments", "potential_assessments", "performance_evaluations", "trainings", "placements",
    "service_surveys", "staff_surveys", "feedback", "outcome_indicators",
)  # fmt: skip
# The shape of the raw tables. A file with an older version is upgraded by copying
# (upgrade_file): DuckDB cannot change a CHECK constraint in place.
#   1: regions a reference table of four, every employee in a post, ratings required
#   2: regions as data (sort_order), posts and units made from exports, ratings optional
#      (PP 46/2011 scores), employees without a post, study programmes, import_codes
SCHEMA_VERSION = 2


def db_path() -> Path:
    """The database file: ``$ASN_DB_PATH`` if set, else ``data/asn.duckdb``."""
    return Path(os.environ.get("ASN_DB_PATH", DEFAULT_DB_PATH))


# Bounded memory (issue #13): DuckDB spills what does not fit to temp_directory.
DEFAULT_MEMORY_LIMIT = "2GB"


def memory_limit() -> str:
    """DuckDB's memory_limit: ``$ASN_DB_MEMORY_LIMIT`` (e.g. ``6GB``) or 2GB, as the demo
    build uses: with Python's own memory a refresh at scale 10 stays near 3 GB (issue #13:
    at most 4 GB)."""
    return os.environ.get("ASN_DB_MEMORY_LIMIT") or DEFAULT_MEMORY_LIMIT


def temp_directory(path: str | Path) -> str | None:
    """Where DuckDB spills: ``$ASN_DB_TEMP_DIR``, else ``<database file>.tmp`` next to the
    file (DuckDB's own default, made explicit: the spilled rows are as personal as the
    file). None for an in-memory database."""
    if os.environ.get("ASN_DB_TEMP_DIR"):
        return os.environ["ASN_DB_TEMP_DIR"]
    if str(path) == ":memory:" or not str(path):
        return None
    return f"{path}.tmp"


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def connect(
    path: str | Path | None = None, *, read_only: bool = False, spill_for: str | Path | None = None
) -> duckdb.DuckDBPyConnection:
    """A connection with this project's settings. ``spill_for``: the database path whose
    temp folder to spill to (a snapshot file spills where its database path does)."""
    target = str(path or db_path())
    con = duckdb.connect(target, read_only=read_only)
    con.execute("set enable_progress_bar = false")
    con.execute(f"set memory_limit = {_quote(memory_limit())}")
    temp = temp_directory(spill_for or target)
    if temp is not None:
        con.execute(f"set temp_directory = {_quote(temp)}")
    return con


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create tables, fill reference tables and (re)create the clean views."""
    con.execute((PACKAGE_DIR / "schema.sql").read_text(encoding="utf-8"))
    load_reference(con)
    con.execute("insert or replace into dataset_info values ('schema_version', ?)", [str(SCHEMA_VERSION)])
    create_views(con)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The raw-table shape of an open database (1 for files made before versions were kept)."""
    has_info = con.execute(
        "select count(*) from duckdb_tables() where table_name = 'dataset_info'"
    ).fetchall()[0][0]
    if not has_info:
        return SCHEMA_VERSION  # an empty file: create_schema makes the current shape
    row = con.execute("select value from dataset_info where key = 'schema_version'").fetchall()
    return int(row[0][0]) if row else 1


def upgrade_file(path: str | Path) -> bool:
    """Bring a database file of an older schema version to this one, keeping every row.

    The rows are copied by column name into a new file with the current schema
    (new columns get their defaults: a region's ``sort_order`` follows its old
    order), which then replaces the old file. Returns True if it upgraded.
    Raises ``duckdb.IOException`` if another process holds the file.
    """
    path = Path(path)
    if not path.exists():
        return False
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.ConnectionException:  # this process has the file open read-write already
        con = duckdb.connect(str(path))
    try:
        version = schema_version(con)
    finally:
        con.close()
    if version >= SCHEMA_VERSION:
        return False
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.upgrade-", dir=path.parent)
    os.close(fd)
    Path(tmp).unlink()
    new = connect(tmp)
    try:
        create_schema(new)
        new.execute(f"attach '{str(path).replace(chr(39), chr(39) * 2)}' as old (read_only)")
        _copy_rows(new)
        new.execute("detach old")
        refresh_derived(new)
        new.execute("checkpoint")
    except BaseException:
        new.close()
        Path(tmp).unlink(missing_ok=True)
        raise
    new.close()
    os.replace(tmp, path)
    Path(f"{path}.wal").unlink(missing_ok=True)
    return True


def _columns(con: duckdb.DuckDBPyConnection, database: str, table: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select column_name from duckdb_columns() where database_name = ? and table_name = ? "
            "order by column_index",
            [database, table],
        ).fetchall()
    ]


def _tables(con: duckdb.DuckDBPyConnection, database: str) -> set[str]:
    return {
        r[0]
        for r in con.execute(
            "select table_name from duckdb_tables() where database_name = ?", [database]
        ).fetchall()
    }


# Defaults of columns that older files lack, for rows copied into tables without them
# (the undo copies of loadable tables keep no defaults of their own).
_NEW_DEFAULTS = {"auto_created": "false", "inferred": "false", "predikat_basis": "'rating'"}


def _copy_rows(con: duckdb.DuckDBPyConnection) -> None:
    """Copy the rows of attached database ``old`` into this one by column name: the
    loadable tables, the import log and undo copies, and dataset_info. Reference
    tables and marts are made anew."""
    here = con.execute("select current_database()").fetchall()[0][0]
    old_tables = _tables(con, "old")

    def copy(table: str, extra: dict[str, str] | None = None) -> None:
        have = set(_columns(con, here, table))
        cols = [c for c in _columns(con, "old", table) if c in have]
        exprs = list(cols)
        for col, sql in (extra or {}).items():
            if col in have and col not in cols:
                cols.append(col)
                exprs.append(sql)
        con.execute(f"insert into {table} ({', '.join(cols)}) select {', '.join(exprs)} from old.{table}")

    for table in LOADABLE_TABLES:
        if table in old_tables:
            # a region keeps its old place (the old order was the rows' order)
            copy(table, {"sort_order": "row_number() over (order by rowid)::integer"})
    for table in ("import_log", "import_codes"):
        if table in old_tables:
            copy(table)
    for table in sorted(t for t in old_tables if t.startswith("import_undo_")):
        source = table.removeprefix("import_undo_")
        con.execute(
            f"create table {table} as select 0::integer as undo_import_id, ''::varchar as undo_action, * "
            f"from {source} where false"
        )
        copy(table)
        for col, default in _NEW_DEFAULTS.items():
            if col in _columns(con, here, table):
                con.execute(f"update {table} set {col} = {default} where {col} is null")
    if "dataset_info" in old_tables:
        con.execute(
            "insert or replace into dataset_info select * from old.dataset_info "
            "where key not in ('schema_version', 'derived_version')"
        )


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a database file made by an older version up to schema.sql.

    ``create table if not exists`` adds new tables (e.g. import_log); columns
    added later are added here. Indexes and keys of old files are left alone.
    """
    con.execute((PACKAGE_DIR / "schema.sql").read_text(encoding="utf-8"))
    for table in LOADABLE_TABLES:
        con.execute(f"alter table {table} add column if not exists import_id integer")
    con.execute("alter table import_log add column if not exists kind varchar")
    add_missing_reference(con)  # reference tables and settings added since the file was made


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    con.execute((PACKAGE_DIR / "views.sql").read_text(encoding="utf-8"))
    refresh_derived(con)


def refresh_derived(
    con: duckdb.DuckDBPyConnection,
    changed: set[str] | None = None,
    timings: dict[str, float] | None = None,
    *,
    touched: bool = False,
    on_step: Callable[[str, float], None] | None = None,
    start: str | None = None,
) -> None:
    """Rebuild the derived tables (marts); call after every data load.

    ``changed``: the tables the load wrote, to make again only the marts that read
    them (analytics.derived.plan); None rebuilds every mart. Marts made by other
    code (an older derived_version) are always rebuilt in full. ``touched``: the
    caller has put the changed evaluation rows (old and new versions) in the temp
    table analytics.incremental.TOUCHED, so a load of evaluations alone makes
    only the slices of the marts those rows reach (analytics.incremental). ``on_step``:
    called with each statement's name and seconds as it ends (a full or table-level
    refresh). ``start``: finish a full refresh that stopped at this statement (its name
    as ``on_step`` gives it): it and the later ones run, with the temp tables they read.
    """
    from analytics import incremental
    from analytics.derived import refresh_derived as refresh

    if changed is not None:
        row = con.execute("select value from dataset_info where key = 'derived_version'").fetchall()
        if not row or row[0][0] != derived_version():
            changed = None
    if start is not None:
        refresh(con, None, timings, on_step, start)
    elif touched and incremental.applies(changed):
        incremental.refresh(con, timings)
    else:
        refresh(con, changed, timings, on_step)
    con.execute(
        "insert or replace into dataset_info values ('derived_version', ?)",
        [derived_version()],
    )


def derived_version() -> str:
    """A fingerprint of the code that makes the views, macros and marts."""
    digest = hashlib.sha256()
    from analytics.derived import mart_files

    for path in [*(PACKAGE_DIR / n for n in ("schema.sql", "views.sql", "derived.py")), *mart_files()]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def derived_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Were the views and marts of this database made by this code?"""
    try:
        row = con.execute("select value from dataset_info where key = 'derived_version'").fetchall()
    except duckdb.CatalogException:  # an empty file
        return False
    return bool(row) and row[0][0] == derived_version()


def read_current(path: str | Path | None = None) -> tuple[Path, duckdb.DuckDBPyConnection]:
    """A read-only connection to the database's current snapshot (analytics.snapshot), and
    which snapshot it reads.

    A file of an older schema, or whose marts older code made, is brought up to date by a
    writer first (upgrade_file, ensure_current), published, and then opened: readers
    never write. Several processes may do this at once; the writers' lock lets one do
    the work and the others find it done.
    """
    path = Path(path or db_path())
    for _ in range(3):
        target = snapshot.current(path)
        try:
            con = connect(target, read_only=True, spill_for=path)
        except duckdb.IOException:
            if target.exists():
                raise
            continue  # pruned between resolving the link and opening it: resolve again
        if schema_version(con) >= SCHEMA_VERSION and derived_is_current(con):
            return target, con
        con.close()
        with snapshot.writer_lock(path):
            upgrade_file(path)
        with snapshot.writing(path) as w:
            if not ensure_current(w.con):
                w.discard()  # another process made them meanwhile
    raise RuntimeError("the database's current snapshot could not be opened")


def ensure_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Recreate views and marts if the database was built by other code. True if it did.

    A database file outlives upgrades of the dashboard; its raw tables stay
    valid, but views, macros and marts must match the queries that read them.
    """
    row = con.execute("select value from dataset_info where key = 'derived_version'").fetchall()
    if row and row[0][0] == derived_version():
        return False
    migrate(con)
    create_views(con)
    return True


@cache
def sql_text(name: str) -> str:
    path = SQL_DIR / f"{name}.sql"
    return path.read_text(encoding="utf-8")


def run(con: duckdb.DuckDBPyConnection, name: str, **params) -> pd.DataFrame:
    """Run ``sql/<name>.sql`` with the named parameters it uses; return a frame.

    Only the parameters that the query mentions are passed, so callers can
    hand over a whole filter set.
    """
    text = sql_text(name)
    used = {k: v for k, v in params.items() if re.search(rf"\${k}\b", text)}
    cur = con.cursor()
    try:
        return cur.execute(text, used).df()
    finally:
        cur.close()
