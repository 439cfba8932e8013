"""A share per region and year read as a finding: the last year's lowest and highest
region, each with its first year's value, and how many regions rose — from the values a
viewer may see (a hidden cell is NaN and is left out). Used by the Kinerja (share Baik
or better) and Pelatihan (PNS with 20 JP) findings."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from reporting import regions


@dataclass(frozen=True)
class Levels:
    y0: int
    y1: int
    last: pd.Series  # region_id -> value in y1, in the regions' display order
    first: pd.Series  # region_id -> value in y0 (the regions shown then)

    @property
    def worst(self) -> str:
        """The region lowest in ``y1`` (of equal ones, the first in display order)."""
        return self.last.sort_values(kind="stable").index[0]

    @property
    def best(self) -> str:
        ranked = self.last.sort_values(kind="stable")
        return ranked.index[ranked == ranked.iloc[-1]][0]

    def start(self, region_id: str) -> float | None:
        """The region's value in ``y0``, None if not shown or ``y0`` is ``y1``."""
        if self.y0 == self.y1 or region_id not in self.first.index:
            return None
        return float(self.first[region_id])

    @property
    def compared(self) -> list[str]:
        """The regions shown in both years."""
        return [r for r in self.last.index if self.start(r) is not None]

    @property
    def rose(self) -> int:
        return sum(self.last[r] > self.first[r] for r in self.compared)


def levels(df: pd.DataFrame | None, value: str, years: pd.Series) -> Levels | None:
    """``df[value]`` per region (``region_id``) and year (``years``, aligned with ``df``),
    shown values only: the last year in which the most regions show one against the first
    year; None when nothing is shown."""
    if df is None or df.empty:
        return None
    data = df.assign(_year=years.astype(int)).dropna(subset=[value])
    if data.empty:
        return None
    # the last year in which the most regions show a value (a region whose last year is
    # hidden for privacy does not turn a comparison of regions into one region's sentence)
    shown = data.groupby("_year")["region_id"].nunique()
    y0, y1 = int(data["_year"].min()), int(shown[shown == shown.max()].index.max())
    last = data[data["_year"] == y1].drop_duplicates("region_id").set_index("region_id")[value]
    first = data[data["_year"] == y0].drop_duplicates("region_id").set_index("region_id")[value]
    return Levels(y0, y1, last.loc[regions.ordered(last.index)], first)
