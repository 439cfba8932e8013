"""Helpers of the recount tests: the rows of a frame in the shared filters' slice."""

from __future__ import annotations

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
