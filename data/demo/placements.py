"""Moves: the planted fit moves of 2023 and regular proposals (rotasi, mutasi, promosi, demosi)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from data import names as N
from data.demo._util import (
    FIELD_IDX,
    FIELDS,
    LEVEL_BUP,
    LEVEL_IDX,
    LEVEL_JENIS,
    LEVELS,
    NO_FIELD,
    _pick_in_groups,
)
from data.demo.params import (
    DECLINE_RATE,
    DEMOTE_TO,
    ENV_TEAM_MONTH,
    ENV_TEAM_UNIT,
    FIT_MOVE_EXECUTED,
    FIT_MOVE_MONTHS,
    MOVE_TYPE_PROBS,
    MOVE_TYPES,
    NEVER,
    PROMOTE_TO,
    REGION_IDS,
    REGULAR_MOVE_RATE,
)


def _bup_ok(emp: pd.DataFrame, target_level: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Employee idx stays below the retirement age of the target level."""
    return emp["age"].to_numpy()[idx] < LEVEL_BUP[target_level] - 0.1


def build_moves(rng: np.random.Generator, emp: pd.DataFrame, pos: pd.DataFrame) -> pd.DataFrame:
    """Proposed and executed moves; sets emp.move_m / emp.pos1.

    Returns the proposals (without appointments) as a frame of emp index,
    month, from/to post, type, executed flag and reason.
    """
    n = len(emp)
    region = emp["region_idx"].to_numpy()
    p0 = emp["pos0"].to_numpy()
    ss_m = emp["ss_m"].to_numpy()
    field = emp["field"].to_numpy()
    person = emp["person"].to_numpy()
    p_level = pos["level_idx"].to_numpy()
    p_field = pos["field_idx"].to_numpy()
    p_unit = pos["unit_idx"].to_numpy()
    p_region = pos["region_idx"].to_numpy()
    p_struct = pos["is_struct"].to_numpy()
    p_family = pos["family_idx"].to_numpy()
    p_pel = pos["pelayanan"].to_numpy()
    decline = np.array([DECLINE_RATE[r] for r in REGION_IDS])
    n_lv, n_f = len(LEVELS), len(FIELDS) + 1

    # --- planted: good performers in ill-fitting posts (2023)
    ill = (p_field[p0] != NO_FIELD) & (p_field[p0] != field)
    eligible = ill & ~p_struct[p0] & (person > np.median(person)) & (ss_m < FIT_MOVE_MONTHS[0])
    exec_p = np.array([FIT_MOVE_EXECUTED[r] for r in REGION_IDS])
    propose_p = exec_p / (1 - decline)
    fit_idx = np.flatnonzero(eligible & (rng.random(n) < propose_p[region]))
    item_key = np.where(
        ~p_struct & (p_field != NO_FIELD), (p_region * n_f + p_field + 1) * n_lv + p_level, -1
    )
    want = (region[fit_idx] * n_f + field[fit_idx] + 1) * n_lv + p_level[p0[fit_idx]]
    tgt, ok = _pick_in_groups(rng, item_key, want)
    # fallback: any fitting non-structural post of the region
    item_key2 = np.where(~p_struct & (p_field != NO_FIELD), p_region * n_f + p_field + 1, -1)
    tgt2, ok2 = _pick_in_groups(rng, item_key2, region[fit_idx] * n_f + field[fit_idx] + 1)
    tgt = np.where(ok, tgt, tgt2)
    ok = (ok | ok2) & _bup_ok(emp, p_level[tgt], fit_idx)
    fit_idx, tgt = fit_idx[ok], tgt[ok]
    # The fit moves of a unit happen in one wave (its month): a unit's qualification fit
    # then rises within a quarter, the reform step the outcome analyses find (issue #14).
    # The waves and the environment team below are drawn from a stream of their own, and
    # the per-person months are still drawn (not used), so that the rest of the demo is
    # drawn as before.
    aux = rng.spawn(1)[0]
    rng.integers(*FIT_MOVE_MONTHS, len(fit_idx))
    wave = aux.integers(*FIT_MOVE_MONTHS, p_unit.max() + 1)
    fit_m = wave[p_unit[p0[fit_idx]]]
    fit_exec = rng.random(len(fit_idx)) >= decline[region[fit_idx]]
    fit_type = np.where(p_unit[tgt] == p_unit[p0[fit_idx]], "rotasi", "mutasi")
    fit_reason = np.where(
        fit_exec,
        N.REASON_FIT_MOVE,
        np.array(N.REASONS_DECLINED)[rng.integers(0, len(N.REASONS_DECLINED), len(fit_idx))],
    )

    # --- planted: Jakarta's environment team (seed 004)
    env_idx, env_m, env_tgt = _environment_team(aux, emp, pos, fit_idx)

    # --- regular proposals: at most one per employee (not those above)
    p_any = 1 - (1 - REGULAR_MOVE_RATE) ** 5
    can = (ss_m < 59) & (rng.random(n) < p_any)
    can[fit_idx] = False
    can[env_idx] = False
    idx = np.flatnonzero(can)
    first = np.maximum(ss_m[idx] + 1, 0)
    m = first + np.floor(rng.random(len(idx)) * (60 - first)).astype(np.int64)
    mtype = np.array(MOVE_TYPES)[rng.choice(len(MOVE_TYPES), len(idx), p=MOVE_TYPE_PROBS)]
    cur = p0[idx]
    lvl = p_level[cur]
    target = np.full(len(idx), -1, np.int64)
    # promotions and demotions change the level
    up = np.array([LEVEL_IDX.get(PROMOTE_TO.get(lv, ""), -1) for lv in LEVELS])
    down = np.array([LEVEL_IDX.get(DEMOTE_TO.get(lv, ""), -1) for lv in LEVELS])
    edu = emp["edu"].to_numpy()[idx]
    new_level = np.where(mtype == "promosi", up[lvl], np.where(mtype == "demosi", down[lvl], lvl))
    needs_degree = (
        np.isin(lvl, [LEVEL_IDX["Pelaksana"], LEVEL_IDX["Terampil"]]) & (mtype == "promosi") & (edu < 35)
    )
    # PPPK cannot hold structural posts
    pppk_to_struct = (
        emp["pppk"].to_numpy()[idx] & (new_level >= 0) & (LEVEL_JENIS[np.maximum(new_level, 0)] == 1)
    )
    new_level = np.where(needs_degree | pppk_to_struct, -1, new_level)
    mtype = np.where(new_level < 0, "rotasi", mtype)
    new_level = np.where(new_level < 0, lvl, new_level)
    # fungsional staff stay in their family (a teacher is not moved to a nurse's post):
    # same unit first (promosi / demosi), else another unit of the region
    n_fam = p_family.max() + 1
    key_ufam = (p_unit * n_fam + p_family) * n_lv + p_level
    t_ufam, ok_ufam = _pick_in_groups(
        rng, key_ufam, (p_unit[cur] * n_fam + p_family[cur]) * n_lv + new_level, cur
    )
    key_rfam = (p_region * n_fam + p_family) * n_lv + p_level
    t_rfam, ok_rfam = _pick_in_groups(
        rng, key_rfam, (region[idx] * n_fam + p_family[cur]) * n_lv + new_level, cur
    )
    # structural and pelaksana staff: same unit (rotasi 60 %, demosi), else same region
    key_unit = p_unit * n_lv + p_level
    t_unit, ok_unit = _pick_in_groups(rng, key_unit, p_unit[cur] * n_lv + new_level, exclude=cur)
    key_reg = p_region * n_lv + p_level
    t_reg, ok_reg = _pick_in_groups(rng, key_reg, region[idx] * n_lv + new_level, exclude=cur)
    # SWL: finance staff rotated to public-service units (seed 003)
    key_pel = np.where(p_pel, p_region * n_lv + p_level, -1)
    t_pel, ok_pel = _pick_in_groups(rng, key_pel, region[idx] * n_lv + new_level, exclude=cur)
    swl_fin = (region[idx] == REGION_IDS.index("SWL")) & pos["profile"].isin(
        ["keuangan", "pendapatan"]
    ).to_numpy()[cur]
    fung = (LEVEL_JENIS[lvl] == 2) & (LEVEL_JENIS[new_level] == 2)
    use_unit = ((mtype == "demosi") | ((mtype == "rotasi") & (rng.random(len(idx)) < 0.6))) & ok_unit
    use_pel = swl_fin & ~fung & np.isin(mtype, ["rotasi", "mutasi"]) & ok_pel & (rng.random(len(idx)) < 0.6)
    other = np.where(use_pel, t_pel, np.where(use_unit, t_unit, np.where(ok_reg, t_reg, -1)))
    # ... or, failing that, a post of the same level and required field (alih jabatan)
    key_rfld = np.where(p_field != NO_FIELD, (p_region * n_f + p_field + 1) * n_lv + p_level, -1)
    t_rfld, ok_rfld = _pick_in_groups(
        rng, key_rfld, (region[idx] * n_f + p_field[cur] + 1) * n_lv + new_level, cur
    )
    fam = np.where(ok_ufam, t_ufam, np.where(ok_rfam, t_rfam, np.where(ok_rfld, t_rfld, -1)))
    target = np.where(fung, fam, other)
    # moves into structural posts (one holder each) only fill posts vacant at the start
    occupied = np.zeros(len(pos), bool)
    occupied[p0] = True
    into_struct = LEVEL_JENIS[new_level] == 1
    for ri in range(len(REGION_IDS)):
        for li in np.unique(new_level[into_struct & (region[idx] == ri)]):
            who = np.flatnonzero(into_struct & (region[idx] == ri) & (new_level == li))
            vacant = np.flatnonzero(p_struct & ~occupied & (p_region == ri) & (p_level == li))
            vacant = rng.permutation(vacant)
            k = min(len(who), len(vacant))
            target[who] = -1
            target[who[:k]] = vacant[:k]
            occupied[vacant[:k]] = True
    ok = (target >= 0) & (target != cur)
    ok[ok] &= _bup_ok(emp, p_level[target[ok]], idx[ok])
    idx, m, mtype, cur, target = idx[ok], m[ok], mtype[ok], cur[ok], target[ok]
    same_unit = p_unit[target] == p_unit[cur]
    mtype = np.where((mtype == "mutasi") & same_unit, "rotasi", mtype)
    mtype = np.where((mtype == "rotasi") & ~same_unit & (rng.random(len(idx)) < 0.5), "mutasi", mtype)
    d_rate = np.where(np.isin(mtype, ["rotasi", "mutasi"]), decline[region[idx]], 0.0)
    d_rate = np.where(mtype == "promosi", decline[region[idx]] / 3, d_rate)
    executed = rng.random(len(idx)) >= d_rate
    reason = np.empty(len(idx), object)
    for t in MOVE_TYPES:
        sel = np.flatnonzero(executed & (mtype == t))
        opts = np.array(N.REASONS_EXECUTED[t])
        reason[sel] = opts[rng.integers(0, len(opts), len(sel))]
    sel = np.flatnonzero(~executed)
    reason[sel] = np.array(N.REASONS_DECLINED)[rng.integers(0, len(N.REASONS_DECLINED), len(sel))]

    env_type = np.where(p_unit[env_tgt] == p_unit[p0[env_idx]], "rotasi", "mutasi")
    moves = pd.DataFrame(
        {
            "emp": np.r_[fit_idx, env_idx, idx],
            "m": np.r_[fit_m, env_m, m],
            "from_pos": np.r_[p0[fit_idx], p0[env_idx], cur],
            "to_pos": np.r_[tgt, env_tgt, target],
            "move_type": np.r_[fit_type, env_type, mtype],
            "executed": np.r_[fit_exec, np.ones(len(env_idx), bool), executed],
            "reason": np.r_[fit_reason, np.full(len(env_idx), N.REASON_ENV_TEAM, object), reason],
            "planted": np.r_[np.ones(len(fit_idx) + len(env_idx), bool), np.zeros(len(idx), bool)],
        }
    )
    move_m = np.full(n, NEVER, np.int64)
    pos1 = p0.copy()
    ex = moves[moves["executed"]]
    move_m[ex["emp"].to_numpy()] = ex["m"].to_numpy()
    pos1[ex["emp"].to_numpy()] = ex["to_pos"].to_numpy()
    emp["move_m"] = move_m
    emp["pos1"] = pos1
    emp["ill0"] = ill
    emp["ill1"] = (p_field[pos1] != NO_FIELD) & (p_field[pos1] != field)
    return moves


def _environment_team(aux: np.random.Generator, emp: pd.DataFrame, pos: pd.DataFrame, taken: np.ndarray):
    """Jakarta's waste-management team (seed 004), in one month (ENV_TEAM_MONTH): the
    environment posts of the environment unit (ENV_TEAM_UNIT, posts requiring the field
    ``lingkungan``) held by staff of another field are handed to environment graduates
    of the region sitting in posts that do not ask for their field, and their holders
    move to a post of their own field (or stay where none is open). Returns (employees,
    months, target posts) of the moves, none of them among ``taken`` (the fit moves)."""
    field = emp["field"].to_numpy()
    p0 = emp["pos0"].to_numpy()
    ss_m = emp["ss_m"].to_numpy()
    p_field, p_level = pos["field_idx"].to_numpy(), pos["level_idx"].to_numpy()
    p_struct, p_region = pos["is_struct"].to_numpy(), pos["region_idx"].to_numpy()
    unit = np.flatnonzero(pos["unit_id"].to_numpy() == ENV_TEAM_UNIT)
    if not len(unit):
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    region = p_region[unit[0]]
    lk = FIELD_IDX["lingkungan"]
    free = np.ones(len(emp), bool)
    free[taken] = False
    in_service = ss_m < ENV_TEAM_MONTH
    team_post = ~p_struct & (pos["unit_id"].to_numpy() == ENV_TEAM_UNIT) & (p_field == lk)
    # holders of the team's posts who are not environment graduates: out, to their field
    out = np.flatnonzero(free & in_service & team_post[p0] & (field != lk))
    n_lv, _n_f = len(LEVELS), len(FIELDS) + 1
    key_fit = np.where(
        ~p_struct & (p_field != NO_FIELD) & (p_region == region), (p_field + 1) * n_lv + p_level, -1
    )
    out_tgt, ok = _pick_in_groups(aux, key_fit, (field[out] + 1) * n_lv + p_level[p0[out]])
    out, out_tgt = out[ok], out_tgt[ok]
    # environment graduates of the region in posts not asking for their field: in, same level
    grads = np.flatnonzero(
        free & in_service & (field == lk) & (emp["region_idx"].to_numpy() == region) & ~p_struct[p0]
        & (p_field[p0] != lk) & ~team_post[p0]
    )  # fmt: skip
    grads = aux.permutation(grads)[: max(len(out), 1) * 2]
    key_team = np.where(team_post, p_level, -1)
    in_tgt, ok = _pick_in_groups(aux, key_team, p_level[p0[grads]])
    grads, in_tgt = grads[ok], in_tgt[ok]
    who = np.r_[out, grads]
    return who, np.full(len(who), ENV_TEAM_MONTH, np.int64), np.r_[out_tgt, in_tgt]
