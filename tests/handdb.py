"""Hand-made test databases: positional INSERTs in the tables' original column order.

The hand-worked tests write rows as ``insert into units values (...)`` with
the columns the tables had when the tests were written. Columns added since
(which import wrote a row, what an export created, SIASN extras) are left
out of the explicit column list that :func:`execute_hand_sql` adds, so they
take their defaults (null, false, 'rating').

Regions are data (no reference list): the hand databases' three regions are
inserted by :func:`execute_hand_sql` when the database has none yet.
"""

from __future__ import annotations

import re

import duckdb

# columns the hand SQL does not give, per table ('*' = every table)
ADDED_COLUMNS = {
    "*": {"import_id"},
    "units": {"auto_created"},
    "positions": {"auto_created"},
    "employees": {"education_program", "unit_id", "pns_id"},
    "performance_evaluations": {"predikat_basis", "kuadran"},
    "trainings": {"provider"},
    "placements": {"inferred"},
}

HAND_REGIONS = [
    ("SLT", "Kota Salatiga", "Jawa Tengah", 1),
    ("JMB", "Kota Jambi", "Jambi", 2),
    ("SWL", "Kota Sawahlunto", "Sumatera Barat", 3),
]


def execute_hand_sql(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    if not con.execute("select count(*) from regions").fetchone()[0]:
        con.executemany(
            "insert into regions (region_id, name, province, sort_order) values (?, ?, ?, ?)", HAND_REGIONS
        )

    def with_columns(match: re.Match) -> str:
        table = match.group(1)
        skip = ADDED_COLUMNS["*"] | ADDED_COLUMNS.get(table, set())
        cols = [
            r[0]
            for r in con.execute(
                "select column_name from duckdb_columns() where table_name = ? order by column_index", [table]
            ).fetchall()
            if r[0] not in skip
        ]
        return f"insert into {table} ({', '.join(cols)}) values"

    con.execute(re.sub(r"insert into (\w+) values", with_columns, sql))
