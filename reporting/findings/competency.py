"""What the Kompetensi page says first, and the competency slide's finding: how many
employees fit their post (the mapping band Optimal, JPM >= 90) per region and how that
changed, which competencies meet their standard least often, and which units match worst.

Every function takes frames as a viewer gets them (:func:`analytics.privacy.protect`): a
hidden value is NaN there and never reaches a sentence.
"""

from __future__ import annotations

import pandas as pd

from analytics import privacy
from reporting import fmt, regions
from reporting.text import current_lang, region_name, t

WORST = 2  # competencies and units named


def _threshold(df: pd.DataFrame) -> int:
    return df.attrs.get(privacy.ATTR_THRESHOLD) or privacy.min_group_size()


def _and(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + t("ringkasan.f.and") + parts[-1]


def optimal_sentence(bands: pd.DataFrame | None, trend: pd.DataFrame | None = None) -> str:
    """The share Optimal per region: highest and lowest (one region: with its share Kurang
    Optimal), and its change since the first assessment year in the range (``jpm_trend``)."""
    if bands is None or bands.empty:
        return ""
    optimal = bands[bands["band"] == "Optimal"].dropna(subset=["share"])
    if optimal.empty:
        return t("story.f.suppressed", k=_threshold(bands))
    if len(optimal) == 1:
        row = optimal.iloc[0]
        low = bands[(bands["region_id"] == row["region_id"]) & (bands["band"] == "Kurang Optimal")]
        kurang = low["share"].iloc[0] if len(low) else 0.0
        text = t(
            "kompetensi.f.optimal.one",
            region=region_name(row["region_id"]),
            optimal=fmt.percent(row["share"]),
            kurang=fmt.percent(kurang) if pd.notna(kurang) else privacy.SECONDARY_MARKER,
        )
    else:
        ranked = optimal.sort_values("share", ascending=False, kind="stable")
        best, worst = ranked.iloc[0], ranked.iloc[-1]
        text = t(
            "kompetensi.f.optimal.many",
            best=region_name(best["region_id"]),
            best_v=fmt.percent(best["share"]),
            worst=region_name(worst["region_id"]),
            worst_v=fmt.percent(worst["share"]),
        )
    return text + _change(trend) + "."


def _change(trend: pd.DataFrame | None) -> str:
    """'; sejak 2022 naik di 4 dari 4 wilayah' (or one region's change in points)."""
    if trend is None or trend.empty:
        return ""
    shown = trend.dropna(subset=["share_optimal"])
    changes = []
    for region_id in regions.ordered(shown["region_id"].unique()):
        rows = shown[shown["region_id"] == region_id].sort_values("as_of_year")
        if len(rows) >= 2:
            changes.append((rows.iloc[0], rows.iloc[-1]))
    if not changes:
        return ""
    y0 = int(min(first["as_of_year"] for first, _ in changes))
    if len(changes) == 1:
        first, last = changes[0]
        diff = (last["share_optimal"] - first["share_optimal"]) * 100
        return t("kompetensi.f.change.one", y0=int(first["as_of_year"]), v0=fmt.percent(first["share_optimal"]),
                 diff=fmt.points(diff))  # fmt: skip
    up = sum(
        1 for first, last in changes if round((last["share_optimal"] - first["share_optimal"]) * 100, 1) > 0
    )
    key = "kompetensi.f.change.all" if up == len(changes) else "kompetensi.f.change.many"
    return t(key, y0=y0, up=up, n=len(changes))


def pooled_coverage(coverage: pd.DataFrame | None) -> pd.DataFrame:
    """Per competency over the regions shown: assessed, meeting and the share meeting, and
    the region where the share is lowest; worst first. A competency with a hidden cell in
    any region is left out (``complete`` False, listed last): a total over the regions
    shown would be another number, and one over all of them would give the hidden cell back."""
    columns = [
        "competency_id",
        "competency",
        "assessed",
        "meeting",
        "share",
        "low_region",
        "low_share",
        "complete",
    ]
    if coverage is None or coverage.empty:
        return pd.DataFrame(columns=columns)
    lang = current_lang()
    hidden = pd.Series(False, index=coverage.index)
    for c in ("assessed", "meeting", "share_meeting"):
        hidden |= privacy.is_suppressed(coverage, c) | coverage[c].isna()
    rows = []
    for competency_id, group in coverage.assign(_hidden=hidden).groupby("competency_id", sort=False):
        shown = group[~group["_hidden"]]
        complete = not group["_hidden"].any()
        low = shown.sort_values("share_meeting", kind="stable").iloc[0] if len(shown) else None
        rows.append(
            {
                "competency_id": competency_id,
                "competency": group[f"competency_name_{lang}"].iloc[0],
                "assessed": group["assessed"].sum() if complete else float("nan"),
                "meeting": group["meeting"].sum() if complete else float("nan"),
                "low_region": None if low is None else low["region_id"],
                "low_share": float("nan") if low is None else low["share_meeting"],
                "complete": complete,
            }
        )
    out = pd.DataFrame(rows)
    out["share"] = out["meeting"] / out["assessed"]
    out = out.sort_values(
        ["complete", "share", "low_share", "competency_id"], ascending=[False, True, True, True]
    )
    return out.reset_index(drop=True)[columns]


def competency_sentence(coverage: pd.DataFrame | None) -> str:
    """The competencies met least often, with the region where each is lowest."""
    pooled = pooled_coverage(coverage)
    pooled = pooled[pooled["complete"]]
    if pooled.empty:
        return ""
    several = coverage["region_id"].nunique() > 1
    items = [
        t(
            "kompetensi.f.comp.item.many" if several else "kompetensi.f.comp.item.one",
            competency=row.competency,
            share=fmt.percent(row.share),
            region=region_name(row.low_region),
            low=fmt.percent(row.low_share),
        )
        for row in pooled.head(WORST).itertuples()
    ]
    return t("kompetensi.f.comp", items=_and(items))


def unit_sentence(units: pd.DataFrame | None) -> str:
    """The units with the lowest mean JPM (shown units only), and how many are below the
    Optimal band on average."""
    if units is None or units.empty:
        return ""
    shown = units.dropna(subset=["mean_jpm"]).sort_values(["mean_jpm", "unit_id"], kind="stable")
    if shown.empty:
        return ""
    several = units["region_id"].nunique() > 1
    items = [
        t(
            "kompetensi.f.unit.item.many" if several else "kompetensi.f.unit.item.one",
            unit=row.unit_name,
            region=region_name(row.region_id),
            jpm=fmt.number(row.mean_jpm, 1),
        )
        for row in shown.head(WORST).itertuples()
    ]
    below = int((shown["mean_jpm"] < 90).sum())
    return t("kompetensi.f.unit", items=_and(items), below=below, n=len(shown))


def sentences(bands, coverage=None, units=None, trend=None) -> list[str]:
    """The Kompetensi page's first lines (frames as protected)."""
    out = [optimal_sentence(bands, trend), competency_sentence(coverage), unit_sentence(units)]
    return [s for s in out if s]


def finding(bands: pd.DataFrame | None) -> str:
    """The competency slide's one line: the share Optimal per region."""
    return optimal_sentence(bands) or t("story.f.empty")
