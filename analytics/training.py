"""Training: the JP entitlement, training volume and training impact."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run
from analytics.did import AUTO, OUTCOMES, check_outcome, did_from_cells, pick_outcome, treated_count
from analytics.filters import Filters
from analytics.spec import Protect, metric, spec
from analytics.stats import with_wilson

DEFAULT_MIN_JP = 20
MIN_JP_CHOICES = (10, 20, 40)  # thresholds precomputed in mart_did_cells (analytics/marts/30_training.sql)
EMPLOYEE_TYPES = ("PNS", "PPPK")  # PNS: at least 20 JP a year; PPPK: at most 24 JP a contract year
# Staff appointed during a year (convention, DOMAIN.md: L): their entitlement pro-rated by
# the months in service ('prorate'), or the full entitlement in rows of their own ('apart').
PART_YEAR_CHOICES = ("prorate", "apart")
DEFAULT_PART_YEAR = "prorate"
_MET = ("share_met", "share_met_low", "share_met_high")
_ESTIMATE = ("estimate", "se", "ci_low", "ci_high", "treated_change", "control_change")
_OUTCOMES = {"outcome": ("score", "hasil_di_atas"), "unit": ("points", "pp")}

JP_ENTITLEMENT = spec(
    keys=("region_id", "year", "staff"),
    columns="""
        region_id        key
        year             year
        staff            code
        employees        count
        part_year        count
        entitlement_jp   number+
        mean_jp          number+
        median_jp        number+
        met              count
        share_met        share    col.share_jp_met
        share_met_low    share    pelatihan.col.ci_low
        share_met_high   share    pelatihan.col.ci_high
    """,
    protect=[Protect("employees", values=("mean_jp", "median_jp"), parts={"met": _MET, "part_year": ()})],
    values={"staff": ("all", "full_year", "part_year")},
)
JP_BY_UNIT = spec(
    keys="unit_id",
    columns="""
        region_id        key
        unit_id          key
        unit_name        label
        employees        count
        employee_years   count
        mean_jp          number+
        met              count
        share_met        share    col.share_jp_met
        share_met_low    share    pelatihan.col.ci_low
        share_met_high   share    pelatihan.col.ci_high
    """,
    # the units add up to the region's PNS
    protect=[Protect("employees", values=("employee_years", "mean_jp", "met", *_MET), group=("region_id",))],
)
TRAINING_VOLUME = spec(
    keys=("year", "jenis_diklat", "category"),
    columns="""
        year                year
        jenis_diklat        code
        jenis_diklat_name   label    col.jenis_diklat
        category            code     category
        trainings           count
        participants        count
        jp_total            number+  int
    """,
    protect=[Protect("participants", values=("trainings", "jp_total"))],
)
TRAINING_DID_CELLS = spec(
    keys=("region_id", "jenis_jabatan", "baseline_band", "month", "treated"),
    columns="""
        region_id       key
        jenis_jabatan   code     jenis_jabatan
        baseline_band   code
        month           date
        treated         code
        n               count
        sum_y           number
        sum_y2          number+
    """,
    values={"treated": (0, 1)},
)
TRAINING_IMPACT = spec(
    columns="""
        outcome          code
        unit             code
        estimate         number   num2   col.estimate_per_year
        se               number+  num2
        ci_low           number   num2
        ci_high          number   num2
        n_treated        count
        n_control        count    penempatan.col.n_control
        n_cells          count
        treated_change   number
        control_change   number
    """,
    # the estimate is hidden when either group is small
    protect=[Protect("n_treated", values=_ESTIMATE), Protect("n_control", values=_ESTIMATE)],
    intervals=[("estimate", "ci_low", "ci_high")],
    values=_OUTCOMES,
)
TRAINING_EVENT_STUDY = spec(
    keys="rel_month",
    columns="""
        rel_month      key      int
        n_treated      count
        treated_mean   number
        control_mean   number
        difference     number   pts
        outcome        code
        unit           code
    """,
    protect=[Protect("n_treated", values=("treated_mean", "difference"))],
    values=_OUTCOMES,
)
IMPACT_COVERAGE = spec(
    keys="region_id",
    columns="""
        region_id       key
        score           flag
        hasil_di_atas   flag
    """,
)
COMPETENCY_CHANGE_AFTER_TRAINING = spec(
    keys="competency_id",
    columns="""
        competency_id        key      competency
        competency_name_id   label
        competency_name_en   label
        trained_n            count
        trained_change       number   pts
        untrained_n          count
        untrained_change     number   pts
        difference           number   pts
    """,
    protect=[
        Protect("trained_n", values=("trained_change", "difference")),
        Protect("untrained_n", values=("untrained_change", "difference")),
    ],
)


def _check_part_year(part_year: str) -> str:
    if part_year not in PART_YEAR_CHOICES:
        raise ValueError(f"part_year must be one of {PART_YEAR_CHOICES}, not {part_year!r}")
    return part_year


@metric(JP_ENTITLEMENT)
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


@metric(JP_BY_UNIT)
def jp_by_unit(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, part_year: str = DEFAULT_PART_YEAR
) -> pd.DataFrame:
    """Mean JP and share of PNS employee-years reaching 20 JP per unit over the year range
    (with its 95 % Wilson interval), worst first; part-year staff pro-rated, or left out
    with ``part_year='apart'``."""
    df = run(con, "jp_by_unit", part_year=_check_part_year(part_year), **filters.params())
    return with_wilson(df, "share_met", "employee_years")


@metric(TRAINING_VOLUME)
def training_volume(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Trainings, participants and JP by year, SIASN jenis diklat and category."""
    return run(con, "training_volume", **filters.params())


def _check_min_jp(min_jp: float) -> float:
    if min_jp not in MIN_JP_CHOICES:
        raise ValueError(f"min_jp must be one of {MIN_JP_CHOICES} (precomputed), not {min_jp!r}")
    return min_jp


@metric(TRAINING_DID_CELLS)
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


@metric(TRAINING_IMPACT)
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


@metric(TRAINING_EVENT_STUDY)
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


@metric(IMPACT_COVERAGE)
def impact_coverage(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Per region of the filter: whether it has the evaluations the impact estimates
    (training and moves) read, by outcome (score, hasil_di_atas): monthly ones, or quarterly
    ones standing for their months; a region rating only annually has neither."""
    return run(con, "impact_coverage", **filters.params())


@metric(COMPETENCY_CHANGE_AFTER_TRAINING)
def competency_change_after_training(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean change in assessed level per competency, trained in it between assessments or not."""
    return run(con, "competency_change_after_training", **filters.params())
