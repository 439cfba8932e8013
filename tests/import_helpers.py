"""Shared by test_import.py and test_load_cli.py: a writable copy of the demo
database, real keys from it, and what "the database is unchanged" means.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from analytics.db import LOADABLE_TABLES, connect

# An employee the demo does not have (NIP: born 1990-02-15, TMT CPNS 2015-03, male, no. 001)
NEW_NIP = "199002152015031001"


def copy_db(small_db: Path, target: Path) -> Path:
    shutil.copy(small_db, target)
    return target


def open_copy(small_db: Path, target: Path) -> duckdb.DuckDBPyConnection:
    return connect(copy_db(small_db, target))


def fingerprint(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    """Row count and two order-free hashes of every loadable table, and dataset_info
    (whose imported_at moves with every load): equal exactly when the contents are."""
    out = {}
    for name in (*LOADABLE_TABLES, "dataset_info"):
        out[name] = con.execute(
            f"select count(*), coalesce(sum(hash(t)), 0)::varchar, coalesce(bit_xor(hash(t)), 0) from {name} t"
        ).fetchone()
    return out


def import_log_rows(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    has_log = con.execute("select count(*) from duckdb_tables() where table_name = 'import_log'").fetchone()[
        0
    ]
    if not has_log:
        return pd.DataFrame()
    return con.execute("select * from import_log order by import_id").df()


@dataclass(frozen=True)
class Demo:
    """Real keys from the demo database, so valid rows can be written."""

    nip: str  # an employee (PNS)
    nip2: str  # another one
    eval_start: str  # a monthly evaluation of `nip` that exists (period_start, ISO)
    post: str  # a pelaksana post (no eselon)
    unit: str  # its unit
    unique_post: tuple[
        str, str, str, str
    ]  # (position_id, post name, unit name, region name): the only such pair
    shared_post: tuple[
        str, str, str
    ]  # (post name, unit name, position_id in Salatiga): the pair exists in >1 region


def demo_keys(small_db: Path) -> Demo:
    con = duckdb.connect(str(small_db), read_only=True)
    try:
        nip, nip2 = (r[0] for r in con.execute("select nip from employees order by nip limit 2").fetchall())
        eval_start = con.execute(
            "select min(period_start)::varchar from performance_evaluations "
            "where nip = ? and period_type = 'bulanan'",
            [nip],
        ).fetchone()[0]
        post, unit = con.execute(
            "select position_id, unit_id from positions where jenis_jabatan = 4 order by position_id limit 1"
        ).fetchone()
        named = """
            select p.position_id, p.name, u.name as unit_name, r.name as region_name,
                count(*) over (partition by p.name, u.name) as n
            from positions p join units u using (unit_id) join regions r using (region_id)
        """
        unique_post = con.execute(
            f"select position_id, name, unit_name, region_name from ({named}) where n = 1 "
            "order by position_id limit 1"
        ).fetchone()
        shared_post = con.execute(
            f"select name, unit_name, position_id from ({named}) where n > 1 and position_id like 'SLT-%' "
            "qualify count(*) over (partition by name, unit_name) = 1 order by position_id limit 1"
        ).fetchone()
        assert not con.execute("select count(*) from employees where nip = ?", [NEW_NIP]).fetchone()[0]
    finally:
        con.close()
    return Demo(nip, nip2, eval_start, post, unit, tuple(unique_post), tuple(shared_post))
