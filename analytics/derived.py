"""Rebuild the derived tables (marts) after a data load.

Most of the work is SQL in ``analytics/marts/*.sql``, run in file-name order
(base, kinerja, competency, training, placement, talent, cleanup): one file per
family of marts, each reading the marts and temporary tables of the files
before it. One step is done in numpy: the
mean kinerja score in the 6 months before and in months +3..+8 after every
employee-month (the windows of the training-impact estimate). As SQL window
functions over ~4 million rows this is the slowest part of a refresh on two
cores; as cumulative sums over an employee x month grid it takes well under
a second, and it is exact also when an employee's months have gaps.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

MARTS = Path(__file__).resolve().parent / "marts"


def mart_files() -> list[Path]:
    """The mart SQL files in the order they run."""
    return sorted(MARTS.glob("*.sql"))


BEFORE = (-6, -1)  # months relative to t, inclusive
AFTER = (3, 8)


def window_sums(row: np.ndarray, col: np.ndarray, value: np.ndarray, lo: int, hi: int):
    """Sum and count of ``value`` over columns col+lo .. col+hi of the same row, for every point.

    Points are (row, col) cells of a grid; each cell holds at most one value.
    """
    pad = max(abs(lo), abs(hi)) + 1
    width = int(col.max()) + 1 + 2 * pad
    sums = np.zeros((int(row.max()) + 1, width))
    counts = np.zeros_like(sums)
    sums[row, col + pad] = value
    counts[row, col + pad] = 1.0
    # cumulative with a leading zero column: cum[:, j] = sum of columns < j
    cum_s = np.concatenate([np.zeros((sums.shape[0], 1)), np.cumsum(sums, axis=1)], axis=1)
    cum_n = np.concatenate([np.zeros((counts.shape[0], 1)), np.cumsum(counts, axis=1)], axis=1)
    start, stop = col + pad + lo, col + pad + hi + 1
    return cum_s[row, stop] - cum_s[row, start], cum_n[row, stop] - cum_n[row, start]


def kinerja_windows(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """employee_id, month_index, position_key, score, pre_mean, pre_n, post_mean, post_n."""
    data = con.sql(
        """
        select i.employee_id, year(ev.period_start) * 12 + month(ev.period_start) - 1 as month_index,
            p.position_key, ev.score
        from performance_evaluations ev
        join employee_ids i using (nip)
        join position_keys p on p.position_id = coalesce(ev.position_id, i.position_id)
        where ev.period_type = 'bulanan' and ev.score is not null
        """
    ).fetchnumpy()
    row = np.asarray(data["employee_id"], dtype=np.int64)
    month = np.asarray(data["month_index"], dtype=np.int64)
    score = np.asarray(data["score"], dtype=np.float64)
    columns = {k: np.asarray(v) for k, v in data.items()}
    if len(row):
        first = month.min()
        pre_s, pre_n = window_sums(row, month - first, score, *BEFORE)
        post_s, post_n = window_sums(row, month - first, score, *AFTER)
    else:
        pre_s = pre_n = post_s = post_n = np.zeros(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        columns["pre_mean"] = np.where(pre_n > 0, pre_s / np.maximum(pre_n, 1), np.nan)
        columns["post_mean"] = np.where(post_n > 0, post_s / np.maximum(post_n, 1), np.nan)
    columns["pre_n"] = pre_n.astype(np.int32)
    columns["post_n"] = post_n.astype(np.int32)
    return pa.table(columns)


def refresh_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild every derived table from the raw tables (run after any load)."""
    con.execute(
        """
        create or replace temp table employee_ids as
            select nip, position_id, (row_number() over (order by nip) - 1)::integer as employee_id from employees;
        create or replace temp table position_keys as
            select position_id, (row_number() over (order by position_id) - 1)::integer as position_key
            from positions;
        """
    )
    windows = kinerja_windows(con)
    con.register("kinerja_windows_arrow", windows)
    try:
        con.execute("create or replace temp table kinerja_windows_raw as select * from kinerja_windows_arrow")
    finally:
        con.unregister("kinerja_windows_arrow")
    for path in mart_files():
        con.execute(path.read_text(encoding="utf-8"))
