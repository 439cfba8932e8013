"""Charts of the Pelatihan page: the effect of training per region with its 95 % CI. Plain
Plotly, no Streamlit."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from reporting import fmt, regions
from reporting.charts.style import style_figure, wrap_words
from reporting.findings.training import ALL
from reporting.impact import impact_factor
from reporting.text import current_lang, t

POOLED_COLOR = "#333333"


def effect_by_region(numbers: pd.DataFrame, *, x_label: str) -> go.Figure:
    """One row per region in its colour, and the pooled estimate of all of them (dark, last):
    the estimate as a dot with its 95 % CI, in the unit of its outcome (score points, or
    percentage points: the frame holds a share difference), and a line at zero.
    ``numbers``: :func:`reporting.findings.training.by_region`, protected; rows whose
    estimate is hidden or missing are left out."""
    lang = current_lang()
    data = numbers.dropna(subset=["estimate", "ci_low", "ci_high"])
    factor = impact_factor(data.iloc[0]) if not data.empty else 1.0
    decimals = 1 if factor == 100 else 2
    fig = go.Figure()
    for position, row in enumerate(data.itertuples(index=False)):
        pooled = row.group == ALL
        color = POOLED_COLOR if pooled else regions.region_color(row.group)
        x, low, high = row.estimate * factor, row.ci_low * factor, row.ci_high * factor
        hover = (
            f"{row.label}<br>{x_label}: {fmt.number(x, decimals, lang=lang, sign=True)}"
            f"<br>95 %: {fmt.number(low, decimals, lang=lang)} – {fmt.number(high, decimals, lang=lang)}"
            f"<br>n = {fmt.integer(row.n_treated, lang=lang)} / {fmt.integer(row.n_control, lang=lang)}"
        )
        fig.add_trace(
            go.Scatter(
                x=[x],
                y=[position],
                mode="markers",
                marker={"size": 13, "color": color, "symbol": "diamond" if pooled else "circle"},
                error_x={
                    "type": "data",
                    "array": [high - x],
                    "arrayminus": [x - low],
                    "thickness": 2,
                    "width": 6,
                },
                name=row.label,
                text=[hover],
                hovertemplate="%{text}<extra></extra>",
                showlegend=False,
            )
        )
    fig.add_vline(x=0, line_dash="dash", line_color="#666666")
    fig.update_xaxes(title=x_label, zeroline=False, rangemode="tozero")
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(data))),
        ticktext=["<br>".join(wrap_words(str(label), 22)) for label in data["label"]],
        autorange="reversed",
    )
    return style_figure(fig, height=max(220, 100 + 48 * len(data)))


def axis_label(numbers: pd.DataFrame) -> str:
    """The x axis of :func:`effect_by_region`: score points or percentage points."""
    unit = (
        numbers["unit"].dropna().iloc[0] if "unit" in numbers and numbers["unit"].notna().any() else "points"
    )
    return t("impact.axis.hasil_di_atas") if unit == "pp" else t("story.training.axis")
