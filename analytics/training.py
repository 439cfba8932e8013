"""Training: the JP entitlement, training volume and training impact."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run
from analytics.did import AUTO, OUTCOMES, check_outcome, did_from_cells, pick_outcome, treated_count
from analytics.filters import Filters
from analytics.stats import with_wilson

DEFAULT_MIN_JP = 20
MIN_JP_CHOICES = (10, 20, 40)  # thresholds precomputed in mart_did_cells (analytics/marts/30_training.sql)
EMPLOYEE_TYPES = ("PNS", "PPPK")  # PNS: at least 20 JP a year; PPPK: at most 24 JP a contract year
# Staff appointed during a year (convention, DOMAIN.md: L): their entitlement pro-rated by
# the months in service ('prorate'), or the full entitlement in rows of their own ('apart').
PART_YEAR_CHOICES = ("prorate", "apart")
DEFAULT_PART_YEAR = "prorate"


def _check_part_year(part_year: str) -> str:
    if part_year not in PART_YEAR_CHOICES:
        raise ValueError(f"part_year must be one of {PART_YEAR_CHOICES}, not {part_year!r}")
    return part_year


def jp_entitlement(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    employee_type: str = "PNS",
    part_year: str = DEFAULT_PART_YEAR,
) -> pd.DataFrame:
    """Staff of one type per region and year: mean and median JP, number and share reaching
    their entitlement (PNS 20 JP, PPPK 24 JP) with its 95 % Wilson interval (share_met_low,
    share_met_high); ``staff`` is
    'all' (part-year staff pro-rated) or, with ``part_year='apart'``, 'full_year' and
    'part_year' (held to the full entitlement)."""
    if employee_type not in EMPLOYEE_TYPES:
        raise ValueError(f"employee_type must be one of {EMPLOYEE_TYPES}, not {employee_type!r}")
    df = run(
        con,
        "jp_entitlement",
        employee_type=employee_type,
        part_year=_check_part_year(part_year),
        **filters.params(),
    )
    return with_wilson(df, "share_met", "employees")


def jp_by_unit(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, part_year: str = DEFAULT_PART_YEAR
) -> pd.DataFrame:
    """Mean JP and share of PNS employee-years reaching 20 JP per unit over the year range
    (with its 95 % Wilson interval), worst first; part-year staff pro-rated, or left out
    with ``part_year='apart'``."""
    df = run(con, "jp_by_unit", part_year=_check_part_year(part_year), **filters.params())
    return with_wilson(df, "share_met", "employee_years")


def training_volume(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Trainings, participants and JP by year, SIASN jenis diklat and category."""
    return run(con, "training_volume", **filters.params())


def _check_min_jp(min_jp: float) -> float:
    if min_jp not in MIN_JP_CHOICES:
        raise ValueError(f"min_jp must be one of {MIN_JP_CHOICES} (precomputed), not {min_jp!r}")
    return min_jp


def training_did_cells(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    min_jp: float = DEFAULT_MIN_JP,
    outcome: str = "score",
) -> pd.DataFrame:
    """The cell statistics behind :func:`training_impact` (n, sum and sum of squares of the
    change in ``outcome``: 'score' or 'hasil_di_atas')."""
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {tuple(OUTCOMES)}, not {outcome!r}")
    return run(con, "training_did_cells", min_jp=_check_min_jp(min_jp), outcome=outcome, **filters.params())


def training_impact(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    min_jp: float = DEFAULT_MIN_JP,
    outcome: str = AUTO,
) -> pd.DataFrame:
    """Difference-in-differences effect of a first substantive training of >= min_jp JP on
    kinerja: the monthly score (unit 'points'), or the share of months rated hasil kerja Di
    Atas Ekspektasi (a linear probability model; unit 'pp', the estimate a share difference).

    ``outcome='auto'`` takes the score where the filtered data have one for at least as
    many trained employees as the rating (:func:`analytics.did.pick_outcome`), else the
    rating. One row:
    outcome, unit, estimate, se, 95 % CI, n_treated, n_control, n_cells, treated_change,
    control_change.
    """
    chosen = check_outcome(outcome)
    cells = {
        o: training_did_cells(con, filters, min_jp=min_jp, outcome=o)
        for o in (OUTCOMES if chosen == AUTO else (chosen,))
    }
    if chosen == AUTO:
        chosen = pick_outcome({o: treated_count(c) for o, c in cells.items()})
    frame = did_from_cells(cells[chosen]).to_frame()
    frame.insert(0, "unit", OUTCOMES[chosen])
    frame.insert(0, "outcome", chosen)
    return frame


def training_event_study(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    min_jp: float = DEFAULT_MIN_JP,
    outcome: str = AUTO,
) -> pd.DataFrame:
    """Trained minus never-trained mean outcome by months since training (-12..12), 0 at
    month -1; ``outcome='auto'`` as :func:`training_impact` chooses it."""
    chosen = check_outcome(outcome)
    if chosen == AUTO:
        chosen = training_impact(con, filters, min_jp=min_jp)["outcome"].iloc[0]
    df = run(con, "training_event_study", min_jp=_check_min_jp(min_jp), outcome=chosen, **filters.params())
    return df.assign(outcome=chosen, unit=OUTCOMES[chosen])


def impact_coverage(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per region of the filter: whether it has the evaluations the impact estimates
    (training and moves) read, by outcome (score, hasil_di_atas): monthly ones, or quarterly
    ones standing for their months; a region rating only annually has neither."""
    return run(con, "impact_coverage", **filters.params())


def competency_change_after_training(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean change in assessed level per competency, trained in it between assessments or not."""
    return run(con, "competency_change_after_training", **filters.params())
