"""Cells as a viewer sees them, from a frame of :func:`analytics.privacy.protect`: its
marker ("<5", "x") where hidden, else the formatted value."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from analytics import privacy


def any_hidden(df: pd.DataFrame | None, columns: Sequence[str] | None = None) -> bool:
    """Does the frame hide any cell (of ``columns``, default all)?"""
    if df is None or not privacy.has_suppression(df):
        return False
    cols = privacy.suppressed_columns(df) if columns is None else columns
    return any(privacy.is_suppressed(df, c).any() for c in cols)


def cell(df: pd.DataFrame, i, col: str, formatter: Callable[[object], str]) -> str:
    """One cell as shown (row label ``i``): ``formatter(value)``, or its marker if suppressed."""
    if privacy.is_suppressed(df, col).loc[i]:
        return str(privacy.markers(df, col).loc[i])
    return formatter(df.at[i, col])


def shown_values(df: pd.DataFrame | None, col: str) -> pd.Series | None:
    """The values of ``col`` that are not suppressed (e.g. for a KPI sparkline)."""
    if df is None:
        return None
    return df.loc[~privacy.is_suppressed(df, col), col].dropna()


def _visible(df: pd.DataFrame, col: str) -> pd.DataFrame:
    """The rows whose ``col`` is not suppressed (charts that add values up or cannot draw NaN)."""
    return df[~privacy.is_suppressed(df, col)] if f"{col}{privacy.SUPPRESSED}" in df else df
