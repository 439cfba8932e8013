"""A share per region and year read as a finding: the last year's lowest and highest
region, each with its first year's value, and how many regions rose — from the values a
viewer may see (a hidden cell is NaN and is left out). Used by the Kinerja (share Baik
or better) and Pelatihan (PNS with 20 JP) findings."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from reporting import fmt, regions
from reporting.text import region_name, t


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


def sentence(found: Levels, keys: str, then: str) -> str:
    """The finding in words, from the strings ``{keys}.one`` / ``{keys}.one.single`` (one
    region: its last value, and its change since ``y0`` where shown), ``{keys}.many`` (the
    lowest and highest region, each with its first year's value by ``then``) and
    ``{keys}.rose`` (how many of the regions shown in both years rose)."""

    def value(region_id: str) -> str:
        v0 = found.start(region_id)
        since = "" if v0 is None else t(then, y0=found.y0, v0=fmt.percent(v0))
        return fmt.percent(found.last[region_id]) + since

    if len(found.last) == 1:
        region_id = found.last.index[0]
        v1, v0 = found.last.iloc[0], found.start(region_id)
        values = {"region": region_name(region_id), "v1": fmt.percent(v1), "y1": found.y1}
        if v0 is None:
            return t(f"{keys}.one.single", **values)
        diff = fmt.points((v1 - v0) * 100)
        return t(f"{keys}.one", **values, v0=fmt.percent(v0), y0=found.y0, diff=diff)
    text = t(
        f"{keys}.many",
        y1=found.y1,
        worst=region_name(found.worst),
        worst_v=value(found.worst),
        best=region_name(found.best),
        best_v=value(found.best),
    )
    if found.compared:
        text += " " + t(f"{keys}.rose", y0=found.y0, up=found.rose, n=len(found.compared))
    return text
