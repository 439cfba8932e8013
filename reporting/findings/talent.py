"""What the Talenta page says first, and the findings of the 9-box and succession slides:
sentences computed from the frames as the reader sees them.

Each function takes frames as the user may see them (:func:`analytics.privacy.protect`
for anyone but a signed-in analyst: hidden cells are NaN) and returns text in the current
language. A hidden value never appears in a sentence. The share of a region's assessed
in boxes 7-9 is its succession pool (shown beside the grid, ``succession_by_region``)
over the number assessed; where the pool is hidden too, the range the grid's shown cells
allow — from the boxes shown to those plus everything the region's hidden boxes hold —
which anyone can work out from the grid, rather than "too small to show" above a grid
whose other cells are all there. No Streamlit.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analytics import privacy
from analytics.talent import SUCCESSION_BOXES
from reporting import fmt, regions
from reporting.text import region_name, t

LOW_BOXES = (1, 2, 3)


def box_shares(
    grid: pd.DataFrame | None, boxes: Sequence[int] = SUCCESSION_BOXES, totals: pd.Series | None = None
) -> pd.DataFrame:
    """Per region whose number assessed is shown: the share of its assessed employees in
    ``boxes``, as ``low`` (the boxes shown) and ``high`` (plus all that the region's hidden
    boxes hold, if one of ``boxes`` is hidden), and ``assessed``. ``low == high`` where every
    one of ``boxes`` is shown, or where ``totals`` (region -> the boxes' total as shown
    elsewhere: the succession pool) has the region's. Regions in display order."""
    columns = ["region_id", "low", "high", "assessed"]
    if grid is None or grid.empty:
        return pd.DataFrame(columns=columns)
    hidden = privacy.is_suppressed(grid, "share") | grid["share"].isna()
    rows = []
    for region_id in regions.ordered(grid["region_id"]):
        part = grid[grid["region_id"] == region_id]
        assessed = part["assessed"].iloc[0]
        if privacy.is_suppressed(part, "assessed").iloc[0] or pd.isna(assessed) or not assessed:
            continue
        mine = part["box"].isin(boxes)
        low = float(part.loc[mine & ~hidden, "share"].sum())
        rest = max(1.0 - float(part.loc[~hidden, "share"].sum()), 0.0)  # what the hidden boxes hold
        high = low + rest if (mine & hidden[part.index]).any() else low
        if totals is not None and region_id in totals.index:
            low = high = float(totals[region_id]) / float(assessed)
        rows.append((region_id, low, min(high, 1.0), assessed))
    return pd.DataFrame(rows, columns=columns)


def ratio_text(value: float) -> str:
    """Candidates per post: one decimal (``1,8``, ``127,0``), two below one (``0,05``, not ``0,0``)."""
    return fmt.number(value, 1 if abs(value) >= 1 else 2)


def _share_text(low: float, high: float) -> str:
    """``37,5 %``, or the range ``9,2–10,8 %`` where a box is hidden."""
    if fmt.percent(low) == fmt.percent(high):
        return fmt.percent(low)
    return f"{fmt.number(low * 100, 1)}–{fmt.percent(high)}"


def shown_pools(by_region: pd.DataFrame | None) -> pd.Series | None:
    """Region -> its succession pool where ``succession_by_region`` shows it."""
    if by_region is None or by_region.empty:
        return None
    shown = by_region[~privacy.is_suppressed(by_region, "pool") & by_region["pool"].notna()]
    return shown.set_index("region_id")["pool"]


def grid_sentence(
    grid: pd.DataFrame | None, by_region: pd.DataFrame | None = None, *, threshold: int | None = None
) -> str:
    """The 9-box's answer: the share of assessed employees in boxes 7–9 (the succession
    pool, from ``by_region`` where it shows it) — the largest and the smallest region
    (ranked by the middle of a range), or for one region the shares in boxes 7–9 and 1–3.
    A range says so."""
    top = box_shares(grid, totals=shown_pools(by_region))
    if top.empty:
        return t("story.f.suppressed", k=threshold or privacy.min_group_size())
    ranged = bool((top["low"] != top["high"]).any())
    if len(top) == 1:
        row = top.iloc[0]
        low = box_shares(grid, LOW_BOXES).iloc[0]
        ranged = ranged or low["low"] != low["high"]
        text = t(
            "talenta.lead.grid.one",
            region=region_name(row["region_id"]),
            top=_share_text(row["low"], row["high"]),
            n=fmt.integer(row["assessed"]),
            low=_share_text(low["low"], low["high"]),
        )
    else:
        ranked = top.assign(mid=(top["low"] + top["high"]) / 2).sort_values(
            "mid", ascending=False, kind="stable"
        )
        hi, lo = ranked.iloc[0], ranked.iloc[-1]
        ranged = hi["low"] != hi["high"] or lo["low"] != lo["high"]
        text = t(
            "talenta.lead.grid.many",
            hi=region_name(hi["region_id"]),
            hi_v=_share_text(hi["low"], hi["high"]),
            hi_n=fmt.integer(hi["assessed"]),
            lo=region_name(lo["region_id"]),
            lo_v=_share_text(lo["low"], lo["high"]),
            lo_n=fmt.integer(lo["assessed"]),
        )
    if ranged:
        text = f"{text} {t('talenta.lead.range')}"
    return text


def succession_sentence(by_region: pd.DataFrame | None, *, threshold: int | None = None) -> str:
    """Succession candidates (boxes 7–9) per structural post to fill, from
    ``succession_by_region``: the region with the fewest and the one with the most (one
    region: its pool, posts and ratio). Regions whose ratio is hidden are left out."""
    if by_region is None or by_region.empty:
        return t("story.f.empty")
    hidden = privacy.is_suppressed(by_region, "pool_per_post") | privacy.is_suppressed(by_region, "pool")
    shown = by_region[~hidden & by_region["pool_per_post"].notna()]
    if shown.empty:
        posts = by_region.loc[~privacy.is_suppressed(by_region, "posts_to_fill"), "posts_to_fill"]
        if len(posts) == len(by_region) and (posts == 0).all():
            return t("talenta.lead.succ.no_posts")
        return t("story.f.suppressed", k=threshold or privacy.min_group_size())
    order = {r: i for i, r in enumerate(regions.ordered(shown["region_id"]))}
    shown = shown.sort_values("region_id", key=lambda s: s.map(order))
    if len(shown) == 1:
        row = shown.iloc[0]
        return t(
            "talenta.lead.succ.one",
            region=region_name(row["region_id"]),
            pool=fmt.integer(row["pool"]),
            posts=fmt.integer(row["posts_to_fill"]),
            ratio=ratio_text(row["pool_per_post"]),
        )
    ranked = shown.sort_values("pool_per_post", kind="stable")
    lo, hi = ranked.iloc[0], ranked.iloc[-1]
    return t(
        "talenta.lead.succ.many",
        lo=region_name(lo["region_id"]),
        lo_v=ratio_text(lo["pool_per_post"]),
        lo_pool=fmt.integer(lo["pool"]),
        lo_posts=fmt.integer(lo["posts_to_fill"]),
        hi=region_name(hi["region_id"]),
        hi_v=ratio_text(hi["pool_per_post"]),
        hi_pool=fmt.integer(hi["pool"]),
        hi_posts=fmt.integer(hi["posts_to_fill"]),
    )


def headline(grid: pd.DataFrame | None, by_region: pd.DataFrame | None) -> list[str]:
    """The page's answer: candidates per post to fill first, then the 9-box's pool share."""
    return [succession_sentence(by_region), grid_sentence(grid, by_region)]
