"""Connections, schema creation and the SQL-file runner.

Every metric query lives in ``analytics/sql/<name>.sql`` and takes named
parameters (``$regions``, ``$year_from`` ...); :func:`run` loads and executes it.
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from analytics.reference import load_reference

PACKAGE_DIR = Path(__file__).resolve().parent
SQL_DIR = PACKAGE_DIR / "sql"
DEFAULT_DB_PATH = PACKAGE_DIR.parent / "data" / "asn.duckdb"
# the tables analysts load (data/importing); each row records the import that wrote it
LOADABLE_TABLES = (
    "units", "positions", "employees", "competency_standards", "competency_assessments",
    "potential_assessments", "performance_evaluations", "trainings", "placements",
)  # fmt: skip


def db_path() -> Path:
    """The database file: ``$ASN_DB_PATH`` if set, else ``data/asn.duckdb``."""
    return Path(os.environ.get("ASN_DB_PATH", DEFAULT_DB_PATH))


def connect(path: str | Path | None = None, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path or db_path()), read_only=read_only)
    con.execute("set enable_progress_bar = false")
    return con


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create tables, fill reference tables and (re)create the clean views."""
    con.execute((PACKAGE_DIR / "schema.sql").read_text(encoding="utf-8"))
    load_reference(con)
    create_views(con)


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a database file made by an older version up to schema.sql.

    ``create table if not exists`` adds new tables (e.g. import_log); columns
    added later are added here. Indexes and keys of old files are left alone.
    """
    con.execute((PACKAGE_DIR / "schema.sql").read_text(encoding="utf-8"))
    for table in LOADABLE_TABLES:
        con.execute(f"alter table {table} add column if not exists import_id integer")


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    con.execute((PACKAGE_DIR / "views.sql").read_text(encoding="utf-8"))
    refresh_derived(con)


def refresh_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the derived tables (marts); call after every data load."""
    from analytics.derived import refresh_derived as refresh

    refresh(con)
    con.execute(
        "insert or replace into dataset_info values ('derived_version', ?)",
        [derived_version()],
    )


def derived_version() -> str:
    """A fingerprint of the code that makes the views, macros and marts."""
    digest = hashlib.sha256()
    for name in ("schema.sql", "views.sql", "derived.sql", "derived.py"):
        digest.update((PACKAGE_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


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
