"""Performance evaluations (monthly, quarterly, annual) and the planted effects on the ratings."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.reference import PREDIKAT_MATRIX
from data.demo.params import (
    ANNUAL_NOISE_SD,
    BEHAVIOUR_NOISE_SD,
    BEHAVIOUR_PERSON_SD,
    BEHAVIOUR_PERSON_SHARE,
    DISIPLIN_OFFSET,
    EVALUATION_REGIME,
    FIT_PENALTY,
    HASIL_HIGH,
    HASIL_LOW,
    HASIL_NOISE_SD,
    INDICATOR_NOISE_SD,
    INTERCEPT,
    N_MONTHS,
    NEVER,
    NOISE_SD,
    PERILAKU_HIGH,
    PERILAKU_LOW,
    REGION_IDS,
    REGION_TREND,
    TRAINING_EFFECT,
    TRAINING_LAG_MONTHS,
)

_MATRIX = np.zeros((3, 3), np.int8)
for (_h, _p), _v in PREDIKAT_MATRIX.items():
    _MATRIX[_h - 1, _p - 1] = _v


def _rate(x: np.ndarray, high: float, low: float) -> np.ndarray:
    """A rating from a latent value: 1 Di Atas (>= high), 3 Di Bawah (< low), else 2 Sesuai."""
    return np.where(x >= high, 1, np.where(x < low, 3, 2)).astype(np.int8)


def _score(x: np.ndarray) -> np.ndarray:
    return np.round(np.clip(x, 0.0, 100.0), 1)


def _rows(hasil, behaviour, disiplin, rng, score=None):
    """Indicator scores, the two ratings and the predikat of evaluation rows.

    ``hasil`` and ``behaviour`` are the latent values of the rows (hasil kerja is the
    performance plus its own noise; behaviour the behaviour trait plus noise)."""
    s_hk = _score(hasil)
    s_sk = _score(behaviour + rng.normal(0.0, INDICATOR_NOISE_SD, len(hasil)))
    s_dc = _score(behaviour + disiplin + rng.normal(0.0, INDICATOR_NOISE_SD, len(hasil)))
    hk = _rate(s_hk, HASIL_HIGH, HASIL_LOW)
    pl = _rate((s_sk + s_dc) / 2, PERILAKU_HIGH, PERILAKU_LOW)
    return {
        "hasil_kerja": hk,
        "perilaku": pl,
        "predikat": _MATRIX[hk - 1, pl - 1],
        "score": score,
        "score_hasil_kerja": s_hk,
        "score_sikap": s_sk,
        "score_disiplin": s_dc,
    }


def _without_scores(frame: dict, scored: np.ndarray) -> dict:
    """A region that rates in SIASN exports no 0-100 score: its score columns stay empty."""
    for col in ("score", "score_hasil_kerja", "score_sikap", "score_disiplin"):
        frame[col] = np.where(scored, frame[col], np.nan)
    return frame


def _mean_by(key: np.ndarray, n_keys: int, has: np.ndarray, x: np.ndarray, cnt: np.ndarray) -> np.ndarray:
    return np.bincount(key, weights=x, minlength=n_keys)[has] / cnt[has]


def build_evaluations(rng: np.random.Generator, emp: pd.DataFrame, median_person: float | None = None):
    """Monthly, quarterly and annual evaluations, keyed by employee and post index, and
    the planted effects expressed on the ratings (computed from the same draws).

    Every employee-month in service has a latent performance ``mu`` (the score's
    expectation), a hasil kerja value ``mu + N(0, 3)`` and a behaviour value; what is
    kept depends on the region's regime (EVALUATION_REGIME): monthly rows, quarterly
    rows (the quarter's mean performance plus fresh noise), and an annual SKP for every
    employee-year (the year's mean plus fresh noise); scores only where the region
    scores.

    ``emp`` may be one block of the employees (data.demo.build draws them block by
    block); ``median_person`` is then the median person effect of all employees (the
    fit-move effect is planted on those above it). The planted effects come back as
    partial sums (:func:`finish_rating_effects` combines the blocks')."""
    n_emp = len(emp)
    region_of = emp["region_idx"].to_numpy()
    regime = np.array([EVALUATION_REGIME[r][0] for r in REGION_IDS])[region_of]
    scored_emp = np.array([EVALUATION_REGIME[r][1] for r in REGION_IDS])[region_of]
    behaviour_trait = rng.normal(0.0, BEHAVIOUR_PERSON_SD, n_emp)
    ss_m = np.maximum(emp["ss_m"].to_numpy(), 0)
    months_in = N_MONTHS - ss_m
    total = int(months_in.sum())
    i = np.repeat(np.arange(n_emp), months_in)
    t = np.arange(total) - np.repeat(np.cumsum(months_in) - months_in, months_in) + np.repeat(ss_m, months_in)
    person = emp["person"].to_numpy()
    trend = np.array([REGION_TREND[r] for r in REGION_IDS])[region_of]
    disiplin = np.array([DISIPLIN_OFFSET[r] for r in REGION_IDS])[region_of]
    moved = t >= emp["move_m"].to_numpy()[i]
    ill = np.where(moved, emp["ill1"].to_numpy()[i], emp["ill0"].to_numpy()[i])
    train_m = emp["train_m"].to_numpy()
    trained = t >= train_m[i] + TRAINING_LAG_MONTHS
    mu = INTERCEPT + person[i] + trend[i] * t / 12.0 + FIT_PENALTY * ill + TRAINING_EFFECT * trained
    score = _score(mu + rng.normal(0.0, NOISE_SD, total))
    hasil = mu + rng.normal(0.0, HASIL_NOISE_SD, total)
    b_mu = INTERCEPT + BEHAVIOUR_PERSON_SHARE * person[i] + behaviour_trait[i]
    behaviour = b_mu + rng.normal(0.0, BEHAVIOUR_NOISE_SD, total)
    rows = _rows(hasil, behaviour, disiplin[i], rng, score)
    post = np.where(moved, emp["pos1"].to_numpy()[i], emp["pos0"].to_numpy()[i])
    if median_person is None:
        median_person = float(np.median(person))
    planted = _rating_effects(emp, i, t, hasil, rows, trend, regime, median_person)

    keep = regime[i] == "bulanan"
    monthly = pd.DataFrame(
        {
            "emp": i[keep].astype(np.int32),
            "m": t[keep].astype(np.int16),
            "pos": post[keep].astype(np.int32),
            **{k: v[keep] for k, v in _without_scores(rows, scored_emp[i]).items()},
        }
    )

    def periodic(per_emp: int, months: int, noise_sd: float):
        """Rows of a longer period (``per_emp`` periods of ``months`` months): the period's
        mean latent values plus fresh noise, the post held in its last month."""
        key = i * per_emp + t // months
        n_keys = n_emp * per_emp
        cnt = np.bincount(key, minlength=n_keys)
        has = np.flatnonzero(cnt)
        p_emp = has // per_emp
        p_mu = _mean_by(key, n_keys, has, mu, cnt)
        p_b = _mean_by(key, n_keys, has, b_mu, cnt)
        p_score = np.round(_mean_by(key, n_keys, has, score, cnt), 1)
        p_rows = _rows(
            p_mu + rng.normal(0.0, noise_sd, len(has)),
            p_b + rng.normal(0.0, noise_sd, len(has)),
            disiplin[p_emp],
            rng,
            p_score,
        )
        p_last = (has % per_emp) * months + months - 1
        p_post = np.where(
            p_last >= emp["move_m"].to_numpy()[p_emp],
            emp["pos1"].to_numpy()[p_emp],
            emp["pos0"].to_numpy()[p_emp],
        )
        return has, p_emp, p_post, _without_scores(p_rows, scored_emp[p_emp])

    # quarterly rows (regions rating per triwulan): 20 quarters
    q_has, q_emp, q_post, q_rows = periodic(20, 3, HASIL_NOISE_SD)
    q_keep = regime[q_emp] == "triwulan"
    quarterly = pd.DataFrame(
        {
            "emp": q_emp[q_keep].astype(np.int32),
            "q": (q_has % 20)[q_keep].astype(np.int16),
            "pos": q_post[q_keep].astype(np.int32),
            **{k: v[q_keep] for k, v in q_rows.items()},
        }
    )
    # the annual SKP of every employee-year
    a_has, a_emp, a_post, a_rows = periodic(5, 12, ANNUAL_NOISE_SD)
    annual = pd.DataFrame(
        {
            "emp": a_emp.astype(np.int32),
            "year": (2021 + a_has % 5).astype(np.int16),
            "pos": a_post.astype(np.int32),
            **a_rows,
        }
    )
    return monthly, quarterly, annual, planted


def _rating_effects(emp, i, t, hasil, rows, trend, regime, median_person) -> dict:
    """The planted effects in the unit of a rating outcome, from the same draws, as
    partial sums over employees (:func:`finish_rating_effects` makes the means).

    For each effect the same row is rated twice, with and without it (the noise
    kept): the difference of "hasil kerja Di Atas", "Sangat Baik" and "Baik or
    better" averaged over the rows the estimators look at is what they should
    recover (a share difference: 0.05 = +5 percentage points). Monthly regions only
    (the estimators read monthly evaluations)."""
    hk = rows["hasil_kerja"]
    pl = rows["perilaku"]
    monthly = regime[i] == "bulanan"

    def outcomes(h_rating):
        pred = _MATRIX[h_rating - 1, pl - 1]
        return {"hasil_di_atas": h_rating == 1, "sangat_baik": pred == 1, "baik_or_better": pred <= 2}

    actual = outcomes(hk)

    def effect(shift: np.ndarray, rows_of: np.ndarray, sign: float) -> dict:
        """Sum over employees of the mean over their rows of Y(actual) - Y(without the
        effect), and the number of employees."""
        cf = outcomes(_rate(_score(hasil - sign * shift), HASIL_HIGH, HASIL_LOW))
        out = {}
        emp_rows = i[rows_of]
        for name in actual:
            diff = actual[name][rows_of].astype(float) - cf[name][rows_of].astype(float)
            per_emp = np.bincount(emp_rows, weights=diff) / np.maximum(np.bincount(emp_rows), 1)
            out[name] = float(per_emp[np.unique(emp_rows)].sum()) if len(emp_rows) else 0.0
        out["employees"] = len(np.unique(emp_rows))
        return out

    t0 = emp["train_m"].to_numpy()[i]
    post = monthly & (t >= t0 + TRAINING_LAG_MONTHS) & (t <= t0 + 8)
    training = effect(np.full(len(t), TRAINING_EFFECT), post, 1.0)
    move_m = emp["move_m"].to_numpy()[i]
    to_fit = emp["ill0"].to_numpy()[i] & ~emp["ill1"].to_numpy()[i]
    good = emp["person"].to_numpy()[i] > median_person
    after_move = monthly & to_fit & good & (t >= move_m + 3) & (t <= move_m + 8) & (move_m < NEVER)
    # without the move the fit penalty would still apply: the effect is minus the penalty
    move = effect(np.full(len(t), -FIT_PENALTY), after_move, 1.0)
    trends = {}
    for r, region in enumerate(REGION_IDS):
        here = monthly & (emp["region_idx"].to_numpy()[i] == r)
        if here.any():
            trends[region] = effect(trend[i], here, 1.0)
    return {
        "training_first_substantive": training,
        "fit_move_good_performers": move,
        "region_trend_per_year": trends,
    }


def finish_rating_effects(parts: list[dict]) -> dict:
    """The planted effects on the ratings (dataset_info.planted_effects["rating_effects"]):
    the partial sums of the blocks of employees (:func:`build_evaluations`) combined into
    means over employees."""

    def mean(effects: list[dict]) -> dict:
        n = sum(e["employees"] for e in effects)
        out = {}
        for name in ("hasil_di_atas", "sangat_baik", "baik_or_better"):
            total = sum(e[name] for e in effects)
            out[name] = round(total / n, 4) if n else None
        out["employees"] = n
        return out

    trends = {}
    for region in REGION_IDS:
        found = [p["region_trend_per_year"][region] for p in parts if region in p["region_trend_per_year"]]
        if found:
            trends[region] = mean(found)
    return {
        "definition": {
            "id": "selisih porsi (0,05 = +5 poin persen) bila baris yang sama dinilai dengan dan tanpa efeknya; "
            "rata-rata per pegawai di baris yang dibaca penaksir (bulan +3..+8 setelah pelatihan atau pindah)",
            "en": "share difference (0.05 = +5 percentage points) when the same row is rated with and without the "
            "effect; mean per employee over the rows the estimators read (months +3..+8 after training or move)",
        },
        "training_first_substantive": mean([p["training_first_substantive"] for p in parts]),
        "fit_move_good_performers": mean([p["fit_move_good_performers"] for p in parts]),
        "region_trend_per_year": trends,
    }
