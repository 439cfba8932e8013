"""What the Kinerja page and the kinerja slide say first, computed from the numbers a viewer
may see (frames of :func:`analytics.privacy.protect`: a hidden cell is NaN and is never
put in a sentence).

Three sentences, each saying which outcome its numbers are on:

1. the trend within the same employees (net of training and moves) of the share of
   evaluations rated hasil kerja Di Atas Ekspektasi — a rating every region has, also one
   whose export has no 0–100 score — per region: how many rise and fall, the highest and
   lowest, in percentage points a year;
2. the same for the 0–100 score where the data have one, in score points a year (or that
   the numbers come from the ratings only);
3. the share rated Baik or better in the last year, lowest and highest region, with the
   first year's value beside it (the slide's finding: its chart is that share).

No Streamlit: the page draws these lines, the presentation uses :func:`baik_sentence`.
"""

from __future__ import annotations

import pandas as pd

from reporting import fmt, regions
from reporting.findings import yearly
from reporting.findings.yearly import levels
from reporting.text import region_name, t

RATING = "share_di_atas"  # the within-employee outcome every region has
SCORE = "score"


def _shown(within: pd.DataFrame | None, outcome: str) -> pd.DataFrame:
    """The within-employee rows of ``outcome`` whose estimate and interval are shown, in
    the regions' display order."""
    if within is None or within.empty:
        return pd.DataFrame()
    rows = within[(within["outcome"] == outcome) & (within["method"] == "within")]
    rows = rows.dropna(subset=["estimate", "ci_low", "ci_high"])
    place = {r: i for i, r in enumerate(regions.ordered(rows["region_id"]))}
    return rows.assign(_place=rows["region_id"].map(place)).sort_values("_place")


def _direction(row) -> str:
    if row["ci_low"] > 0:
        return "up"
    if row["ci_high"] < 0:
        return "down"
    return "flat"


def _counts(directions: list[str]) -> str:
    """ "rose in 3 of 4 regions, fell in 1" — the parts with no region left out."""
    text = t("kinerja.f.up", up=directions.count("up"), n=len(directions))
    for direction in ("down", "flat"):
        if directions.count(direction):
            text += t(f"kinerja.f.{direction}", k=directions.count(direction))
    return text


def _ci(low: float, high: float, decimals: int) -> str:
    return t("kinerja.f.ci", lo=fmt.number(low, decimals), hi=fmt.number(high, decimals))


def _trend(rows: pd.DataFrame, key: str, scale: float, decimals: int) -> str | None:
    """One region: its direction, value and interval; several: how many rise, fall or show
    no clear change, and the highest and lowest."""
    if rows.empty:
        return None
    if len(rows) == 1:
        row = rows.iloc[0]
        direction = _direction(row)
        value = row["estimate"] * scale
        return t(
            f"{key}.one.{direction}",
            region=region_name(row["region_id"]),
            # "naik 7,3" / "turun 0,7"; without a clear direction, the signed value
            v=fmt.number(value if direction == "flat" else abs(value), decimals, sign=direction == "flat"),
            ci=_ci(row["ci_low"] * scale, row["ci_high"] * scale, decimals),
            n=fmt.integer(row["employees"]) if pd.notna(row["employees"]) else fmt.MISSING,
        )
    ranked = rows.sort_values("estimate", ascending=False, kind="stable")
    best, worst = ranked.iloc[0], ranked.iloc[-1]
    directions = rows.apply(_direction, axis=1).tolist()
    return t(
        f"{key}.many",
        counts=_counts(directions),
        best=region_name(best["region_id"]),
        best_v=fmt.number(best["estimate"] * scale, decimals, sign=True),
        worst=region_name(worst["region_id"]),
        worst_v=fmt.number(worst["estimate"] * scale, decimals, sign=True),
    )


def within_sentence(within: pd.DataFrame | None) -> str | None:
    """Sentence 1: the within-employee trend of hasil kerja Di Atas, percentage points a year."""
    return _trend(_shown(within, RATING), "kinerja.f.within", 100.0, 1)


def score_sentence(within: pd.DataFrame | None) -> str | None:
    """Sentence 2: the within-employee trend of the 0–100 score where there is one, else
    that every number above is from the ratings (None when nothing at all is shown)."""
    rows = _shown(within, SCORE)
    if not rows.empty:
        return _trend(rows, "kinerja.f.score", 1.0, 2)
    if within is None or within.empty or _shown(within, RATING).empty:
        return None
    return t("kinerja.f.score.none")


def baik_sentence(trend: pd.DataFrame | None) -> str | None:
    """Sentence 3 (and the slide's finding): the share rated Baik or better in the last
    year, lowest and highest region, each with its first year's value; how many rose.
    ``trend``: :func:`analytics.kinerja.kinerja_trend` at grain 'year'."""
    if trend is None or trend.empty:
        return None
    found = levels(trend, "share_baik", pd.to_datetime(trend["period"]).dt.year)
    if found is None:
        return None
    return yearly.sentence(found, "kinerja.f.baik", "kinerja.f.baik.then")


def headline(within: pd.DataFrame | None, trend_by_year: pd.DataFrame | None, k: int) -> list[str]:
    """The page's first sentences (plain text: escape before rendering as Markdown); where
    there are numbers but every one is hidden (groups under ``k``), the sentence that says so."""
    lines = [s for s in (within_sentence(within), score_sentence(within), baik_sentence(trend_by_year)) if s]
    has_rows = any(df is not None and not df.empty for df in (within, trend_by_year))
    return lines or ([t("story.f.suppressed", k=k)] if has_rows else [])
