"""Competency assessments (rounds 1 and 2) and potential assessments (potensi)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from data.demo._util import COMP_IDS, COMP_RANK, _month_start
from data.demo.params import (
    COMPETENCY_ABILITY,
    COMPETENCY_NOISE_SD,
    LEVEL_UP_OTHER,
    LEVEL_UP_TRAINED,
    N_MONTHS,
    POTENTIAL_ABILITY,
    POTENTIAL_DATE,
    POTENTIAL_MEAN,
    POTENTIAL_NOISE,
    POTENTIAL_SCALE,
    REGION_IDS,
    ROUND1,
    ROUND2,
    ROUND2_SHARE,
    ROUND_SPREAD_DAYS,
)


def _expand_standards(emp_idx: np.ndarray, post: np.ndarray, std: pd.DataFrame, n_pos: int):
    """Rows (employee, competency, required level) of each employee's post standard."""
    counts_per_pos = np.bincount(std["pos"].to_numpy(), minlength=n_pos)
    start_per_pos = np.cumsum(counts_per_pos) - counts_per_pos
    cnt = counts_per_pos[post]
    rows = np.repeat(start_per_pos[post], cnt) + (np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt))
    return np.repeat(emp_idx, cnt), std["comp"].to_numpy()[rows], std["required_level"].to_numpy()[rows]


def _post_at(emp: pd.DataFrame, idx: np.ndarray, date: np.ndarray) -> np.ndarray:
    moved = _month_start(emp["move_m"].to_numpy()[idx].clip(max=N_MONTHS)) <= date
    return np.where(moved, emp["pos1"].to_numpy()[idx], emp["pos0"].to_numpy()[idx])


def build_assessments(rng, emp: pd.DataFrame, pos: pd.DataFrame, std: pd.DataFrame, trainings: pd.DataFrame):
    n = len(emp)
    region = emp["region_idx"].to_numpy()
    service_start = emp["service_start"].to_numpy().astype("datetime64[D]")
    ability = emp["ability"].to_numpy()

    def round_dates(table):
        base = np.array([np.datetime64(table[r]) for r in REGION_IDS])[region]
        return base + rng.integers(0, ROUND_SPREAD_DAYS, n).astype("timedelta64[D]")

    d1, d2 = round_dates(ROUND1), round_dates(ROUND2)
    e1 = np.flatnonzero(service_start <= d1)
    a_emp, a_comp, a_req = _expand_standards(e1, _post_at(emp, e1, d1[e1]), std, len(pos))
    lvl1 = a_req + COMPETENCY_ABILITY * ability[a_emp] + rng.normal(0.0, COMPETENCY_NOISE_SD, len(a_emp))
    lvl1 = np.clip(np.round(lvl1), 1, 5).astype(np.int64)
    in2 = (service_start <= d2) & (rng.random(n) < ROUND2_SHARE)
    e2 = np.flatnonzero(in2)
    b_emp, b_comp, b_req = _expand_standards(e2, _post_at(emp, e2, d2[e2]), std, len(pos))
    n_comp = len(COMP_IDS)
    key1 = a_emp * n_comp + a_comp
    order = np.argsort(key1)
    key2 = b_emp * n_comp + b_comp
    loc = np.searchsorted(key1[order], key2)
    loc = np.minimum(loc, max(len(key1) - 1, 0))
    in1 = (key1[order][loc] == key2) if len(key1) else np.zeros(len(key2), bool)
    fresh = b_req + COMPETENCY_ABILITY * ability[b_emp] + rng.normal(0.0, COMPETENCY_NOISE_SD, len(b_emp))
    fresh = np.clip(np.round(fresh), 1, 5).astype(np.int64)
    base = np.where(in1, lvl1[order][loc] if len(key1) else 0, fresh)
    # trainings targeting a competency that ended between the two rounds
    tr = trainings[trainings["comp"] >= 0]
    t_emp = tr["emp"].to_numpy()
    t_end = tr["end_date"].to_numpy().astype("datetime64[D]")
    between = (t_end > d1[t_emp]) & (t_end < d2[t_emp])
    t_key = t_emp[between] * n_comp + tr["comp"].to_numpy()[between]
    trained = np.isin(key2, t_key)
    bump = rng.random(len(key2)) < np.where(trained, LEVEL_UP_TRAINED, LEVEL_UP_OTHER)
    lvl2 = np.where(in1, np.minimum(base + bump, 5), base)
    comp = pd.DataFrame(
        {
            "emp": np.r_[a_emp, b_emp],
            "comp": np.r_[a_comp, b_comp],
            "assessed_on": np.r_[d1[a_emp], d2[b_emp]],
            "level": np.r_[lvl1, lvl2],
        }
    )
    # primary-key order (nip, competency_id, assessed_on)
    comp["rank"] = COMP_RANK[comp["comp"].to_numpy()]
    comp = comp.sort_values(["emp", "rank", "assessed_on"]).drop(columns="rank").reset_index(drop=True)
    # potensi in 2024
    d_pot = round_dates(POTENTIAL_DATE)
    ep = np.flatnonzero(service_start <= d_pot)
    latent = POTENTIAL_ABILITY * ability[ep] + POTENTIAL_NOISE * rng.normal(size=len(ep))
    potential = np.round(np.clip(POTENTIAL_MEAN + POTENTIAL_SCALE * latent, 0, 100), 1)
    pot = pd.DataFrame({"emp": ep, "assessed_on": d_pot[ep], "potential_score": potential})
    return comp, pot
