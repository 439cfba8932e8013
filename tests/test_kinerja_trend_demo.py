"""The within-employee trend recovers the demo's planted regional trends, which the
pooled trend (the slope of the yearly means) mixes with the training effect, moves
out of ill-fitting posts and who is evaluated when. Planted values from
``dataset_info.planted_effects`` (data/demo/params.py): ``region_trend_per_year`` on the score,
``rating_effects.region_trend_per_year`` on the rating shares (a region rated without
scores, as Sawahlunto in the demo, has only these)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from analytics import kinerja
from analytics.filters import Filters
from data.demo import DEFAULT_SEED, build_demo

RATING_OUTCOMES = {
    "hasil_di_atas": "share_di_atas",
    "sangat_baik": "share_sangat_baik",
    "baik_or_better": "share_baik",
}


def planted(con) -> dict:
    return json.loads(
        con.execute("select value from dataset_info where key = 'planted_effects'").fetchall()[0][0]
    )


def estimates(con) -> dict:
    df = kinerja.kinerja_within_trend(con, Filters())
    return {(r.region_id, r.outcome, r.method): r for r in df.itertuples()}


def test_within_employee_score_trend_on_the_small_demo(con):
    effects, got = planted(con), estimates(con)
    scored = [r for r in effects["region_trend_per_year"] if (r, "score", "within") in got]
    assert scored, "the demo has no region with scores"
    for region in scored:
        value = effects["region_trend_per_year"][region]
        within, pooled = got[(region, "score", "within")], got[(region, "score", "pooled")]
        assert abs(within.estimate - value) <= 4 * within.se + 0.02, (region, within.estimate, value)
        # the pooled slope carries the training effect and the moves: further off
        assert abs(pooled.estimate - value) > abs(within.estimate - value), region


@pytest.fixture(scope="module")
def larger_demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo20") / "demo.duckdb"
    build_demo(path, scale=0.2, seed=DEFAULT_SEED)
    return path


@pytest.mark.slow
def test_within_employee_trends_recover_the_planted_ones(larger_demo):
    con = duckdb.connect(str(larger_demo), read_only=True)
    try:
        effects, got = planted(con), estimates(con)
    finally:
        con.close()
    for region, value in effects["region_trend_per_year"].items():
        if (region, "score", "within") in got:
            within = got[(region, "score", "within")]
            assert abs(within.estimate - value) <= 3 * within.se + 0.02, (region, within.estimate, value)
    rating = effects["rating_effects"]["region_trend_per_year"]
    assert rating, "planted_effects has no rating trends"
    for region, shares in rating.items():
        for key, outcome in RATING_OUTCOMES.items():
            within = got[(region, outcome, "within")]
            value = shares[key]
            # a linear slope of a share against the mean per-row effect: close, not equal
            assert abs(within.estimate - value) <= 3 * within.se + 0.2 * abs(value) + 0.001, (
                region,
                outcome,
                within.estimate,
                value,
            )
    # Sawahlunto's planted decline (ratings only): the within-employee trend shows it, the
    # pooled one (what the yearly shares show) does not
    swl_within, swl_pooled = got[("SWL", "share_di_atas", "within")], got[("SWL", "share_di_atas", "pooled")]
    assert swl_within.ci_high < 0
    assert swl_pooled.ci_high > 0 and swl_pooled.estimate > swl_within.estimate
