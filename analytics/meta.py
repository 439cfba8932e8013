"""Options for the filter bar and facts about the loaded dataset."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run


def region_options(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """region_id, region_name in display order."""
    return run(con, "region_options")


def unit_options(con: duckdb.DuckDBPyConnection, regions) -> pd.DataFrame:
    """unit_id, unit_name, region_id of the given regions."""
    return run(con, "unit_options", regions=list(regions))


def year_bounds(con: duckdb.DuckDBPyConnection) -> tuple[int, int] | None:
    """First and last year with monthly evaluations, or None when there are none."""
    row = run(con, "year_bounds").iloc[0]
    if pd.isna(row["first_year"]):
        return None
    return int(row["first_year"]), int(row["last_year"])


def dataset_info(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The dataset_info table as a dict (source, seed, scale, built_at, ...)."""
    df = run(con, "dataset_info")
    return dict(zip(df["key"], df["value"], strict=True))


def settings(con: duckdb.DuckDBPyConnection) -> dict[str, float]:
    """The ``settings`` table as a dict key -> value; a key a database made by older code
    lacks falls back to its default in :data:`analytics.reference.SETTINGS`."""
    from analytics.reference import SETTINGS

    df = run(con, "settings")
    return {key: value for key, value, _note in SETTINGS} | dict(
        zip(df["key"], df["value"].astype(float), strict=True)
    )
