"""The demo built in blocks of employees (issue #13: bounded memory at national scale).

Trainings, evaluations and assessments are drawn and inserted ``block`` employees at a
time; the first block draws from the build's own generator, later blocks from their
own. So a build of one block (the session's ``small_db``, and scale 1) is the unchunked
builder's, and a build of several blocks has the same organisation, employees (but their
names and golongan) and moves, the same evaluation rows per employee (they follow from the months in service), and the
planted effects, drawn afresh.
"""

from __future__ import annotations

import json

import duckdb
import numpy as np
import pandas as pd
import pytest

from analytics import placement, training
from analytics.filters import Filters
from data.demo import DEFAULT_SEED, FIT_PENALTY, TRAINING_EFFECT, build_demo
from data.demo.params import EVALUATION_REGIME
from tests.conftest import SMALL_SCALE

BLOCK = 600  # the small demo's ~2,300 employees in four blocks
DRAWN_BEFORE_BLOCKS = {
    "regions": "*",
    "units": "*",
    "positions": "*",
    "competency_standards": "*",
    "placements": "*",
    # names and golongan are drawn block by block, the rest before
    "employees": "* exclude (name, golongan)",
}


@pytest.fixture(scope="module")
def blocks_db(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    path = tmp_path_factory.mktemp("blocks") / "blocks.duckdb"
    build_demo(path, scale=SMALL_SCALE, seed=DEFAULT_SEED, block=BLOCK)
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def both(blocks_db, small_db) -> duckdb.DuckDBPyConnection:
    """One connection that sees the chunked build (b) and the one-block build (a)."""
    con = duckdb.connect()
    con.execute(f"attach '{small_db}' as a (read_only)")
    blocks_path = blocks_db.execute(
        "select path from duckdb_databases() where database_name = current_database()"
    )
    con.execute(f"attach '{blocks_path.fetchall()[0][0]}' as b (read_only)")
    yield con
    con.close()


def frame(con, sql: str) -> pd.DataFrame:
    return con.execute(sql).df()


@pytest.mark.parametrize("table", DRAWN_BEFORE_BLOCKS)
def test_tables_drawn_before_the_blocks_are_the_same(both, table):
    cols = DRAWN_BEFORE_BLOCKS[table]
    for x, y in (("a", "b"), ("b", "a")):
        sql = (
            f"select count(*) from (select {cols} from {x}.{table} except all select {cols} from {y}.{table})"
        )
        assert both.execute(sql).fetchall() == [(0,)], (table, x, y)
    if table == "employees":  # the names drawn afresh, from the same pools
        same = both.execute(
            "select count(*) from a.employees join b.employees using (nip) where a.employees.name = b.employees.name"
        )
        assert same.fetchall()[0][0] < 0.5 * both.execute("select count(*) from a.employees").fetchall()[0][0]


def test_every_employee_has_the_evaluations_of_their_months_in_service(blocks_db):
    """Recounted from employees.service_start and the regions' regimes: a monthly row per
    month in service (regions rating monthly), a quarterly row per quarter with a month in
    service (regions rating quarterly), an annual row per year with a month in service."""
    emp = frame(
        blocks_db,
        "select e.nip, u.region_id, e.service_start from employees e "
        "join positions p on p.position_id = e.position_id join units u on u.unit_id = p.unit_id",
    )
    start = pd.to_datetime(emp["service_start"])
    first = np.maximum((start.dt.year - 2021) * 12 + start.dt.month - 1, 0).to_numpy()
    regime = emp["region_id"].map({r: v[0] for r, v in EVALUATION_REGIME.items()}).to_numpy()
    expected = pd.DataFrame(
        {
            "bulanan": np.where(regime == "bulanan", 60 - first, 0),
            "triwulan": np.where(regime == "triwulan", 20 - first // 3, 0),
            "tahunan": 5 - first // 12,
        },
        index=emp["nip"],
    )
    got = frame(blocks_db, "select nip, period_type, count(*) as n from performance_evaluations group by all")
    got = got.pivot(index="nip", columns="period_type", values="n").reindex(expected.index).fillna(0)
    for col in expected:
        assert (got[col].astype(int) == expected[col]).all(), col


def test_same_evaluation_rows_and_similar_other_tables_as_one_block(both):
    def count(db, table):
        return both.execute(f"select count(*) from {db}.{table}").fetchall()[0][0]

    assert count("a", "performance_evaluations") == count("b", "performance_evaluations")
    assert count("b", "potential_assessments") == pytest.approx(count("a", "potential_assessments"), abs=5)
    for table in ("trainings", "competency_assessments"):
        assert count("b", table) == pytest.approx(count("a", table), rel=0.05), table
    # every employee's rows are there, in every block (no block lost or doubled)
    for table in ("performance_evaluations", "trainings", "competency_assessments"):
        a, b = (both.execute(f"select count(distinct nip) from {d}.{table}").fetchall()[0][0] for d in "ab")
        assert b == pytest.approx(a, rel=0.02), table


def test_blocks_draw_other_rows_but_a_rerun_draws_the_same(both, blocks_db, tmp_path):
    n = both.execute("select count(*) from (from a.trainings except all from b.trainings)").fetchall()[0][0]
    assert n > 0  # later blocks draw from their own generators
    again = tmp_path / "again.duckdb"
    build_demo(again, scale=SMALL_SCALE, seed=DEFAULT_SEED, block=BLOCK)
    both.execute(f"attach '{again}' as c (read_only)")
    try:
        for table in (
            "performance_evaluations",
            "trainings",
            "competency_assessments",
            "potential_assessments",
        ):
            diff = both.execute(f"select count(*) from (from b.{table} except all from c.{table})").fetchall()
            assert diff == [(0,)], table
    finally:
        both.execute("detach c")


def test_planted_rating_effects_are_combined_over_the_blocks(both):
    """The builder's rating effects (means over employees of their rows' effects) are made
    from each block's partial sums: the employee counts add up to those of one block."""
    effects = {}
    for db in "ab":
        raw = both.execute(f"select value from {db}.dataset_info where key = 'planted_effects'").fetchall()[
            0
        ][0]
        effects[db] = json.loads(raw)["rating_effects"]
    a, b = effects["a"]["training_first_substantive"], effects["b"]["training_first_substantive"]
    assert b["employees"] == pytest.approx(a["employees"], rel=0.1)
    assert b["hasil_di_atas"] == pytest.approx(a["hasil_di_atas"], abs=0.03)
    assert set(effects["b"]["region_trend_per_year"]) == set(effects["a"]["region_trend_per_year"])


@pytest.mark.slow
def test_planted_effects_are_recovered_from_a_build_in_blocks(tmp_path):
    """The score effects (training +3 points, the fit penalty lost by a good performer
    moved into a fitting post) within the estimators' 95 % intervals, from a demo of about
    7,800 employees built in four blocks."""
    path = tmp_path / "planted_blocks.duckdb"
    build_demo(path, scale=0.1, block=2000)
    con = duckdb.connect(str(path), read_only=True)
    try:
        scoring = Filters(regions=("DKI", "SLT"))
        r = training.training_impact(con, scoring).iloc[0]
        assert (r.outcome, r.unit) == ("score", "points")
        assert r.ci_low <= TRAINING_EFFECT <= r.ci_high, (r.estimate, r.ci_low, r.ci_high)
        m = placement.kinerja_change_after_move(con, scoring).set_index("move_group").loc["good_ill_fit"]
        assert m.ci_low <= -FIT_PENALTY <= m.ci_high, (m.estimate, m.ci_low, m.ci_high)
    finally:
        con.close()
