"""The chart rules of issue #11, on the shared chart builders (reporting/charts): one percent
style with no duplicate ticks, a colour scale that spans the data, scores far from zero as
dots on a zoomed axis that says so, stacked shares over 0-100 %."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from reporting import fmt
from reporting.charts.common import bar_by_region, heatmap, line_by_region, stacked_shares
from reporting.charts.style import percent_ticks
from reporting.text import t


@pytest.mark.parametrize(
    "low, high",
    [(0.0, 1.0), (0.76, 0.92), (0.975, 0.985), (0.9, 0.92), (0.0, 0.48), (0.001, 0.004), (0.3, 0.3001)],
)
def test_percent_ticks_are_distinct_and_written_as_the_cards_write_them(low, high) -> None:
    values, texts = percent_ticks(low, high, "id")
    assert len(texts) == len(set(texts)) >= 1, texts  # "98 %, 98 %, 99 %" no more
    assert len(values) <= 7
    assert values[0] <= low + 1e-9 and values[-1] >= high - (values[1] - values[0] if len(values) > 1 else 1)
    for value, text in zip(values, texts, strict=True):
        assert text.endswith(" %")  # the cards' style: "99,6 %", not "100%"
        decimals = len(text.split(",")[1].split()[0]) if "," in text else 0
        assert text == fmt.percent(value, decimals, lang="id")


def test_a_narrow_trend_gets_ticks_that_differ() -> None:
    df = pd.DataFrame(
        {
            "region_id": ["SLT", "SLT", "SLT", "JMB", "JMB", "JMB"],
            "period": pd.to_datetime(["2023-01-01", "2024-01-01", "2025-01-01"] * 2),
            "share": [0.976, 0.981, 0.984, 0.979, 0.982, 0.985],
        }
    )
    fig = line_by_region(df, "share", y_label="Baik", percent=True)
    texts = list(fig.layout.yaxis.ticktext)
    lo, hi = fig.layout.yaxis.range
    shown = [x for x, v in zip(texts, fig.layout.yaxis.tickvals, strict=True) if lo <= v <= hi]
    assert len(shown) >= 3 and len(set(shown)) == len(shown), shown
    assert lo < 0.976 and hi > 0.985 and lo > 0.9  # a trend: not from zero


def test_a_heatmap_colour_scale_spans_the_values_shown() -> None:
    df = pd.DataFrame({"c": ["a", "b", "a", "b"], "r": ["x", "x", "y", "y"], "v": [0.76, 0.92, np.nan, 0.81]})
    fig = heatmap(df, x="c", y="r", z="v", x_label="c", y_label="r", z_label="v")
    trace = fig.data[0]
    assert (trace.zmin, trace.zmax) == (0.76, 0.92)
    assert fig.layout.plot_bgcolor == "#d9d9d9"  # a cell without a value is grey, not the palest blue
    assert all(s.endswith(" %") for s in trace.colorbar.ticktext)


def test_scores_far_from_zero_are_dots_on_a_zoomed_axis() -> None:
    df = pd.DataFrame(
        {"region_id": ["SLT", "JMB"] * 3, "indicator": ["hasil", "hasil", "sikap", "sikap", "disiplin", "disiplin"],
         "score": [78.4, 81.0, 80.2, 83.9, 79.5, 84.1]}
    )  # fmt: skip
    fig = bar_by_region(df, x="indicator", y="score", x_label="Indikator", y_label="Skor")
    assert {tr.type for tr in fig.data} == {"scatter"}
    lo, hi = fig.layout.yaxis.range
    assert 70 < lo < 78.4 and 84.1 < hi < 90
    assert fig.layout.yaxis.title.text == f"Skor {t('axis.zoomed')}"
    # counts and shares stay bars from zero
    counts = df.assign(score=[3, 40, 0, 12, 8, 9])
    assert {tr.type for tr in bar_by_region(counts, x="indicator", y="score", x_label="", y_label="")
            .data} == {"bar"}  # fmt: skip


def test_stacked_shares_span_0_to_100_percent() -> None:
    df = pd.DataFrame({"region_id": ["SLT"] * 3, "band": ["a", "b", "c"], "share": [0.2, 0.3, 0.5]})
    fig = stacked_shares(
        df, x="region_id", share="share", color="band", x_label="", color_label="", color_order=["a", "b", "c"],
        color_map={"a": "red", "b": "green", "c": "blue"},
    )  # fmt: skip
    low, high = fig.layout.yaxis.range
    assert low == 0 and high >= 1.0
    assert fig.layout.yaxis.ticktext[-1] == "100 %"
