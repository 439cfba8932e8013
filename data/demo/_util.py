"""Code lookups and small helpers shared by the demo generator modules.

The lookups index the code lists of :mod:`analytics.reference` (levels, education
fields, competencies); the helpers do month arithmetic, weighted choice and picking
an item of a group.
"""

from __future__ import annotations

import numpy as np

from analytics.reference import COMPETENCIES, EDUCATION_FIELDS, JABATAN_LEVELS
from data.demo.params import MONTH0

LEVELS = [lv[0] for lv in JABATAN_LEVELS]
LEVEL_IDX = {lv: i for i, lv in enumerate(LEVELS)}
LEVEL_JENIS = np.array([lv[1] for lv in JABATAN_LEVELS])
LEVEL_REQ = np.array([lv[2] for lv in JABATAN_LEVELS])
LEVEL_BUP = np.array([lv[3] for lv in JABATAN_LEVELS], dtype=float)
FIELDS = [f[0] for f in EDUCATION_FIELDS]
FIELD_IDX = {f: i for i, f in enumerate(FIELDS)}
NO_FIELD = -1
COMP_IDS = [c[0] for c in COMPETENCIES]
COMP_IDX = {c: i for i, c in enumerate(COMP_IDS)}
CORE_COMPS = [c[0] for c in COMPETENCIES if c[1] != "teknis"]
COMP_RANK = np.argsort(np.argsort(COMP_IDS))  # position of each id in string order


def _month_start(m: np.ndarray) -> np.ndarray:
    return (MONTH0 + np.asarray(m)).astype("datetime64[D]")


def _month_of(d: np.ndarray) -> np.ndarray:
    return (d.astype("datetime64[M]") - MONTH0).astype(np.int64)


def _ymd(d: np.ndarray) -> np.ndarray:
    """YYYYMMDD as int64 for datetime64[D] values."""
    y = d.astype("datetime64[Y]").astype(np.int64) + 1970
    m = d.astype("datetime64[M]").astype(np.int64) % 12 + 1
    day = (d - d.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1
    return y * 10000 + m * 100 + day


def _choice_by_weights(rng: np.random.Generator, weights: dict, size: int) -> np.ndarray:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return np.array(keys)[rng.choice(len(keys), size=size, p=p / p.sum())]


def _pick_in_groups(
    rng, group_of_item: np.ndarray, wanted_group: np.ndarray, exclude: np.ndarray | None = None
):
    """For each wanted group key pick a random item of that group (uniform).

    Returns (item index, ok) with ok False when the group is empty or only
    holds the excluded item. Vectorised via sorting + searchsorted.
    """
    order = np.argsort(group_of_item, kind="stable")
    keys = group_of_item[order]
    lo = np.searchsorted(keys, wanted_group, "left")
    hi = np.searchsorted(keys, wanted_group, "right")
    cnt = hi - lo
    r = np.floor(rng.random(len(wanted_group)) * np.maximum(cnt, 1)).astype(np.int64)
    pick = order[np.minimum(lo + r, len(order) - 1)] if len(order) else np.zeros(len(wanted_group), np.int64)
    ok = cnt > 0
    if exclude is not None:
        same = pick == exclude
        alt = order[np.minimum(lo + (r + 1) % np.maximum(cnt, 1), len(order) - 1)] if len(order) else pick
        pick = np.where(same, alt, pick)
        ok &= pick != exclude
    return pick, ok
