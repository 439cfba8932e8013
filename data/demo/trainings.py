"""Training records: short trainings, substantive courses and leadership training (PKP/PKA/PKN)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.reference import TRAINING_CATEGORIES
from data import names as N
from data.demo._util import COMP_IDX, _month_of, _month_start
from data.demo.params import (
    COURSE_BASE,
    COURSE_PROFILE,
    COURSE_REGION,
    LEADERSHIP_SHARE,
    NEVER,
    P_SHORT,
    P_SUB_BOOST,
    P_SUBSTANTIVE,
    PPPK_TRAINING_FACTOR,
    REGION_IDS,
    SHORT_TRAININGS_MAX,
    SUBSTANTIVE_JP,
)


def _short_titles(profile: str) -> np.ndarray:
    w = np.array([1.0 if t[6] is None else (3.0 if profile in t[6] else 0.0) for t in N.SHORT_TRAININGS])
    return w / w.sum()


def _course_weights(region: str, profile: str) -> np.ndarray:
    keys = [c[0] for c in N.SUBSTANTIVE_TRAININGS]
    w = np.array([COURSE_BASE.get(k, 0.0) + COURSE_PROFILE.get(profile, {}).get(k, 0.0) for k in keys])
    w *= np.array([COURSE_REGION.get(k, {}).get(region, 1.0) for k in keys])
    return w / w.sum()


def _title_catalog() -> list[str]:
    """Every training title the generator can write, in sorted (key) order."""
    years = range(2021, 2026)
    short = [t[1] for t in N.SHORT_TRAININGS]
    course = [
        f"{c[2]} Angkatan {a} Tahun {y}" for c in N.SUBSTANTIVE_TRAININGS for a in N.ANGKATAN for y in years
    ]
    lead = [
        f"{v[0]} Angkatan {a} Tahun {y}"
        for v in N.LEADERSHIP_TRAININGS.values()
        for a in N.ANGKATAN
        for y in years
    ]
    return sorted(set(short + course + lead))


TITLES = _title_catalog()
_TITLE_CODE = {t: i for i, t in enumerate(TITLES)}
CATEGORY_IDS = [c[0] for c in TRAINING_CATEGORIES]
_CATEGORY_CODE = {c: i for i, c in enumerate(CATEGORY_IDS)}


def _comp_code(comp_id: str | None) -> int:
    return -1 if comp_id is None else COMP_IDX[comp_id]


def _angkatan_year_codes(bases: list[str]) -> np.ndarray:
    """Title codes indexed by [base, angkatan, year - 2021]."""
    return np.array(
        [
            [[_TITLE_CODE[f"{b} Angkatan {a} Tahun {y}"] for y in range(2021, 2026)] for a in N.ANGKATAN]
            for b in bases
        ]
    )


_SHORT = {
    "title": np.array([_TITLE_CODE[t[1]] for t in N.SHORT_TRAININGS]),
    "jenis": np.array([t[0] for t in N.SHORT_TRAININGS]),
    "category": np.array([_CATEGORY_CODE[t[2]] for t in N.SHORT_TRAININGS]),
    "comp": np.array([_comp_code(t[3]) for t in N.SHORT_TRAININGS]),
    "jp_lo": np.array([t[4] for t in N.SHORT_TRAININGS]),
    "jp_hi": np.array([t[5] for t in N.SHORT_TRAININGS]),
}
_COURSE = {
    "title": _angkatan_year_codes([c[2] for c in N.SUBSTANTIVE_TRAININGS]),
    "jenis": np.array([c[1] for c in N.SUBSTANTIVE_TRAININGS]),
    "category": np.array([_CATEGORY_CODE[c[3]] for c in N.SUBSTANTIVE_TRAININGS]),
    "comp": np.array([_comp_code(c[4]) for c in N.SUBSTANTIVE_TRAININGS]),
    "jp_lo": np.array([c[5] for c in N.SUBSTANTIVE_TRAININGS]),
    "jp_hi": np.array([c[6] for c in N.SUBSTANTIVE_TRAININGS]),
}
_LEAD_LEVELS = list(N.LEADERSHIP_TRAININGS)
_LEAD = {
    "title": _angkatan_year_codes([v[0] for v in N.LEADERSHIP_TRAININGS.values()]),
    "comp": np.array([_comp_code(v[1]) for v in N.LEADERSHIP_TRAININGS.values()]),
    "jp_lo": np.array([v[2] for v in N.LEADERSHIP_TRAININGS.values()]),
    "jp_hi": np.array([v[3] for v in N.LEADERSHIP_TRAININGS.values()]),
}


def _training_frame(emp, title, jenis, category, start, days, jp, comp) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "emp": emp,
            "title": title,
            "jenis_diklat": jenis,
            "category": category,
            "start_date": start,
            "end_date": start + (np.asarray(days) - 1).astype("timedelta64[D]"),
            "jp": np.asarray(jp, dtype=float),
            "comp": comp,
        }
    )


def build_trainings(
    rng: np.random.Generator, emp: pd.DataFrame, pos: pd.DataFrame, moves: pd.DataFrame
) -> pd.DataFrame:
    """Training records (titles, categories, competencies as codes).

    Sets emp.train_m, the end month of the first substantive training.
    """
    n = len(emp)
    region = emp["region_idx"].to_numpy()
    pppk = emp["pppk"].to_numpy()
    ss_m = emp["ss_m"].to_numpy()
    profiles = sorted(pos["profile"].unique())
    prof_idx = pd.Categorical(pos["profile"], categories=profiles).codes.astype(np.int64)
    frames = []
    years = range(2021, 2026)
    for yi in range(len(years)):
        y0 = yi * 12
        e = np.flatnonzero(ss_m <= y0 + 11)
        held = np.where(
            emp["move_m"].to_numpy()[e] <= y0 + 6, emp["pos1"].to_numpy()[e], emp["pos0"].to_numpy()[e]
        )
        first_month = np.maximum(ss_m[e] - y0, 0)
        frac = yi / (len(years) - 1)
        factor = np.where(pppk[e], PPPK_TRAINING_FACTOR, 1.0)
        # short trainings
        p_short = np.array([P_SHORT[r][0] + frac * (P_SHORT[r][1] - P_SHORT[r][0]) for r in REGION_IDS])
        k = rng.binomial(SHORT_TRAININGS_MAX, p_short[region[e]] * factor)
        te, t_held, t_first = np.repeat(e, k), np.repeat(held, k), np.repeat(first_month, k)
        which = np.zeros(len(te), np.int64)
        t_prof = prof_idx[t_held]
        for pi, prof in enumerate(profiles):
            sel = np.flatnonzero(t_prof == pi)
            if len(sel):
                p = _short_titles(prof)
                which[sel] = rng.choice(len(p), size=len(sel), p=p)
        jp = rng.integers(_SHORT["jp_lo"][which], _SHORT["jp_hi"][which] + 1)
        month = t_first + np.floor(rng.random(len(te)) * (12 - t_first)).astype(np.int64)
        start = _month_start(y0 + month) + rng.integers(0, 28, len(te)).astype("timedelta64[D]")
        elearning = _SHORT["jenis"][which] == 16
        days = np.where(elearning, rng.integers(1, 22, len(te)), np.ceil(jp / 8).astype(np.int64))
        short = {key: _SHORT[key][which] for key in ("title", "jenis", "category", "comp")}
        frames.append(
            _training_frame(
                te, short["title"], short["jenis"], short["category"], start, days, jp, short["comp"]
            )
        )
        # substantive training
        p_sub = np.array(
            [P_SUBSTANTIVE[r][0] + frac * (P_SUBSTANTIVE[r][1] - P_SUBSTANTIVE[r][0]) for r in REGION_IDS]
        )
        boost = np.ones(len(e))
        for (rid, prof), b in P_SUB_BOOST.items():
            boost[(region[e] == REGION_IDS.index(rid)) & (prof_idx[held] == profiles.index(prof))] = b
        has = rng.random(len(e)) < p_sub[region[e]] * factor * boost
        se, s_held, s_first = e[has], held[has], first_month[has]
        lead = pos["is_struct"].to_numpy()[s_held] & (rng.random(len(se)) < LEADERSHIP_SHARE)
        frames.append(
            _substantive(rng, se[~lead], s_held[~lead], s_first[~lead], yi, region, prof_idx, profiles)
        )
        levels = pos["level"].to_numpy()[s_held[lead]]
        frames.append(_leadership(rng, se[lead], levels, y0 + s_first[lead], np.full(lead.sum(), y0 + 11)))
    # leadership training after a promotion into a structural post
    pr = moves[
        moves["executed"] & (moves["move_type"] == "promosi") & pos["is_struct"].to_numpy()[moves["to_pos"]]
    ]
    start_m = pr["m"].to_numpy() + rng.integers(1, 10, len(pr))
    keep = start_m <= 57
    levels = pos["level"].to_numpy()[pr["to_pos"].to_numpy()[keep]]
    frames.append(_leadership(rng, pr["emp"].to_numpy()[keep], levels, start_m[keep], start_m[keep]))
    tr = pd.concat(frames, ignore_index=True)
    # primary key (nip, title, start_date); rows in key order (emp follows NIP order)
    tr = tr.drop_duplicates(["emp", "title", "start_date"]).sort_values(["emp", "title", "start_date"])
    tr = tr.reset_index(drop=True)
    sub = tr[tr["jp"] >= SUBSTANTIVE_JP]
    first_end = np.full(n, NEVER, np.int64)
    np.minimum.at(
        first_end, sub["emp"].to_numpy(), _month_of(sub["end_date"].to_numpy().astype("datetime64[D]"))
    )
    emp["train_m"] = first_end
    return tr


def _substantive(rng, e, held, first_month, yi, region, prof_idx, profiles) -> pd.DataFrame:
    course = np.zeros(len(e), np.int64)
    for ri, rid in enumerate(REGION_IDS):
        for pi, prof in enumerate(profiles):
            sel = np.flatnonzero((region[e] == ri) & (prof_idx[held] == pi))
            if len(sel):
                p = _course_weights(rid, prof)
                course[sel] = rng.choice(len(p), size=len(sel), p=p)
    jp = rng.integers(_COURSE["jp_lo"][course], _COURSE["jp_hi"][course] + 1)
    month = first_month + np.floor(rng.random(len(e)) * (12 - first_month)).astype(np.int64)
    start = _month_start(yi * 12 + month) + rng.integers(0, 28, len(e)).astype("timedelta64[D]")
    days = np.ceil(jp / 8 * 7 / 5).astype(np.int64)
    angkatan = rng.integers(0, len(N.ANGKATAN), len(e))
    title = _COURSE["title"][course, angkatan, yi]
    return _training_frame(
        e,
        title,
        _COURSE["jenis"][course],
        _COURSE["category"][course],
        start,
        days,
        jp,
        _COURSE["comp"][course],
    )


def _leadership(rng, e, level, m_lo, m_hi) -> pd.DataFrame:
    """PKP / PKA / PKN for structural post holders, by the level held; start month in [m_lo, m_hi]."""
    k = pd.Index(_LEAD_LEVELS).get_indexer(level)
    month = m_lo + np.floor(rng.random(len(e)) * (m_hi - m_lo + 1)).astype(np.int64)
    start = _month_start(month) + rng.integers(0, 28, len(e)).astype("timedelta64[D]")
    jp = rng.integers(_LEAD["jp_lo"][k], _LEAD["jp_hi"][k] + 1)
    days = rng.integers(60, 111, len(e))
    angkatan = rng.integers(0, len(N.ANGKATAN), len(e))
    title = _LEAD["title"][k, angkatan, month // 12]
    jenis = np.ones(len(e), np.int64)
    category = np.full(len(e), _CATEGORY_CODE["leadership"])
    return _training_frame(e, title, jenis, category, start, days, jp, _LEAD["comp"][k])
