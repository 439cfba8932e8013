"""Helpers of the recount tests: the rows of a frame in the shared filters' slice."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.filters import Filters


def in_slice(frame: pd.DataFrame, f: Filters) -> pd.Series:
    """Which rows the filters' regions, unit and jenis jabatan keep (not the years)."""
    keep = pd.Series(True, index=frame.index)
    if f.regions:
        keep &= frame.region_id.isin(f.regions)
    if f.unit_id is not None:
        keep &= frame.unit_id == f.unit_id
    if f.jenis_jabatan is not None:
        keep &= frame.jenis_jabatan == f.jenis_jabatan
    return keep


def filter_sets(con: duckdb.DuckDBPyConnection, years: str, unit: str) -> list[Filters]:
    """Filter sets over the data's years (``years``: SQL giving the first and last) and
    slices (``unit``: SQL giving a unit, the largest first): the whole range, one year at
    either end, the middle, ranges before, across and after the data's ends, one and two
    regions (with a jenis jabatan), a unit, a jenis jabatan. The first four are whole
    ranges within the data."""
    first, last = con.execute(years).fetchall()[0]
    regions = [r for (r,) in con.execute("select region_id from regions order by 1").fetchall()]
    unit_id = con.execute(unit).fetchall()[0][0]
    return [
        Filters(year_from=first, year_to=last),
        Filters(year_from=first, year_to=first),
        Filters(year_from=last, year_to=last),
        Filters(year_from=first + 1, year_to=last - 1),
        Filters(year_from=first - 5, year_to=first - 1),  # before the data
        Filters(year_from=first - 5, year_to=first + 1),  # starts before the data
        Filters(year_from=last - 1, year_to=last + 4),  # ends after the data
        Filters(year_from=last + 1, year_to=last + 3),  # after the data
        Filters(regions=(regions[0],), year_from=first, year_to=last),
        Filters(regions=tuple(regions[1:3]), year_from=first + 1, year_to=last, jenis_jabatan=2),
        Filters(unit_id=unit_id, year_from=first, year_to=last - 1),
        Filters(jenis_jabatan=1, year_from=first + 1, year_to=last),
    ]
