"""What the Penempatan page says first, and the finding of the placement slide: sentences
computed from the frames as the reader sees them.

Each function takes frames as the user may see them (:func:`analytics.privacy.protect`
for anyone but a signed-in analyst: hidden cells are NaN) and returns text in the current
language, or None when there is nothing to say. A hidden value never appears in a
sentence, and no sentence adds hidden cells up: a region with a hidden kind of move is
left out of a ranking rather than summed without it. No Streamlit.
"""

from __future__ import annotations

import pandas as pd

from analytics import privacy
from reporting import fmt, regions
from reporting.text import region_name, t


def _shown(df: pd.DataFrame | None, *columns: str) -> pd.DataFrame:
    """The rows where none of ``columns`` is hidden or missing."""
    if df is None or df.empty:
        return pd.DataFrame()
    mask = pd.Series(True, index=df.index)
    for c in columns:
        mask &= ~privacy.is_suppressed(df, c) & df[c].notna()
    return df[mask]


def _range(low: float, high: float, decimals: int) -> str:
    return t("penempatan.lead.range", lo=fmt.number(low, decimals), hi=fmt.number(high, decimals))


# ---------------------------------------------------------------- kinerja after a move
def kinerja_sentence(change: pd.DataFrame | None) -> str | None:
    """The difference-in-differences of :func:`analytics.placement.kinerja_change_after_move`
    in words: good performers moved out of an ill-fitting post into a fitting one (against
    good performers who stayed), then all moves; in the outcome's unit (score points, or
    percentage points of the share rated hasil kerja Di Atas where there is no score),
    with the 95 % CI and n. A group whose estimate is hidden (fewer than 5 moved or
    compared) or missing is left out."""
    if change is None or change.empty:
        return None
    if not change["n"].fillna(1).any():  # no move with evaluations before and after (0, not hidden)
        return t("penempatan.kinerja.none")
    first = change.iloc[0]
    outcome = first["outcome"]
    factor = 100.0 if first["unit"] == "pp" else 1.0
    decimals = 1 if factor == 100 else 2
    shown = _shown(change, "estimate", "ci_low", "ci_high", "n", "n_control").set_index("move_group")

    def values(row) -> dict:
        unclear = row["ci_low"] <= 0 <= row["ci_high"]
        return {
            "est": fmt.points(row["estimate"] * factor, decimals),
            "ci": _range(row["ci_low"] * factor, row["ci_high"] * factor, decimals),
            "n": fmt.integer(row["n"]),
            "nc": fmt.integer(row["n_control"]),
            "unclear": t("penempatan.lead.unclear") if unclear else "",
        }

    parts = []
    if "good_ill_fit" in shown.index:
        parts.append(t(f"penempatan.lead.kinerja.{outcome}", **values(shown.loc["good_ill_fit"])))
        if "all" in shown.index:
            parts.append(t(f"penempatan.lead.kinerja.all.{outcome}", **values(shown.loc["all"])))
    elif "all" in shown.index:
        parts.append(t(f"penempatan.lead.kinerja.only_all.{outcome}", **values(shown.loc["all"])))
    return " ".join(parts) or None


# ---------------------------------------------------------------- moves per 100 and declined
def region_rates(rates: pd.DataFrame | None) -> pd.DataFrame:
    """Per region with every kind of move shown: rotations, transfers and promotions per 100
    employees a year (the kinds share a denominator, so their rates add up) and the moves;
    a region with a hidden kind is left out (its sum would give the hidden one back)."""
    if rates is None or rates.empty:
        return pd.DataFrame(columns=["region_id", "per_100", "moves"])
    hidden = privacy.is_suppressed(rates, "per_100_per_year") | privacy.is_suppressed(rates, "moves")
    part = rates.assign(_hidden=hidden | rates["per_100_per_year"].isna())
    by = part.groupby("region_id", sort=False).agg(
        per_100=("per_100_per_year", "sum"), moves=("moves", "sum"), hidden=("_hidden", "any")
    )
    by = by[~by["hidden"]].drop(columns="hidden").reset_index()
    order = {r: i for i, r in enumerate(regions.ordered(by["region_id"]))}
    return by.sort_values("region_id", key=lambda s: s.map(order)).reset_index(drop=True)


def rates_sentence(rates: pd.DataFrame | None, *, y0: int, y1: int) -> str | None:
    """Rotations, transfers and promotions per 100 employees a year: the region with the
    most and the one with the fewest (one region: its rate and its moves). The placement
    slide's finding."""
    by = region_rates(rates)
    if by.empty:
        return None
    if len(by) == 1:
        row = by.iloc[0]
        return t(
            "penempatan.lead.rates.one",
            region=region_name(row["region_id"]),
            value=fmt.number(row["per_100"], 1),
            moves=fmt.integer(row["moves"]),
            y0=y0,
            y1=y1,
        )
    ranked = by.sort_values("per_100", ascending=False, kind="stable")
    hi, lo = ranked.iloc[0], ranked.iloc[-1]
    return t(
        "penempatan.lead.rates.many",
        hi=region_name(hi["region_id"]),
        hi_v=fmt.number(hi["per_100"], 1),
        lo=region_name(lo["region_id"]),
        lo_v=fmt.number(lo["per_100"], 1),
        y0=y0,
        y1=y1,
    )


def declined_sentence(kpis: pd.DataFrame | None) -> str | None:
    """The share of proposed moves the employee declined, per region over the year range
    (``overview_kpis``: proposed, declined, share_declined): most and least often (one
    region: how many of how many)."""
    shown = _shown(kpis, "share_declined", "declined", "proposed")
    if shown.empty:
        return None
    if len(shown) == 1:
        row = shown.iloc[0]
        return t(
            "penempatan.lead.declined.one",
            declined=fmt.integer(row["declined"]),
            proposed=fmt.integer(row["proposed"]),
            share=fmt.percent(row["share_declined"]),
        )
    ranked = shown.sort_values("share_declined", ascending=False, kind="stable")
    hi, lo = ranked.iloc[0], ranked.iloc[-1]
    return t(
        "penempatan.lead.declined.many",
        hi=region_name(hi["region_id"]),
        hi_v=fmt.percent(hi["share_declined"]),
        lo=region_name(lo["region_id"]),
        lo_v=fmt.percent(lo["share_declined"]),
    )


# ---------------------------------------------------------------- fit before and after
def fit_sentence(fit: pd.DataFrame | None) -> str | None:
    """Education field as the post requires and the mean JPM, the post left against the post
    taken (``fit_before_after``), per region with both shown: the best and the worst change
    and how many regions' mean JPM rose (one region: its numbers)."""
    cols = ("share_qualified", "mean_jpm")
    shown = _shown(fit, *cols)
    if shown.empty:
        return None
    wide = shown.pivot(index="region_id", columns="post", values=list(cols))
    wide = wide.dropna()
    if wide.empty:
        return None
    wide = wide.loc[regions.ordered(wide.index)]
    before, after = wide.xs("before", axis=1, level=1), wide.xs("after", axis=1, level=1)
    if len(wide) == 1:
        region_id = wide.index[0]
        moves = shown.loc[shown["region_id"] == region_id, "moves"].iloc[0]
        return t(
            "penempatan.lead.fit.one",
            region=region_name(region_id),
            b0=fmt.percent(before.at[region_id, "share_qualified"]),
            b1=fmt.percent(after.at[region_id, "share_qualified"]),
            j0=fmt.number(before.at[region_id, "mean_jpm"], 1),
            j1=fmt.number(after.at[region_id, "mean_jpm"], 1),
            moves=fmt.integer(moves),
        )
    change = (after["share_qualified"] - before["share_qualified"]).sort_values(
        ascending=False, kind="stable"
    )
    best, worst = change.index[0], change.index[-1]
    up = int((after["mean_jpm"] > before["mean_jpm"]).sum())
    if up == len(wide):
        jpm = t("penempatan.lead.jpm.up_all")
    elif up == 0:
        jpm = t("penempatan.lead.jpm.down_all")
    else:
        jpm = t("penempatan.lead.jpm.some", up=up, n=len(wide))
    q0, q1 = before["share_qualified"], after["share_qualified"]
    return t(
        "penempatan.lead.fit.many",
        best=region_name(best),
        b0=fmt.percent(q0[best]),
        b1=fmt.percent(q1[best]),
        worst=region_name(worst),
        w0=fmt.percent(q0[worst]),
        w1=fmt.percent(q1[worst]),
        jpm=jpm,
    )


def headline(
    change: pd.DataFrame | None,
    rates: pd.DataFrame | None,
    kpis: pd.DataFrame | None,
    fit: pd.DataFrame | None,
    *,
    y0: int,
    y1: int,
) -> list[str]:
    """The page's answer, in this order: kinerja after a move; moves per 100 a year and
    the declined ones; fit before and after."""
    moves = " ".join(s for s in (rates_sentence(rates, y0=y0, y1=y1), declined_sentence(kpis)) if s)
    sentences = [s for s in (kinerja_sentence(change), moves, fit_sentence(fit)) if s]
    return sentences or [t("penempatan.lead.none")]
