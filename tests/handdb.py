"""Hand-made test databases: positional INSERTs that leave out ``import_id``.

The hand-worked tests write rows as ``insert into units values (...)`` with
the table's own columns; every loadable table also has an ``import_id``
column (which import wrote the row) that those rows do not have.
:func:`execute_hand_sql` adds the explicit column list.
"""

from __future__ import annotations

import re

import duckdb


def execute_hand_sql(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    def with_columns(match: re.Match) -> str:
        table = match.group(1)
        cols = [
            r[0]
            for r in con.execute(
                "select column_name from duckdb_columns() where table_name = ? and column_name <> 'import_id' "
                "order by column_index",
                [table],
            ).fetchall()
        ]
        return f"insert into {table} ({', '.join(cols)}) values"

    con.execute(re.sub(r"insert into (\w+) values", with_columns, sql))
