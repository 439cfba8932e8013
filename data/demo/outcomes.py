"""Public-service outcomes of the demo (issue #14): the Survei Kepuasan Masyarakat per unit
and half-year, staff job satisfaction per unit and year, community feedback per unit,
quarter, channel and topic, and unit outcome indicators (Jakarta's city cleanliness index,
permit processing times).

Drawn after the organisation, the staff and their moves are in the database, because the
planted link reads them: a unit's reform step is found with the dashboard's own definition
(``analytics/views.sql``: ``unit_fit_quarters`` and ``reform_steps``), and its IKM rises by
:data:`IKM_STEP_EFFECT` from :data:`OUTCOME_LAG_QUARTERS` quarters after it. The draws come
from a generator of their own, so that the rest of the demo is drawn as before.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from analytics import reference as ref
from data.demo.params import (
    CLEANLINESS_BASE,
    CLEANLINESS_EFFECT,
    CLEANLINESS_NOISE_SD,
    CLEANLINESS_TREND,
    ENV_TEAM_MONTH,
    ENV_TEAM_UNIT,
    FEEDBACK_PER_100_STAFF,
    IKM_BASE,
    IKM_NOISE_SD,
    IKM_STEP_EFFECT,
    IKM_TREND,
    IKM_UNIT_SD,
    MONTH0,
    OUTCOME_LAG_QUARTERS,
    OUTCOME_MIN_STAFF,
    SKM_PUBLISHED_ONLY,
    STAFF_SATISFACTION_BASE,
)

YEARS = range(2021, 2026)
TOPICS = ("Waktu pelayanan", "Persyaratan", "Biaya", "Sikap petugas", "Sarana dan kebersihan", "Informasi")
CHANNEL_WEIGHTS = {"lapor": 0.35, "langsung": 0.3, "media_sosial": 0.2, "forum": 0.1, "lainnya": 0.05}
# Sawahlunto holds community forums on ASN performance (seed 003): more of its feedback comes that way
FORUM_REGION = {"SWL": 0.35}
PERMIT_UNITS_PROFILE = "dpmptsp"


def fit_step_setting(con: duckdb.DuckDBPyConnection) -> float:
    return float(con.execute("select value from settings where key = 'outcome_fit_step'").fetchone()[0])


def reform_steps(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Each unit's reform step as the dashboard finds it (its own macros), on the built data."""
    con.execute(
        "create or replace temp table demo_unit_fit as select * from unit_fit_quarters('2021-01-01', '2025-12-31')"
    )
    try:
        return con.execute(
            "select unit_id, step_quarter from reform_steps('demo_unit_fit', ?, ?)",
            [fit_step_setting(con), OUTCOME_MIN_STAFF],
        ).df()
    finally:
        con.execute("drop table demo_unit_fit")


def build_outcomes(rng: np.random.Generator, con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """The four outcome tables, as frames in their tables' column order."""
    units = con.execute(
        """select u.unit_id, u.region_id, u.kind, count(e.nip) as staff
           from units u left join v_employees e using (unit_id)
           group by all order by u.unit_id"""
    ).df()
    units = units[units["staff"] > 0].reset_index(drop=True)
    steps = reform_steps(con).set_index("unit_id")["step_quarter"]
    lag = pd.DateOffset(months=3 * OUTCOME_LAG_QUARTERS)
    effect_from = {u: pd.Timestamp(q) + lag for u, q in steps.items()}
    return {
        "service_surveys": _surveys(rng, units, effect_from),
        "staff_surveys": _staff(rng, units),
        "feedback": _feedback(rng, units),
        "outcome_indicators": _indicators(rng, units),
    }


def _surveys(rng, units: pd.DataFrame, effect_from: dict) -> pd.DataFrame:
    halves = [
        (pd.Timestamp(y, m, 1), pd.Timestamp(y, m + 5, 30 if m == 1 else 31)) for y in YEARS for m in (1, 7)
    ]
    level = np.array([IKM_BASE[r] for r in units["region_id"]]) + rng.normal(0, IKM_UNIT_SD, len(units))
    offsets = rng.normal(0, 0.12, (len(units), len(ref.SKM_UNSUR)))
    offsets -= offsets.mean(axis=1, keepdims=True)  # unsur spread around the IKM, not moving it
    rows = []
    for start, end in halves:
        years = (start - pd.Timestamp(2021, 1, 1)).days / 365.25
        trend = np.array([IKM_TREND[r] for r in units["region_id"]]) * years
        stepped = np.array([start >= effect_from.get(u, pd.Timestamp.max) for u in units["unit_id"]])
        ikm = np.clip(
            level + trend + IKM_STEP_EFFECT * stepped + rng.normal(0, IKM_NOISE_SD, len(units)), 40, 99
        )
        respondents = np.maximum(30, np.round(rng.normal(150 + units["staff"].to_numpy() * 0.8, 30))).astype(
            int
        )
        unsur = np.clip(np.round(ikm[:, None] / ref.IKM_FACTOR + offsets, 2), 1, 4)
        for i, u in enumerate(units.itertuples(index=False)):
            published = u.region_id in SKM_PUBLISHED_ONLY
            value = round(float(ikm[i]), 2) if published else ref.ikm_from_unsur(unsur[i])
            rows.append(
                {
                    "unit_id": u.unit_id,
                    "period_start": start.date(),
                    "period_end": end.date(),
                    "respondents": int(respondents[i]),
                    **{
                        code: (None if published else float(unsur[i, k]))
                        for k, (code, *_) in enumerate(ref.SKM_UNSUR)
                    },
                    "ikm": value,
                    "mutu": ref.ikm_mutu(value),
                    "ikm_basis": "published" if published else "unsur",
                }
            )
    return pd.DataFrame(rows)


def _staff(rng, units: pd.DataFrame) -> pd.DataFrame:
    rows = []
    level = STAFF_SATISFACTION_BASE + rng.normal(0, 4, len(units))
    for year in YEARS:
        answered = np.minimum(
            units["staff"].to_numpy(), np.round(units["staff"].to_numpy() * rng.uniform(0.5, 0.9, len(units)))
        )
        value = np.clip(level + rng.normal(0, 1.5, len(units)), 0, 100).round(1)
        for i, u in enumerate(units.itertuples(index=False)):
            rows.append(
                {
                    "unit_id": u.unit_id,
                    "period_start": pd.Timestamp(year, 1, 1).date(),
                    "period_end": pd.Timestamp(year, 12, 31).date(),
                    "respondents": int(answered[i]),
                    "satisfaction": float(value[i]),
                }
            )
    return pd.DataFrame(rows)


def _feedback(rng, units: pd.DataFrame) -> pd.DataFrame:
    rows = []
    channels = list(CHANNEL_WEIGHTS)
    resolution = rng.uniform(0.75, 0.97, len(units))
    days = rng.uniform(3, 14, len(units))
    for year in YEARS:
        for q in range(4):
            start = pd.Timestamp(year, 3 * q + 1, 1)
            end = (start + pd.DateOffset(months=3) - pd.DateOffset(days=1)).date()
            for i, u in enumerate(units.itertuples(index=False)):
                weights = dict(CHANNEL_WEIGHTS)
                weights["forum"] = FORUM_REGION.get(u.region_id, weights["forum"])
                w = np.array([weights[c] for c in channels])
                total = rng.poisson(max(u.staff, 1) * FEEDBACK_PER_100_STAFF / 100)
                if total == 0:
                    continue
                by_channel = rng.multinomial(total, w / w.sum())
                for c, n in zip(channels, by_channel, strict=True):
                    if n == 0:
                        continue
                    topics = rng.multinomial(n, np.full(len(TOPICS), 1 / len(TOPICS)))
                    for topic, k in zip(TOPICS, topics, strict=True):
                        if k == 0:
                            continue
                        resolved = int(rng.binomial(k, resolution[i]))
                        rows.append(
                            {
                                "unit_id": u.unit_id,
                                "period_start": start.date(),
                                "period_end": end,
                                "channel": c,
                                "topic": topic,
                                "received": int(k),
                                "resolved": resolved,
                                "mean_days_to_resolve": round(float(max(0.5, rng.normal(days[i], 1.5))), 1)
                                if resolved
                                else None,
                            }
                        )
    return pd.DataFrame(rows)


def _indicators(rng, units: pd.DataFrame) -> pd.DataFrame:
    rows = []
    team_quarter = (
        pd.Timestamp(np.datetime64(MONTH0, "M") + np.timedelta64(ENV_TEAM_MONTH, "M"))
        .to_period("Q")
        .start_time
    )
    effect_from = team_quarter + pd.DateOffset(months=3 * OUTCOME_LAG_QUARTERS)
    quarters = [pd.Timestamp(y, 3 * q + 1, 1) for y in YEARS for q in range(4)]
    permits = units[units["unit_id"].str.endswith("-DPMPTSP")]
    for start in quarters:
        end = (start + pd.DateOffset(months=3) - pd.DateOffset(days=1)).date()
        years = (start - pd.Timestamp(2021, 1, 1)).days / 365.25
        if ENV_TEAM_UNIT in set(units["unit_id"]):
            value = (
                CLEANLINESS_BASE + CLEANLINESS_TREND * years + CLEANLINESS_EFFECT * (start >= effect_from)
                + rng.normal(0, CLEANLINESS_NOISE_SD)
            )  # fmt: skip
            rows.append(
                {"unit_id": ENV_TEAM_UNIT, "indicator": "Indeks Kebersihan Kota", "unit_of_measure": "indeks 0-100",
                 "direction": "higher", "period_start": start.date(), "period_end": end, "value": round(float(value), 1)}
            )  # fmt: skip
        for u in permits.itertuples(index=False):
            value = max(1.0, 9.0 - 0.6 * years + rng.normal(0, 0.6))
            rows.append(
                {"unit_id": u.unit_id, "indicator": "Waktu Proses Perizinan", "unit_of_measure": "hari kerja",
                 "direction": "lower", "period_start": start.date(), "period_end": end, "value": round(float(value), 1)}
            )  # fmt: skip
    return pd.DataFrame(rows)
