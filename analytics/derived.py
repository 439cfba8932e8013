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


def kinerja_windows(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """employee_id, month_index, position_key and, for each outcome o of :data:`OUTCOMES`,
    o (the month's value, null if none), o_pre_mean, o_pre_n (months with a value in
    -6..-1), o_post_mean and o_post_n (+3..+8): one row per month with a monthly
    evaluation, or else with a quarterly one covering it."""
    values = ", ".join(f"{expr} as {name}" for name, expr in OUTCOMES.items())
    names = ", ".join(OUTCOMES)
    present = " or ".join(f"{expr} is not null" for expr in OUTCOMES.values())
    # A quarterly (triwulan) evaluation counts for each of its months that has no
    # monthly one, so a region rating per quarter has windows too (of fewer
    # independent values: the change is still one per employee).
    data = con.sql(
        f"""
        with monthly as (
            select ev.nip, date_trunc('month', ev.period_start)::date as month, ev.position_id, {values}
            from performance_evaluations ev
            where ev.period_type = 'bulanan' and ({present})
        ),
        quarterly as (
            select ev.nip,
                unnest(generate_series(
                    date_trunc('month', ev.period_start), date_trunc('month', ev.period_end), interval 1 month
                ))::date as month,
                ev.position_id, {values}
            from performance_evaluations ev
            where ev.period_type = 'triwulan' and ({present})
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
    ).fetchnumpy()
    row = np.asarray(data["employee_id"], dtype=np.int64)
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
