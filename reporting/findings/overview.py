"""What the Ringkasan says first, and the overview slide's finding: each region against
the targets (configurable conventions: :data:`analytics.reference.TARGETS`, read from the
``settings`` table), ranked, and the change since the first year.

Every function takes frames as a viewer gets them (:func:`analytics.privacy.protect`):
a hidden value is NaN there, so it never reaches a sentence, a status or a rank.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from analytics import privacy
from analytics.reference import SETTINGS, TARGET_MARGIN, TARGETS
from reporting import fmt, regions
from reporting.text import region_name, t

INDICATORS = tuple(TARGETS)  # share_baik, share_optimal, share_jp_met
STATUSES = ("met", "near", "below")
MOST_CHANGES = 2  # regions named where the share Baik fell
LAG_POINTS = 1.0  # a region lags on an indicator when it is this many points below the next


@dataclass(frozen=True)
class Targets:
    """Each indicator's target as a share 0–1, and how far below it still reads "near"."""

    values: Mapping[str, float]
    margin: float

    @classmethod
    def from_settings(cls, settings: Mapping[str, float] | None) -> Targets:
        """From :func:`analytics.meta.settings` (percent), else the defaults of SETTINGS."""
        merged = {key: value for key, value, _note in SETTINGS} | dict(settings or {})
        return cls({i: merged[key] / 100 for i, key in TARGETS.items()}, merged[TARGET_MARGIN] / 100)

    def status(self, indicator: str, value) -> str | None:
        """ "met" (at or above the target), "near" (less than the margin below), "below";
        None for a value not shown."""
        if value is None or pd.isna(value):
            return None
        target = self.values[indicator]
        if value >= target - 1e-12:
            return "met"
        return "near" if value > target - self.margin + 1e-12 else "below"

    def label(self, indicator: str) -> str:
        return fmt.percent(self.values[indicator], 0)


def scorecard(kpis: pd.DataFrame | None, targets: Targets) -> pd.DataFrame:
    """One row per region of ``overview_kpis`` (as protected), ranked best first: the three
    shares, their status and distance to the target (``<indicator>_gap``), the targets met
    and ``rank``. Ranked by targets met, then fewest far below, then the summed distance
    to the targets; ties keep the regions' display order."""
    columns = ["region_id", "employees", *INDICATORS]
    if kpis is None or kpis.empty:
        return pd.DataFrame(columns=["rank", *columns, "met", "shown"])
    card = kpis[columns].reset_index(drop=True)
    for c in ("employees", *INDICATORS):  # what a hidden cell shows ("<5", "x"), else None
        marks = privacy.markers(kpis, c) if privacy.is_suppressed(kpis, c).any() else [None] * len(kpis)
        card[f"{c}_marker"] = list(marks)
    for i in INDICATORS:
        card[f"{i}_status"] = [targets.status(i, v) for v in card[i]]
        card[f"{i}_gap"] = card[i] - targets.values[i]
    statuses = card[[f"{i}_status" for i in INDICATORS]]
    card["met"] = (statuses == "met").sum(axis=1)
    card["below"] = (statuses == "below").sum(axis=1)
    card["shown"] = statuses.notna().sum(axis=1)
    card["distance"] = card[[f"{i}_gap" for i in INDICATORS]].sum(axis=1, min_count=1).fillna(-math.inf)
    place = {r: n for n, r in enumerate(regions.ordered(card["region_id"]))}
    card["_place"] = card["region_id"].map(place)
    card = card.sort_values(["met", "below", "distance", "_place"], ascending=[False, True, False, True])
    card = card.drop(columns=["_place", "below", "distance"]).reset_index(drop=True)
    card.insert(0, "rank", range(1, len(card) + 1))
    return card


def _indicator(indicator: str) -> str:
    return t(f"ringkasan.ind.{indicator}")


def _item(card: pd.DataFrame, i: int, indicator: str, targets: Targets) -> str:
    """'predikat Baik ke atas 84,7 % (target 90 %)'."""
    return t(
        "ringkasan.f.item",
        ind=_indicator(indicator),
        value=fmt.percent(card.at[i, indicator]),
        target=targets.label(indicator),
    )


def _and(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + t("ringkasan.f.and") + parts[-1]


def lag_sentence(card: pd.DataFrame, targets: Targets) -> str:
    """Which region lags and on what: for each indicator the lowest region shown, when it
    misses the target, grouped by region; one region: its targets met, missed and near."""
    shown = card[card["shown"] > 0]
    if shown.empty:
        return ""
    if len(card) == 1:
        i = shown.index[0]
        below = [_item(card, i, c, targets) for c in INDICATORS if card.at[i, f"{c}_status"] == "below"]
        near = [_item(card, i, c, targets) for c in INDICATORS if card.at[i, f"{c}_status"] == "near"]
        text = t(
            "ringkasan.f.one",
            region=region_name(card.at[i, "region_id"]),
            met=int(card.at[i, "met"]),
            n=int(card.at[i, "shown"]),
        )
        if below:
            text += t("ringkasan.f.one.below", items=_and(below))
        if near:
            text += t("ringkasan.f.one.near", items=_and(near))
        return text + "."
    lags: dict[str, list[str]] = {}
    for c in INDICATORS:
        for i in laggards(card, c):
            item = t(
                "ringkasan.f.lag.item",
                ind=_indicator(c),
                value=fmt.percent(card.at[i, c]),
                target=targets.label(c),
            )
            lags.setdefault(card.at[i, "region_id"], []).append(item)
    if not lags:
        statuses = card[[f"{c}_status" for c in INDICATORS]].to_numpy()
        every = all(s in ("met", None) for s in statuses.ravel())
        return t("ringkasan.f.all_met" if every else "ringkasan.f.no_laggard", pts=fmt.number(LAG_POINTS))
    clauses = [
        t("ringkasan.f.lag" if n == 0 else "ringkasan.f.lag.more", region=region_name(r), items=_and(items))
        for n, (r, items) in enumerate(lags.items())
    ]
    return "; ".join(clauses) + "."


def laggards(card: pd.DataFrame, indicator: str) -> list:
    """The rows that lag on ``indicator``: below its target and within :data:`LAG_POINTS` of
    the lowest shown value, when they are few (at most 2, and fewer than half the other
    regions); none when the regions are about level (then no region lags the others)."""
    values = card[indicator].dropna()
    if len(values) < 2:
        return []
    low = values[values < values.min() + LAG_POINTS / 100 - 1e-12].index
    most = min(2, max(1, (len(values) - 1) // 2))
    if len(low) > most:
        return []
    return [i for i in low if card.at[i, f"{indicator}_status"] != "met"]


def rank_sentence(card: pd.DataFrame) -> str:
    """The region on top, and the target the fewest regions reach (several regions)."""
    shown = card[card["shown"] > 0]
    if len(shown) < 2:
        return ""
    top = shown.iloc[0]
    text = t(
        "ringkasan.f.top", region=region_name(top["region_id"]), met=int(top["met"]), n=int(top["shown"])
    )
    reached = {c: int((card[f"{c}_status"] == "met").sum()) for c in INDICATORS}
    counted = {c: int(card[f"{c}_status"].notna().sum()) for c in INDICATORS}
    shortfall = {c: card[f"{c}_gap"].mean() for c in INDICATORS}  # the furthest below first on a tie
    hardest = min(
        (c for c in INDICATORS if counted[c]),
        key=lambda c: (reached[c] / counted[c], shortfall[c]),
        default=None,
    )
    if hardest is not None and reached[hardest] < counted[hardest]:
        text += t("ringkasan.f.hardest", ind=_indicator(hardest), m=reached[hardest], n=counted[hardest])
    return text + "."


def yearly_baik(trend: pd.DataFrame | None) -> pd.DataFrame:
    """``kinerja_trend`` at year grain (as protected) as region_id, year, share_baik, the
    shown values only."""
    if trend is None or trend.empty:
        return pd.DataFrame(columns=["region_id", "year", "share_baik"])
    out = trend.assign(year=pd.to_datetime(trend["period"]).dt.year)[["region_id", "year", "share_baik"]]
    return out.dropna(subset=["share_baik"])


def change_sentence(baik: pd.DataFrame) -> str:
    """The share Baik or better from each region's first shown year to its last."""
    changes = []
    for region_id in regions.ordered(baik["region_id"].unique()):
        rows = baik[baik["region_id"] == region_id].sort_values("year")
        if len(rows) >= 2:
            first, last = rows.iloc[0], rows.iloc[-1]
            changes.append((region_id, first, last, (last["share_baik"] - first["share_baik"]) * 100))
    if not changes:
        return ""
    if len(changes) == 1:
        region_id, first, last, diff = changes[0]
        return t(
            "ringkasan.f.change.one",
            region=region_name(region_id),
            v0=fmt.percent(first["share_baik"]),
            y0=int(first["year"]),
            v1=fmt.percent(last["share_baik"]),
            y1=int(last["year"]),
            diff=fmt.points(diff),
        )
    y0 = int(min(c[1]["year"] for c in changes))
    up = sum(1 for c in changes if round(c[3], 1) > 0)
    text = t(
        "ringkasan.f.change.all" if up == len(changes) else "ringkasan.f.change.many",
        y0=y0,
        up=up,
        n=len(changes),
    )
    down = sorted((c for c in changes if round(c[3], 1) < 0), key=lambda c: c[3])[:MOST_CHANGES]
    if down:
        items = [t("ringkasan.f.change.item", region=region_name(c[0]), diff=fmt.points(c[3])) for c in down]
        text += t("ringkasan.f.change.down", items=_and(items))
    return text + "."


def sentences(kpis: pd.DataFrame | None, targets: Targets, trend: pd.DataFrame | None = None) -> list[str]:
    """The Ringkasan's first lines: who lags on what, who leads, and the change in the share
    Baik or better (``trend``: ``kinerja_trend`` at year grain)."""
    if kpis is None or kpis.empty:
        return []
    card = scorecard(kpis, targets)
    if not (card["shown"] > 0).any():
        return [t("story.f.suppressed", k=kpis.attrs.get(privacy.ATTR_THRESHOLD) or privacy.min_group_size())]
    out = [lag_sentence(card, targets), rank_sentence(card), change_sentence(yearly_baik(trend))]
    return [s for s in out if s]


def finding(kpis: pd.DataFrame | None, targets: Targets) -> str:
    """The overview slide's one line: the first of :func:`sentences`."""
    lines = sentences(kpis, targets)
    return lines[0] if lines else t("story.f.empty")
