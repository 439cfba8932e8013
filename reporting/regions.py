"""Regions are data: their names, display order and colours come from the database.

A region is a row of ``regions`` (the demo's four, a regions file, or one made
from a SIASN Data PNS export), so no list of regions lives in the code. The
order is the table's ``sort_order`` (set when a region is created), and so is
the colour: a region keeps both when others are added.

:func:`directory` reads the regions once per data version through the app's
cache (:func:`ui.db.meta`). Code that draws outside a dashboard run (the report
built on a plain connection in tests and the benchmark) sets the directory for
its own context with :func:`using`.
"""

from __future__ import annotations

import contextlib
import contextvars
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import pandas as pd

# Colour-blind-safe: Okabe-Ito first (the demo's four keep the colours they always
# had), then Paul Tol's muted scheme; a thirteenth region starts the list again.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
    "#332288", "#999933", "#882255", "#44AA99", "#DDCC77", "#555555",
)  # fmt: skip
UNKNOWN_COLOR = "#888888"


@dataclass(frozen=True)
class Directory:
    """The regions in display order, with their names and colours."""

    ids: tuple[str, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict)
    colors: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_frame(cls, df: pd.DataFrame | None) -> Directory:
        """From :func:`analytics.meta.region_options` (region_id, region_name, sort_order)."""
        if df is None or df.empty:
            return cls()
        if "sort_order" in df:  # the display order, whatever order the rows come in
            df = df.sort_values(["sort_order", "region_id"], kind="stable")
        ids = tuple(str(r) for r in df["region_id"])
        names = dict(zip(ids, (str(n) for n in df["region_name"]), strict=True))
        orders = df["sort_order"] if "sort_order" in df else pd.Series(range(1, len(df) + 1))
        colors = {r: PALETTE[(int(o) - 1) % len(PALETTE)] for r, o in zip(ids, orders, strict=True)}
        return cls(ids, names, colors)

    def name(self, region_id) -> str:
        return self.names.get(region_id, str(region_id))

    def color(self, region_id) -> str:
        return self.colors.get(region_id, UNKNOWN_COLOR)

    def ordered(self, region_ids: Iterable) -> list[str]:
        """``region_ids`` in display order (unknown ids last, as given)."""
        wanted = list(dict.fromkeys(region_ids))
        known = [r for r in self.ids if r in set(wanted)]
        return known + [r for r in wanted if r not in self.names]


_CURRENT: contextvars.ContextVar[Directory | None] = contextvars.ContextVar("regions", default=None)


@contextlib.contextmanager
def using(frame: pd.DataFrame | Directory | None) -> Iterator[Directory]:
    """Use these regions (a region_options frame) for names and colours inside the block."""
    directory = frame if isinstance(frame, Directory) else Directory.from_frame(frame)
    token = _CURRENT.set(directory)
    try:
        yield directory
    finally:
        _CURRENT.reset(token)


def directory() -> Directory:
    """The regions of the current context, else of the app's database (cached)."""
    current = _CURRENT.get()
    if current is not None:
        return current
    db = sys.modules.get("ui.db")  # the app's cached database, if this is the app (never imported here)
    if db is None:
        return Directory()
    try:
        from analytics import meta

        return Directory.from_frame(db.meta(meta.region_options))
    except Exception:  # no database yet, or called outside a dashboard run
        return Directory()


def region_name(region_id) -> str:
    return directory().name(region_id)


def region_color(region_id) -> str:
    return directory().color(region_id)


def color_map_by_name() -> dict[str, str]:
    """Colour per region *name* (what charts put in their legends)."""
    d = directory()
    return {d.name(r): d.color(r) for r in d.ids}


def ordered(region_ids: Iterable) -> list[str]:
    return directory().ordered(region_ids)


def all_ids() -> tuple[str, ...]:
    return directory().ids


def file_label(chosen: Iterable[str], *, most: int = 3) -> str:
    """The chosen regions in a download's file name: ``semua-wilayah`` for every region,
    their ids (up to ``most``), else their number (``6-wilayah``)."""
    chosen = ordered(chosen)
    if not chosen or set(chosen) >= set(all_ids()):
        return "semua-wilayah"
    if len(chosen) > most:
        return f"{len(chosen)}-wilayah"
    return "_".join(chosen)
