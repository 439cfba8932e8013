"""Employees of the demo: who they are and where they start.

:func:`build_employees` draws everyone's initial post, education, latent traits and
service dates; :func:`finalize_employees` writes the identity columns (NIP, name,
golongan, final post) once the moves are known.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from data import names as N
from data.demo._util import (
    FIELD_IDX,
    FIELDS,
    LEVEL_BUP,
    LEVELS,
    NO_FIELD,
    _choice_by_weights,
    _month_start,
    _ymd,
)
from data.demo.params import (
    ABILITY_PERSON,
    EDU_BY_LEVEL,
    ENTRY_AGE,
    ENTRY_AGE_HIGH,
    ENTRY_GOL,
    FIT_PROB,
    GENERAL_FIELDS,
    GOL_PNS,
    GOL_PPPK,
    GOL_RANGE,
    MIN_PER_REGION,
    N_MONTHS,
    NEED_NOISE_SD,
    NEVER,
    PERSON_SD,
    PPPK_GOL,
    PPPK_GOL_BUMP,
    PPPK_SHARE,
    PPPK_YEAR_WEIGHTS,
    REF_DATE,
    REGION_IDS,
    SERVICE_YEARS,
    STRUCT_FILL,
    STRUCT_MAX_SHARE,
    TARGET_HEADCOUNT,
)


def build_employees(rng: np.random.Generator, scale: float, pos: pd.DataFrame) -> pd.DataFrame:
    """Employees at their initial post (before moves), with latent traits."""
    parts = []
    need = np.zeros(len(pos))
    for ri, region in enumerate(REGION_IDS):
        in_region = pos["region_idx"].to_numpy() == ri
        struct = np.flatnonzero(in_region & pos["is_struct"].to_numpy())
        other = np.flatnonzero(in_region & ~pos["is_struct"].to_numpy())
        n = max(MIN_PER_REGION, round(TARGET_HEADCOUNT[region] * scale))
        n_pppk = round(n * PPPK_SHARE[region])
        n_pns = n - n_pppk
        k = min(round(STRUCT_FILL * len(struct)), round(STRUCT_MAX_SHARE * n_pns))
        filled = np.sort(rng.choice(struct, size=k, replace=False))
        w = pos["weight"].to_numpy()[other]
        p_pns = w / w.sum()
        w2 = w * pos["pppk"].to_numpy()[other]
        p_pppk = w2 / w2.sum()
        pns_posts = rng.choice(other, size=n_pns - k, p=p_pns)
        pppk_posts = rng.choice(other, size=n_pppk, p=p_pppk)
        expected = (n_pns - k) * p_pns + n_pppk * p_pppk
        factor = pos["need_factor"].to_numpy()[other] * rng.lognormal(0.0, NEED_NOISE_SD, size=len(other))
        need[other] = np.maximum(1, np.round(expected * factor))
        need[struct] = 1
        parts.append(
            pd.DataFrame(
                {
                    "region_idx": ri,
                    "pos0": np.concatenate([filled, pns_posts, pppk_posts]),
                    "pppk": np.r_[np.zeros(n_pns, bool), np.ones(n_pppk, bool)],
                }
            )
        )
    pos["staffing_need"] = need.astype(np.int64)
    emp = pd.concat(parts, ignore_index=True)
    n = len(emp)
    p0 = emp["pos0"].to_numpy()
    region = emp["region_idx"].to_numpy()
    level_idx = pos["level_idx"].to_numpy()[p0]
    pppk = emp["pppk"].to_numpy()

    # education level by level of the post
    edu = np.zeros(n, np.int64)
    for li, lv in enumerate(LEVELS):
        sel = np.flatnonzero(level_idx == li)
        if len(sel):
            edu[sel] = _choice_by_weights(rng, EDU_BY_LEVEL[lv], len(sel)).astype(np.int64)
    # education field: fits the post's required field with a regional probability
    req = pos["field_idx"].to_numpy()[p0]
    fit_p = np.array([FIT_PROB[r] for r in REGION_IDS])[region]
    fits = (req != NO_FIELD) & (rng.random(n) < fit_p)
    edu = np.where(fits & (edu <= 15), 30, edu)  # a fitting field needs a diploma at least
    gen_fields = np.array([FIELD_IDX[f] for f in GENERAL_FIELDS])
    gen_p = np.array(list(GENERAL_FIELDS.values()))
    draw = rng.choice(len(gen_fields), size=n, p=gen_p / gen_p.sum())
    other_field = gen_fields[draw]
    clash = other_field == req
    other_field = np.where(clash, gen_fields[(draw + 1) % len(gen_fields)], other_field)
    field = np.where(fits, req, other_field)
    field = np.where(edu <= 15, FIELD_IDX["umum"], field)

    # latent traits
    person = rng.normal(0.0, PERSON_SD, n)
    ability = ABILITY_PERSON * person / PERSON_SD + math.sqrt(1 - ABILITY_PERSON**2) * rng.normal(size=n)
    female = rng.random(n) < pos["female_share"].to_numpy()[p0]

    # service start and age at the reference date
    lo = np.array([SERVICE_YEARS[lv][0] for lv in LEVELS], float)[level_idx]
    hi = np.array([SERVICE_YEARS[lv][1] for lv in LEVELS], float)[level_idx]
    service = lo + (hi - lo) * rng.random(n)
    entry_range = np.zeros((51, 2))
    for code, bounds in {**ENTRY_AGE, **ENTRY_AGE_HIGH}.items():
        entry_range[code] = bounds
    e_lo, e_hi = entry_range[edu, 0], entry_range[edu, 1]
    entry = e_lo + (e_hi - e_lo) * rng.random(n)
    max_age = LEVEL_BUP[level_idx] - 0.15
    age = entry + service
    age = np.where(age > max_age, max_age - 6.0 * rng.random(n), age)
    age = np.maximum(age, 20.2 + rng.random(n))
    service = np.clip(np.minimum(service, age - 18.5), 0.0, None)
    ss_m = 59 - np.floor(service * 12).astype(np.int64)
    # PPPK: appointed 2021..2025 with regional year weights; age 25..56
    pppk_idx = np.flatnonzero(pppk)
    year_w = np.array([PPPK_YEAR_WEIGHTS[r] for r in REGION_IDS])[region[pppk_idx]]
    cum = year_w.cumsum(axis=1) / year_w.sum(axis=1, keepdims=True)
    year = (rng.random(len(pppk_idx))[:, None] > cum).sum(axis=1)
    month = rng.integers(0, 12, len(pppk_idx))
    ss_m[pppk_idx] = np.minimum(year * 12 + month, 59)
    age[pppk_idx] = 25 + 31 * rng.random(len(pppk_idx))
    service_start = _month_start(ss_m)
    birth = REF_DATE - np.round(age * 365.25).astype("timedelta64[D]")
    # age at appointment must be >= 18: shift PPPK birth dates if needed
    too_young = birth > service_start - np.timedelta64(int(18 * 365.25), "D")
    birth = np.where(too_young, service_start - np.timedelta64(int(19 * 365.25), "D"), birth)

    emp["level0"] = level_idx
    emp["edu"] = edu
    emp["field"] = field
    emp["person"] = person
    emp["ability"] = ability
    emp["female"] = female
    emp["ss_m"] = ss_m
    emp["service_start"] = service_start
    emp["birth"] = birth
    emp["age"] = (REF_DATE - birth).astype(np.int64) / 365.25
    emp["service_years"] = np.maximum(0.0, (REF_DATE - service_start).astype(np.int64) / 365.25)
    # NIP = birth date YYYYMMDD + TMT YYYYMM + sex digit + 3-digit sequence
    head = _ymd(birth) * 10**10 + (_ymd(service_start) // 100) * 10**4 + np.where(female, 2, 1) * 1000
    seq = pd.Series(head).groupby(head).cumcount().to_numpy() + 1
    if (seq > 999).any():
        raise RuntimeError("NIP sequence overflow")
    emp["nip_int"] = head + seq
    # rows in NIP order: every table is then generated in primary-key order,
    # which makes DuckDB's index and foreign-key checks much faster
    return emp.sort_values("nip_int", kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------- identity
def finalize_employees(rng: np.random.Generator, emp: pd.DataFrame, pos: pd.DataFrame) -> pd.DataFrame:
    """NIP, name, golongan, final post and TMT jabatan."""
    n = len(emp)
    birth = emp["birth"].to_numpy().astype("datetime64[D]")
    ss = emp["service_start"].to_numpy().astype("datetime64[D]")
    female = emp["female"].to_numpy()
    nip = emp["nip_int"].astype(str).to_numpy(dtype=object)

    # names
    region = emp["region_idx"].to_numpy()
    pools = list(N.NAME_POOLS)
    pool_p = np.array([N.REGION_NAME_POOLS[r] for r in REGION_IDS])[region]
    pool = (rng.random(n)[:, None] > pool_p.cumsum(axis=1)).sum(axis=1).clip(max=len(pools) - 1)
    first = np.empty(n, object)
    last = np.empty(n, object)
    for k, name in enumerate(pools):
        male_first, female_first, male_last, female_last = (s.split() for s in N.NAME_POOLS[name])
        for fem, firsts, lasts in ((False, male_first, male_last), (True, female_first, female_last)):
            sel = np.flatnonzero((pool == k) & (female == fem))
            first[sel] = np.array(firsts, dtype=object)[rng.integers(0, len(firsts), len(sel))]
            last[sel] = np.array(lasts, dtype=object)[rng.integers(0, len(lasts), len(sel))]
    single = rng.random(n) < 0.1
    full = np.where(single, first, first + " " + last)
    edu = emp["edu"].to_numpy()
    field = np.array(FIELDS, dtype=object)[emp["field"].to_numpy()]
    s1 = pd.Series(field).map(N.GELAR_S1).to_numpy(dtype=object)
    s2 = pd.Series(field).map(N.GELAR_S2).to_numpy(dtype=object)
    d3 = pd.Series(field).map(N.GELAR_D3).fillna(N.GELAR_D3_DEFAULT).to_numpy(dtype=object)
    doctor = field == "kedokteran"
    back = np.where(edu == 30, d3, "")
    back = np.where((edu == 35) | (edu == 40), np.where(doctor, "", s1), back)
    back = np.where(edu >= 45, np.where(doctor, s2, s1 + ", " + s2), back)
    front = np.where(doctor & (edu >= 40), "dr. ", "")
    front = np.where(edu == 50, "Dr. " + np.where(doctor, "dr. ", ""), front)
    name = front + full + np.where(back == "", "", ", " + back)

    # golongan
    level = emp["pos1"].map(pos["level"]).to_numpy()
    lvl_idx = pos["level_idx"].to_numpy()[emp["pos1"].to_numpy()]
    entry = pd.Series(edu).map(ENTRY_GOL).to_numpy()
    steps = np.floor(emp["service_years"].to_numpy() / 4 + rng.random(n) - 0.5).clip(min=0).astype(np.int64)
    g_lo = np.array([GOL_RANGE[lv][0] for lv in LEVELS])[lvl_idx]
    g_hi = np.array([GOL_RANGE[lv][1] for lv in LEVELS])[lvl_idx]
    g_hi = np.where(level == "Pelaksana", np.minimum(g_hi, entry + 6), g_hi)
    gi = np.clip(entry + steps, g_lo, np.maximum(g_hi, g_lo))
    gol_pns = np.array(GOL_PNS, dtype=object)[gi]
    pppk_base = pd.Series(edu).map(PPPK_GOL).map(GOL_PPPK.index).to_numpy()
    bump = pd.Series(level).map(PPPK_GOL_BUMP).fillna(0).astype(np.int64).to_numpy()
    gol_pppk = np.array(GOL_PPPK, dtype=object)[np.minimum(pppk_base + bump, len(GOL_PPPK) - 1)]
    pppk = emp["pppk"].to_numpy()

    move_m = emp["move_m"].to_numpy()
    position_start = np.where(move_m < NEVER, _month_start(np.minimum(move_m, N_MONTHS)), ss)
    return pd.DataFrame(
        {
            "nip": nip,
            "name": name,
            "sex": np.where(female, "P", "L"),
            "birth_date": birth,
            "employee_type": np.where(pppk, "PPPK", "PNS"),
            "golongan": np.where(pppk, gol_pppk, gol_pns),
            "education_level": edu.astype(np.int16),
            "education_field": field,
            "position_id": pos["position_id"].to_numpy()[emp["pos1"].to_numpy()],
            "position_start": position_start,
            "service_start": ss,
        }
    )
