"""Placements (penempatan): flows and rates of moves, declined moves, fit and
kinerja before vs after a move, and placement candidates.

Rates and shares come with 95 % intervals (``<column>_low``, ``<column>_high``:
exact Poisson for moves per 100 employees a year, Wilson for shares); kinerja after a
move is a difference-in-differences against comparable employees not moved
(:mod:`analytics.did`, the estimator of the training impact).

Moves are sliced by the region of the post moved into; the unit filter keeps
moves out of or into the unit, the jenis jabatan filter the kind of post
moved into. Appointments (pengangkatan) are not moves here.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd
from scipy import stats

from analytics.db import run
from analytics.did import (
    AUTO,
    OUTCOMES,
    check_outcome,
    did_from_cells,
    pick_outcome,
    treated_count,
    weighted_means,
)
from analytics.filters import Filters
from analytics.spec import Protect, metric, spec
from analytics.stats import with_wilson

FLOW_BY = ("unit", "jenis_jabatan")
DEFAULT_TOP_FLOWS = 40
_RATE = ("per_100_per_year", "per_100_per_year_low", "per_100_per_year_high")
_DECLINED = ("share_declined", "share_declined_low", "share_declined_high")
_ESTIMATE = ("estimate", "se", "ci_low", "ci_high", "treated_change", "control_change")
_MOVE_TYPES = ("rotasi", "mutasi", "promosi", "demosi", "pengangkatan")

MOVE_FLOWS = spec(
    keys=("region_id", "move_type", "source", "target"),
    columns="""
        region_id   key
        move_type   code
        source      key    penempatan.col.from
        target      key    penempatan.col.to
        moves       count  penempatan.col.moves
    """,
    protect=[Protect("moves")],
    values={"move_type": _MOVE_TYPES},
)
MOVES_WITHIN = spec(
    keys="region_id",
    columns="""
        region_id      key
        moves          count   penempatan.col.moves
        within         count   penempatan.col.within
        share_within   share   penempatan.col.share_within
    """,
    # the region's moves are on the page (move_rates); fewer than 5 within shows "<5"
    protect=[Protect("moves", values=("share_within",), parts={"within": ("share_within",)})],
    subcounts={"moves": ("within",)},
)
MOVE_RATES = spec(
    keys=("region_id", "move_type"),
    columns="""
        region_id               key
        move_type               code
        moves                   count    penempatan.col.moves
        employees               count
        years                   number+
        per_100_per_year        rate     penempatan.col.per_100
        per_100_per_year_low    rate     penempatan.col.ci_low
        per_100_per_year_high   rate     penempatan.col.ci_high
    """,
    # a rate over fewer than 5 moves, or over a region of fewer than 5 employees; the kinds
    # of move add up to the region's moves
    protect=[Protect("moves", values=_RATE, group=("region_id",)), Protect("employees", values=_RATE)],
    values={"move_type": _MOVE_TYPES},
)
_DECLINED_COLUMNS = """
        proposed              count    penempatan.col.proposed
        declined              count    penempatan.col.declined
        share_declined        share    penempatan.col.share_declined_moves
        share_declined_low    share    penempatan.col.ci_low
        share_declined_high   share    penempatan.col.ci_high
"""
DECLINED_BY_REGION = spec(
    keys=("region_id", "move_type"),
    columns="""
        region_id   key
        move_type   code
    """
    + _DECLINED_COLUMNS,
    protect=[Protect("proposed", parts={"declined": _DECLINED}, group=("region_id",))],
    values={"move_type": _MOVE_TYPES},
)
DECLINED_BY_UNIT = spec(
    keys="unit_id",
    columns="""
        region_id   key
        unit_id     key
        unit_name   label
    """
    + _DECLINED_COLUMNS,
    protect=[Protect("proposed", parts={"declined": _DECLINED}, group=("region_id",))],
)
FIT_BEFORE_AFTER = spec(
    keys=("region_id", "post"),
    columns="""
        region_id              key
        post                   code
        moves                  count    penempatan.col.moves
        n_jpm                  count    penempatan.col.n_jpm
        mean_jpm               score+
        qualified              count
        share_qualified        share
        mean_jpm_low           score    penempatan.col.jpm_ci_low
        mean_jpm_high          score    penempatan.col.jpm_ci_high
        share_qualified_low    share    penempatan.col.qual_ci_low
        share_qualified_high   share    penempatan.col.qual_ci_high
    """,
    protect=[
        Protect(
            "moves",
            values=("mean_jpm", "share_qualified", "share_qualified_low", "share_qualified_high"),
            parts={"n_jpm": ("mean_jpm", "mean_jpm_low", "mean_jpm_high"), "qualified": ()},
        )
    ],
    values={"post": ("before", "after")},
)
KINERJA_MOVE_CELLS = spec(
    keys=("move_group", "region_id", "jenis_jabatan", "baseline_band", "month", "treated"),
    columns="""
        move_group      code
        region_id       key
        jenis_jabatan   code     jenis_jabatan
        baseline_band   code
        month           date
        treated         code
        n               count
        sum_y           number
        sum_y2          number+
        sum_pre         number
        sum_post        number
    """,
    values={"move_group": ("all", "good_ill_fit"), "treated": (0, 1)},
)
KINERJA_CHANGE_AFTER_MOVE = spec(
    keys="move_group",
    columns="""
        move_group       code
        outcome          code
        unit             code
        n                count    penempatan.col.n_moves
        n_control        count    penempatan.col.n_control
        n_cells          count
        mean_before      number   penempatan.col.mean_before
        mean_after       number   penempatan.col.mean_after
        control_before   number   penempatan.col.control_before
        control_after    number   penempatan.col.control_after
        treated_change   number
        control_change   number
        estimate         number   pts
        se               number+  num2
        ci_low           number   pts   penempatan.col.ci_low
        ci_high          number   pts   penempatan.col.ci_high
    """,
    protect=[
        Protect("n", values=("mean_before", "mean_after", *_ESTIMATE)),
        Protect("n_control", values=("control_before", "control_after", *_ESTIMATE)),
    ],
    intervals=[("estimate", "ci_low", "ci_high")],
    values={
        "move_group": ("all", "good_ill_fit"),
        "outcome": ("score", "hasil_di_atas"),
        "unit": ("points", "pp"),
    },
)
PLACEMENT_CANDIDATES = spec(
    keys=("nip", "target_position_id"),
    columns="""
        rank                    rank
        nip                     key      penempatan.cand.col.nip
        name                    label    penempatan.cand.col.name
        region_id               key
        unit_id                 key
        unit_name               label
        position_id             key
        position_name           label    penempatan.cand.col.position
        education_field         code
        required_field          code
        qualification_fit       flag
        jpm                     score+
        band                    code     band   col.band_mapping
        basis                   code
        recent_value            number
        periods                 count
        region_median           number
        above_median            number
        percentile              share
        target_rank             rank
        target_position_id      key
        target_position_name    label    penempatan.cand.col.target
        target_unit_id          key
        target_unit_name        label    penempatan.cand.col.target_unit
        target_required_field   code
        target_gap              count    penempatan.cand.col.gap
        target_field_match      flag
    """,
    personal=True,
    values={"basis": ("score", "hasil_kerja_di_atas")},
)
PLACEMENT_CANDIDATE_COUNTS = spec(
    keys="unit_id",
    columns="""
        region_id        key
        unit_id          key
        unit_name        label
        candidates       count    penempatan.col.candidates
        field_mismatch   count    penempatan.col.field_mismatch
        low_jpm          count    penempatan.col.low_jpm
        target_posts     count    penempatan.col.target_posts
    """,
    protect=[Protect("candidates", values=("target_posts",), parts={"field_mismatch": (), "low_jpm": ()})],
)


@metric(MOVE_FLOWS)
def move_flows(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, by: str = "unit", top: int = DEFAULT_TOP_FLOWS
) -> pd.DataFrame:
    """Executed moves from one unit to another (or one jenis jabatan to another) per region and
    move type, the ``top`` largest flows. Moves within the same unit (jenis jabatan) are no
    flow: :func:`moves_within` counts them."""
    if by not in FLOW_BY:
        raise ValueError(f"by must be one of {FLOW_BY}, not {by!r}")
    return run(con, "move_flows", by=by, top=int(top), **filters.params())


@metric(MOVES_WITHIN)
def moves_within(con: duckdb.DuckDBPyConnection, filters: Filters, *, by: str = "unit") -> pd.DataFrame:
    """Executed moves per region and how many of them stay within the same unit (or jenis
    jabatan): the moves :func:`move_flows` leaves out of its diagram."""
    if by not in FLOW_BY:
        raise ValueError(f"by must be one of {FLOW_BY}, not {by!r}")
    return run(con, "moves_within", by=by, **filters.params())


@metric(MOVE_RATES)
def move_rates(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Rotations, transfers (mutasi) and promotions per 100 employees per year, per region,
    with the exact Poisson 95 % interval of the rate."""
    df = run(con, "move_rates", **filters.params())
    low, high = _poisson_interval(df["moves"].to_numpy(float))
    with np.errstate(invalid="ignore", divide="ignore"):
        per_100 = 100.0 / (df["employees"] * df["years"]).to_numpy(float)
    return df.assign(per_100_per_year_low=low * per_100, per_100_per_year_high=high * per_100)


@metric(DECLINED_BY_REGION)
def declined_by_region(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Proposed moves and the share declined (with its 95 % Wilson interval) per region and move type."""
    return with_wilson(run(con, "declined_by_region", **filters.params()), "share_declined", "proposed")


@metric(DECLINED_BY_UNIT)
def declined_by_unit(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Proposed moves and the share declined (95 % Wilson interval) per unit left, highest share first."""
    return with_wilson(run(con, "declined_by_unit", **filters.params()), "share_declined", "proposed")


@metric(FIT_BEFORE_AFTER)
def fit_before_after(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Mean JPM and share qualified against the post left ('before') and the post taken
    ('after'), with 95 % intervals: t for the mean JPM, Wilson for the share."""
    df = run(con, "fit_before_after", **filters.params())
    n = df["n_jpm"].to_numpy(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        half = stats.t.ppf(0.975, np.maximum(n - 1, 1)) * df["sd_jpm"].to_numpy(float) / np.sqrt(n)
    half = np.where(n >= 2, half, np.nan)
    df = df.drop(columns="sd_jpm").assign(
        mean_jpm_low=df["mean_jpm"] - half, mean_jpm_high=df["mean_jpm"] + half
    )
    return with_wilson(df, "share_qualified", "moves")


def _poisson_interval(k: np.ndarray, level: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Exact (Garwood) interval of the mean of a Poisson count observed as k."""
    alpha = 1 - level
    low = np.where(k > 0, stats.chi2.ppf(alpha / 2, 2 * k) / 2, 0.0)
    return low, stats.chi2.ppf(1 - alpha / 2, 2 * k + 2) / 2


MOVE_GROUPS = ("all", "good_ill_fit")


@metric(KINERJA_MOVE_CELLS)
def kinerja_move_cells(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, outcome: str = "hasil_di_atas"
) -> pd.DataFrame:
    """The cell statistics behind :func:`kinerja_change_after_move`: per move group, cell
    (region x jenis jabatan x baseline band x month) and group (treated = moved), n and
    the sums of the change in ``outcome`` (default the rating, which every monthly
    evaluation has) and of the means before and after."""
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {tuple(OUTCOMES)}, not {outcome!r}")
    return run(con, "kinerja_move_cells", outcome=outcome, **filters.params())


@metric(KINERJA_CHANGE_AFTER_MOVE)
def kinerja_change_after_move(
    con: duckdb.DuckDBPyConnection, filters: Filters, *, outcome: str = AUTO
) -> pd.DataFrame:
    """Does kinerja rise after a move? Difference-in-differences (months +3..+8 minus
    -6..-1) of executed moves against comparable employees not moved (same region, jenis
    jabatan, baseline band and month; cell fixed effects, HC1 95 % CI), for all moves
    ('all') and for good performers moved out of an ill-fitting post into a fitting one
    ('good_ill_fit', against good performers left in an ill-fitting post).

    The outcome is the monthly score ('points') or the share of months rated hasil kerja
    Di Atas ('pp', a share difference); ``outcome='auto'`` takes the score where the
    filtered moves have one at least as often as the rating. One row per group, both
    always: move_group, outcome, unit, n (moves), n_control, n_cells, mean_before,
    mean_after (the movers'), control_before, control_after, treated_change,
    control_change, estimate, se, ci_low, ci_high; means are weighted by cell as the
    estimate weighs them, so estimate = treated_change - control_change.
    """
    chosen = check_outcome(outcome)
    cells = {
        o: kinerja_move_cells(con, filters, outcome=o) for o in (OUTCOMES if chosen == AUTO else (chosen,))
    }
    if chosen == AUTO:
        chosen = pick_outcome({o: treated_count(c[c["move_group"] == "all"]) for o, c in cells.items()})
    rows = []
    for group in MOVE_GROUPS:
        part = cells[chosen][cells[chosen]["move_group"] == group].drop(columns="move_group")
        result = did_from_cells(part.drop(columns=["sum_pre", "sum_post"]))
        means = weighted_means(part, ("sum_pre", "sum_post")) if result.n_treated else {}
        rows.append(
            dict(
                move_group=group,
                outcome=chosen,
                unit=OUTCOMES[chosen],
                n=result.n_treated,
                n_control=result.n_control,
                n_cells=result.n_cells,
                mean_before=means.get("sum_pre_treated", np.nan),
                mean_after=means.get("sum_post_treated", np.nan),
                control_before=means.get("sum_pre_control", np.nan),
                control_after=means.get("sum_post_control", np.nan),
                treated_change=result.treated_change,
                control_change=result.control_change,
                estimate=result.estimate,
                se=result.se,
                ci_low=result.ci_low,
                ci_high=result.ci_high,
            )
        )
    return pd.DataFrame(rows)


@metric(PLACEMENT_CANDIDATES)
def placement_candidates(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Named list (personal data: signed-in analysts only): employees with good kinerja in an
    ill-fitting post, ranked, each with up to 3 better-fitting posts with a staffing gap. Data
    only: the reason in words is written by the UI (ui.candidate_list) from these columns."""
    return run(con, "placement_candidates", **filters.params())


@metric(PLACEMENT_CANDIDATE_COUNTS)
def placement_candidate_counts(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Placement candidates and the posts with a gap that would fit them, per unit (counts only)."""
    return run(con, "placement_candidate_counts", **filters.params())
