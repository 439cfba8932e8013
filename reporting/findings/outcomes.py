"""What the Layanan Publik page and the public view say first (issue #14), from the numbers
a viewer sees (hidden cells are left out of every sentence)."""

from __future__ import annotations

import pandas as pd

from analytics import privacy
from reporting import fmt
from reporting.text import region_name, t


def _shown(df: pd.DataFrame | None, col: str) -> pd.DataFrame:
    if df is None or df.empty or col not in df:
        return pd.DataFrame()
    return df[~privacy.is_suppressed(df, col)].dropna(subset=[col])


def ikm_sentence(regions: pd.DataFrame | None, year: int) -> str | None:
    """Highest and lowest region by IKM in ``year`` (:func:`analytics.outcomes.public_regions`)."""
    rows = _shown(regions, "ikm").sort_values("ikm", ascending=False)
    if rows.empty:
        return None
    best, worst = rows.iloc[0], rows.iloc[-1]
    values = {
        "year": year,
        "best": region_name(best.region_id),
        "best_ikm": fmt.number(best.ikm, 1),
        "best_mutu": best.mutu,
        "worst": region_name(worst.region_id),
        "worst_ikm": fmt.number(worst.ikm, 1),
        "worst_mutu": worst.mutu,
    }
    return t("layanan.h.ikm_one" if len(rows) == 1 else "layanan.h.ikm", **values)


def step_sentence(effect: pd.DataFrame | None, fit_step: float) -> str | None:
    """The difference-in-differences of the reformed units (:func:`analytics.outcomes.outcome_step_effect`)."""
    if effect is None or effect.empty:
        return None
    r = effect.iloc[0]
    step = fmt.points(fit_step * 100, 0).lstrip("+") + " " + t("layanan.unit.pp")
    if privacy.is_suppressed(effect, "estimate").any() or pd.isna(r.estimate):
        return t("layanan.h.step_none", step=step)
    factor = 100 if r.unit == "pp" else 1
    return t(
        "layanan.h.step",
        step=step,
        outcome=t(f"layanan.outcome.{r.outcome}"),
        est=fmt.points(r.estimate * factor, 1),
        unit=t(f"layanan.unit.{r.unit}"),
        lo=fmt.number(r.ci_low * factor, 1),
        hi=fmt.number(r.ci_high * factor, 1),
        n=fmt.integer(r.n_treated),
        nc=fmt.integer(r.n_control),
    )


def feedback_sentence(summary: pd.DataFrame | None) -> str | None:
    """Highest and lowest region by the share of feedback resolved (all channels)."""
    if summary is None or summary.empty:
        return None
    totals = summary.groupby("region_id", sort=False)[["received", "resolved"]].sum()
    totals = totals[totals["received"] > 0]
    if len(totals) < 2:
        return None
    share = (totals["resolved"] / totals["received"]).sort_values(ascending=False)
    return t(
        "layanan.h.feedback",
        best=region_name(share.index[0]),
        best_share=fmt.percent(share.iloc[0], 0),
        worst=region_name(share.index[-1]),
        worst_share=fmt.percent(share.iloc[-1], 0),
    )


def indicator_sentences(change: pd.DataFrame | None, limit: int = 2) -> list[str]:
    """The indicators that moved their good way beyond their interval, largest first."""
    if change is None or change.empty:
        return []
    moved = (
        change[change["better"]]
        .assign(size=lambda d: d["estimate"].abs())
        .sort_values("size", ascending=False)
    )
    out = []
    for r in moved.head(limit).itertuples(index=False):
        out.append(
            t(
                "layanan.h.indicator",
                indicator=r.indicator,
                unit=r.unit_name,
                direction_word=t("layanan.up" if r.estimate > 0 else "layanan.down"),
                est=fmt.number(abs(r.estimate), 1),
                uom=r.unit_of_measure,
                lo=fmt.number(r.ci_low, 1),
                hi=fmt.number(r.ci_high, 1),
            )
        )
    return out


def public_sentences(regions: pd.DataFrame | None, year: int) -> list[str]:
    """What the public view says first: staff, ratings, training, satisfaction (shown cells)."""
    if regions is None or regions.empty:
        return []
    out = []
    staff = _shown(regions, "employees")
    if not staff.empty:
        out.append(
            t(
                "publik.h.staff",
                n=fmt.integer(staff["employees"].sum()),
                regions=fmt.integer(len(staff)),
                year=year,
            )
        )
    for col, key in (("share_jp_met", "publik.h.jp"), ("share_baik", "publik.h.baik")):
        rows = _shown(regions, col).sort_values(col, ascending=False)
        if len(rows) >= 2:
            out.append(
                t(key, best=region_name(rows.iloc[0].region_id), best_share=fmt.percent(rows.iloc[0][col], 0),
                  worst=region_name(rows.iloc[-1].region_id), worst_share=fmt.percent(rows.iloc[-1][col], 0))
            )  # fmt: skip
    ikm = ikm_sentence(regions, year)
    if ikm:
        out.append(ikm)
    return out
