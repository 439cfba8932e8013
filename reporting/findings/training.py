"""What the Pelatihan page and the training slide say first, computed from the numbers a
viewer may see (frames of :func:`analytics.privacy.protect`: a hidden cell is NaN and is
never put in a sentence).

1. the 20 JP entitlement: the share of PNS who got it in the last year, lowest and highest
   region, each with its first year's value, and how many regions rose;
2. the effect of training on kinerja (difference-in-differences): its size in the unit of
   its outcome — score points, or percentage points of the share of months rated hasil
   kerja Di Atas where the data have no score — with its 95 % CI and n (the slide's finding);
3. what it is compared with and what the design does not control for.

:func:`by_region` puts the estimate of each region and of all of them in one frame, and
:data:`BY_REGION` carries the privacy rules for it: the pooled row is the total of the
regions', so its n could give a small region's back, as on the slide.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from types import SimpleNamespace

import pandas as pd

from analytics import privacy, training
from reporting.findings import yearly
from reporting.findings.yearly import levels
from reporting.impact import impact_sentence
from reporting.text import region_name, t

ALL = "all"  # the group of the pooled row of :func:`by_region`

# the rules of training_impact, with the pooled row as the total of the regions' rows
BY_REGION = SimpleNamespace(
    spec=dataclasses.replace(
        training.training_impact.spec,
        protect=tuple(
            dataclasses.replace(r, total_rows="is_total") for r in training.training_impact.spec.rules
        ),
    )
)


def jp_sentence(jp: pd.DataFrame | None) -> str | None:
    """Sentence 1. ``jp``: :func:`analytics.training.jp_entitlement` of PNS (part-year staff
    pro-rated, or apart: then the full-year staff, as the chart)."""
    if jp is None or jp.empty:
        return None
    rows = jp[jp["staff"] != "part_year"]
    found = levels(rows, "share_met", rows["year"])
    if found is None:
        return None
    return yearly.sentence(found, "pelatihan.f.jp", "pelatihan.f.then")


class _Row:
    """The attributes :func:`reporting.impact.impact_sentence` reads, from a frame's row."""

    def __init__(self, row: pd.Series) -> None:
        self.estimate = float(row["estimate"])
        self.se = float(row["se"]) if pd.notna(row.get("se")) else math.inf
        self.ci_low = float(row["ci_low"])
        self.ci_high = float(row["ci_high"])
        self.n_treated = int(row["n_treated"])
        self.n_control = int(row["n_control"])
        self.unit = row.get("unit", "points")


def overall(numbers: pd.DataFrame | None) -> pd.DataFrame:
    """The row of the whole selection: the pooled row of :func:`by_region`'s frame (or
    the one row of a single region's, or of :func:`analytics.training.training_impact`)."""
    if numbers is None or numbers.empty:
        return pd.DataFrame()
    if "group" in numbers and (numbers["group"] == ALL).any():
        return numbers[numbers["group"] == ALL]
    return numbers.iloc[[0]]


def impact_finding(numbers: pd.DataFrame | None, min_jp: int, k: int) -> str:
    """Sentence 2 (the slide's finding): the estimate of the whole selection in its unit,
    with its 95 % CI and n — or why there is none (hidden for privacy, or too few)."""
    row = overall(numbers)
    if row.empty:
        return t("impact.none")
    if privacy.is_suppressed(row, "estimate").iloc[0]:
        return t("story.f.suppressed", k=k)
    first = row.iloc[0]
    if pd.isna(first["estimate"]) or not first["n_treated"] or not first["n_control"]:
        return t("impact.none")
    return impact_sentence(_Row(first), min_jp)


def design_sentence(numbers: pd.DataFrame | None) -> str | None:
    """Sentence 3: the comparison group and what is not controlled for; that the CI
    includes zero, where it does. None without a shown estimate."""
    row = overall(numbers)
    if row.empty or pd.isna(row.iloc[0]["estimate"]):
        return None
    sentence = t("pelatihan.f.design")
    if row.iloc[0]["ci_low"] <= 0 <= row.iloc[0]["ci_high"]:
        sentence += " " + t("impact.uncertain")
    return sentence


def headline(jp: pd.DataFrame | None, numbers: pd.DataFrame | None, min_jp: int, k: int) -> list[str]:
    """The page's first sentences (plain text: escape before rendering as Markdown)."""
    lines = [jp_sentence(jp)]
    if numbers is not None:
        lines += [impact_finding(numbers, min_jp, k), design_sentence(numbers)]
    return [s for s in lines if s]


def by_region(regions: Mapping[str, pd.DataFrame | None], pooled: pd.DataFrame | None) -> pd.DataFrame:
    """One row per region (``regions``: region_id -> its
    :func:`analytics.training.training_impact`, in display order) and, for more than one,
    the pooled row (``group`` 'all', ``is_total``); ``label`` names each. Protect it with
    :data:`BY_REGION`'s spec."""
    rows = [
        {"group": r, "label": region_name(r), **df.iloc[0].to_dict()}
        for r, df in regions.items()
        if df is not None and not df.empty
    ]
    if len(regions) > 1 and pooled is not None and not pooled.empty:
        rows.append({"group": ALL, "label": t("story.training.all"), **pooled.iloc[0].to_dict()})
    columns = ["group", "label", *training.training_impact.spec.names]
    return pd.DataFrame(rows, columns=columns).assign(is_total=lambda d: d["group"] == ALL)
