"""How an effect estimate reads: its unit (score points or percentage points) and the
sentence that says it."""

from __future__ import annotations

from reporting import fmt
from reporting.text import t


def impact_factor(row) -> float:
    """What an estimate is multiplied by to be read in its unit: 100 for a share
    difference ('pp', percentage points), 1 for score points."""
    return 100.0 if getattr(row, "unit", "points") == "pp" else 1.0


def impact_decimals(row) -> int:
    """Enough decimals that a narrow confidence interval does not print as "3,0–3,0"."""
    return 2 if row.se * impact_factor(row) < 0.05 else 1


def impact_unit(row) -> str:
    """The unit word of an estimate: points or percentage points."""
    return t("impact.unit.pp") if impact_factor(row) == 100 else t("unit.points")


def impact_sentence(row, min_jp: int) -> str:
    """The DiD estimate in words, with its 95 % CI and the group sizes, in the unit of its
    outcome (score points, or percentage points of the share rated hasil kerja Di Atas)."""
    factor = impact_factor(row)
    key = "impact.sentence." + ("pp." if factor == 100 else "") + ("up" if row.estimate >= 0 else "down")
    d = impact_decimals(row)
    return t(
        key,
        min_jp=min_jp,
        est=fmt.number(abs(row.estimate) * factor, d),
        lo=fmt.number(row.ci_low * factor, d),
        hi=fmt.number(row.ci_high * factor, d),
        nt=fmt.integer(row.n_treated),
        nc=fmt.integer(row.n_control),
    )
