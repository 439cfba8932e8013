"""region_medians (analytics/marts/40_placement.sql): each region's median 6-month score per
month, computed from value counts (median() held every value in memory and ran out of
DuckDB's 2 GB at demo scale 60). Checked against hand-worked medians, DuckDB's median()
and pandas on the small demo."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from analytics.derived import steps
from analytics.sqldeps import query_of

QUERY = query_of(next(s for s in steps() if s.statement.creates == "region_medians").statement.sql)


def _medians(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute(f"select * from ({QUERY}) order by region_id, month").df()


def test_hand_worked_medians() -> None:
    con = duckdb.connect()
    rows = [
        # odd count with ties: 70, 80, 80 -> 80
        ("A", "2024-01-01", 70.0, 3),
        ("A", "2024-01-01", 80.0, 6),
        ("A", "2024-01-01", 80.0, 4),
        # even count: 60, 70, 90, 95 -> (70 + 90) / 2 = 80; a value of too few months is left out
        ("A", "2024-02-01", 95.0, 3),
        ("A", "2024-02-01", 60.0, 5),
        ("A", "2024-02-01", 90.0, 6),
        ("A", "2024-02-01", 70.0, 3),
        ("A", "2024-02-01", 10.0, 2),
        # even count, the middle two equal: 50, 75, 75, 99 -> 75
        ("B", "2024-01-01", 75.0, 4),
        ("B", "2024-01-01", 99.0, 4),
        ("B", "2024-01-01", 75.0, 4),
        ("B", "2024-01-01", 50.0, 4),
        # one value -> itself
        ("B", "2024-02-01", 87.5, 3),
        # only values of too few months: no row
        ("B", "2024-03-01", 87.5, 2),
    ]
    con.execute(
        "create table mart_kinerja_windows (region_id varchar, month date, score_pre_mean double, score_pre_n int)"
    )
    con.executemany("insert into mart_kinerja_windows values (?, ?, ?, ?)", rows)
    got = _medians(con)
    assert [(r.region_id, str(r.month.date()), r.region_median_pre) for r in got.itertuples()] == [
        ("A", "2024-01-01", 80.0),
        ("A", "2024-02-01", 80.0),
        ("B", "2024-01-01", 75.0),
        ("B", "2024-02-01", 87.5),
    ]


def test_equal_to_median_and_to_pandas_on_the_demo(small_ro: duckdb.DuckDBPyConnection) -> None:
    got = _medians(small_ro)
    duck = small_ro.execute(
        """select region_id, month, median(score_pre_mean) as m from mart_kinerja_windows
           where score_pre_n >= 3 group by all order by region_id, month"""
    ).df()
    windows = small_ro.execute(
        "select region_id, month, score_pre_mean from mart_kinerja_windows where score_pre_n >= 3"
    ).df()
    pandas = windows.groupby(["region_id", "month"]).score_pre_mean.median().reset_index()
    assert len(got) == len(duck) == len(pandas) > 20
    assert got[["region_id", "month"]].equals(duck[["region_id", "month"]])
    assert (got.region_median_pre.to_numpy() == duck.m.to_numpy()).all()  # bit for bit
    merged = got.merge(pandas, on=["region_id", "month"], validate="one_to_one")
    assert np.allclose(merged.region_median_pre, merged.score_pre_mean, rtol=1e-12, atol=0)
