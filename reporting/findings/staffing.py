"""What the Kebutuhan pegawai page says first: which region is shortest of staff against
its ABK need and which is fullest, the posts most under- and over-staffed, and how many
employees reach BUP in the coming years.

Every function takes frames as a viewer gets them (:func:`analytics.privacy.protect`): a
hidden value is NaN there and never reaches a sentence; a sum over hidden cells is said
to be "at least" what the shown cells add up to.
"""

from __future__ import annotations

import pandas as pd

from analytics import privacy
from reporting import fmt
from reporting.text import region_name, t


def _gap(gap) -> str:
    """'kurang 687' / 'lebih 1.697' / 'sesuai'."""
    if gap < 0:
        return t("kebutuhan.f.gap.short", n=fmt.integer(-gap))
    if gap > 0:
        return t("kebutuhan.f.gap.over", n=fmt.integer(gap))
    return t("kebutuhan.f.gap.matched")


def region_sentence(by_region: pd.DataFrame | None) -> str:
    """Headcount against the ABK need: the region shortest of staff and the fullest (one
    region: its need, headcount and posts short and over)."""
    if by_region is None or by_region.empty:
        return ""
    shown = by_region.dropna(subset=["fill_rate", "gap"])
    if shown.empty:
        return t(
            "story.f.suppressed", k=by_region.attrs.get(privacy.ATTR_THRESHOLD) or privacy.min_group_size()
        )
    if len(by_region) == 1:
        row = shown.iloc[0]
        return t(
            "kebutuhan.f.region.one",
            region=region_name(row["region_id"]),
            headcount=fmt.integer(row["headcount"]),
            need=fmt.integer(row["staffing_need"]),
            fill=fmt.percent(row["fill_rate"]),
            under=fmt.integer(row["posts_under"]),
            over=fmt.integer(row["posts_over"]),
        )
    ranked = shown.sort_values("fill_rate", kind="stable")
    low, high = ranked.iloc[0], ranked.iloc[-1]
    return t(
        "kebutuhan.f.region.many",
        low=region_name(low["region_id"]),
        low_fill=fmt.percent(low["fill_rate"]),
        low_gap=_gap(low["gap"]),
        high=region_name(high["region_id"]),
        high_fill=fmt.percent(high["fill_rate"]),
        high_gap=_gap(high["gap"]),
    )


def _post(row, several: bool) -> str:
    key = "kebutuhan.f.post.many" if several else "kebutuhan.f.post.one"
    return t(
        key,
        post=row["position_name"],
        unit=row["unit_name"],
        region=region_name(row["region_id"]),
        headcount=fmt.integer(row["headcount"]),
        need=fmt.integer(row["staffing_need"]),
        gap=_gap(row["gap"]),
    )


def post_sentence(by_post: pd.DataFrame | None) -> str:
    """The post most under-staffed and the one most over-staffed (ranked, shown posts)."""
    if by_post is None or by_post.empty:
        return ""
    several = by_post["region_id"].nunique() > 1
    parts = []
    for direction in ("under", "over"):
        rows = by_post[(by_post["direction"] == direction)].dropna(subset=["rank", "gap", "headcount"])
        if len(rows):
            parts.append(
                t(f"kebutuhan.f.dir.{direction}", post=_post(rows.sort_values("rank").iloc[0], several))
            )
    return "; ".join(parts) + "." if parts else ""


def retirement_sentence(by_year: pd.DataFrame | None) -> str:
    """Employees reaching BUP over the years of ``retirements_by_year``: the total, the region
    with most (several regions) and the first and last year. A sum over a hidden cell is
    "at least" the shown cells' sum, and a comparison with it is made only where it holds
    whatever the hidden cells are (the other regions' sums complete, and smaller)."""
    if by_year is None or by_year.empty:
        return ""
    frame = by_year.assign(
        _hidden=privacy.is_suppressed(by_year, "retiring") | by_year["retiring"].isna(),
        _shown=by_year["retiring"].fillna(0),
    )
    y0, y1 = int(frame["year"].min()), int(frame["year"].max())
    text = t(
        "kebutuhan.f.retire.at_least" if frame["_hidden"].any() else "kebutuhan.f.retire",
        n=fmt.integer(frame["_shown"].sum()),
        h=y1 - y0 + 1,
        y0=y0,
        y1=y1,
    )
    regions = frame.groupby("region_id", sort=False).agg(n=("_shown", "sum"), hidden=("_hidden", "any"))
    if len(regions) > 1:
        top = regions["n"].idxmax()
        others = regions.drop(index=top)
        if not others["hidden"].any():
            key = "kebutuhan.f.retire.top.at_least" if regions.at[top, "hidden"] else "kebutuhan.f.retire.top"
            text += t(key, region=region_name(top), n=fmt.integer(regions.at[top, "n"]))
    years = frame.groupby("year").agg(n=("_shown", "sum"), hidden=("_hidden", "any"))
    if len(years) > 1 and not years["hidden"].iloc[[0, -1]].any():
        text += t(
            "kebutuhan.f.retire.years",
            first=fmt.integer(years["n"].iloc[0]),
            y0=y0,
            last=fmt.integer(years["n"].iloc[-1]),
            y1=y1,
        )
    return text + "."


def sentences(by_region, by_post=None, by_year=None) -> list[str]:
    """The Kebutuhan pegawai page's first lines (frames as protected)."""
    out = [region_sentence(by_region), post_sentence(by_post), retirement_sentence(by_year)]
    return [s for s in out if s]
