"""Charts of the Penempatan page that the shared components do not have: a
Sankey diagram of moves and an estimate-per-group chart with confidence intervals.

Purely presentational: labels and node positions only, no metric.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from analytics import privacy
from reporting.charts.style import CATEGORY_COLORS, style_figure
from reporting.text import t

MOVE_TYPES = ("rotasi", "mutasi", "promosi", "demosi")
MOVE_COLORS = {m: CATEGORY_COLORS[i] for i, m in enumerate(MOVE_TYPES)}


def move_label(code: str) -> str:
    return t(f"penempatan.move.{code}")


def with_move_labels(df: pd.DataFrame, source: str = "move_type", target: str = "move_label") -> pd.DataFrame:
    """Add the localized name of each move type."""
    return df.assign(**{target: df[source].map(move_label)})


def move_order(df: pd.DataFrame) -> list[str]:
    present = set(df["move_type"])
    return [move_label(m) for m in MOVE_TYPES if m in present]


def with_group_labels(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(group_label=df["move_group"].map(lambda g: t(f"penempatan.group.{g}")))


def with_post_labels(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(post_label=df["post"].map(lambda p: t(f"penempatan.post.{p}")))


def _rgba(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    if hex_color.startswith("rgb"):
        return hex_color.replace("rgb(", "rgba(").replace(")", f",{alpha})")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def sankey(
    df: pd.DataFrame,
    *,
    source: str = "source",
    target: str = "target",
    value: str = "moves",
    label: Callable = str,
    value_label: str = "",
    height: int = 560,
) -> go.Figure:
    """Moves from ``source`` (left column) to ``target`` (right column), one link per row,
    coloured by move type (a legend says which). Sources and targets are separate nodes,
    so a move within the same unit is a flow across, not a loop. Suppressed rows
    (:func:`ui.components.get`) are left out."""
    if f"{value}{privacy.SUPPRESSED}" in df:
        df = df[~privacy.is_suppressed(df, value)]
    sources = list(dict.fromkeys(df[source]))
    targets = list(dict.fromkeys(df[target]))
    s_index = {s: i for i, s in enumerate(sources)}
    t_index = {x: len(sources) + i for i, x in enumerate(targets)}
    moves = df["move_type"].tolist()
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            node={
                "label": [label(s) for s in sources] + [label(x) for x in targets],
                "pad": 10,
                "thickness": 14,
                "color": "#9aa5b1",
                "hovertemplate": "%{label}<br>" + value_label + ": %{value:,}<extra></extra>",
            },
            link={
                "source": [s_index[s] for s in df[source]],
                "target": [t_index[x] for x in df[target]],
                "value": df[value].tolist(),
                "color": [_rgba(MOVE_COLORS.get(m, "#999999"), 0.55) for m in moves],
                "customdata": [move_label(m) for m in moves],
                "hovertemplate": "%{customdata}: %{source.label} → %{target.label}<br>"
                + value_label
                + ": %{value:,}<extra></extra>",
            },
        )
    )
    # legend of the link colours: one empty marker trace per move type present
    for m in MOVE_TYPES:
        if m in set(moves):
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    marker={"size": 12, "color": MOVE_COLORS[m], "symbol": "square"},
                    name=move_label(m),
                    showlegend=True,
                )
            )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(plot_bgcolor="rgba(0,0,0,0)")
    return style_figure(fig, height=height)


def change_with_ci(
    df: pd.DataFrame, *, x_label: str, height: int = 260, value: str = "mean_change", factor: float = 1.0
) -> go.Figure:
    """``value`` per group (``group_label``) as a point with its 95 % CI (ci_low, ci_high),
    and a line at zero; ``factor`` scales all three (100: a share difference in points)."""
    data = df.dropna(subset=[value])
    x, low, high = (data[c].astype(float) * factor for c in (value, "ci_low", "ci_high"))
    fig = go.Figure(
        go.Scatter(
            x=x,
            y=data["group_label"],
            mode="markers",
            marker={"size": 12, "color": "#0072B2"},
            error_x={
                "type": "data",
                "array": (high - x).fillna(0),
                "arrayminus": (x - low).fillna(0),
                "thickness": 2,
                "width": 8,
            },
            customdata=pd.concat([data["n"], low, high], axis=1).to_numpy(),
            hovertemplate="%{y}<br>" + x_label + ": %{x:.2f}<br>95 %: %{customdata[1]:.2f} – "
            "%{customdata[2]:.2f}<br>n = %{customdata[0]:,}<extra></extra>",
            showlegend=False,
        )
    )
    fig.add_vline(x=0, line_dash="dash", line_color="#666666")
    fig.update_xaxes(title=x_label, zeroline=False)
    fig.update_yaxes(autorange="reversed")
    return style_figure(fig, height=height)
