"""Charts of the Penempatan page that the shared components do not have: a Sankey
diagram of moves between units, an estimate-per-group chart with confidence intervals,
the post left against the post taken per region, and placement candidates per region
(every region in its colour, :mod:`reporting.regions`).

Purely presentational: labels and node positions only, no metric.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from analytics import privacy
from reporting import fmt, regions
from reporting.charts.style import CATEGORY_COLORS, style_figure
from reporting.text import region_name, t

MOVE_TYPES = ("rotasi", "mutasi", "promosi", "demosi")
RATED = MOVE_TYPES[:3]  # the kinds of move the rates count (move_rates); demotions are few
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


SANKEY_LABELS = 8  # the largest flows whose ends are named on the diagram (the rest on hover)
LABEL_CHARS = 34  # characters of a node's name on the diagram (in full on hover)


def _short(text: str, chars: int = LABEL_CHARS) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def sankey(
    df: pd.DataFrame,
    *,
    source: str = "source",
    target: str = "target",
    value: str = "moves",
    label: Callable = str,
    value_label: str = "",
    height: int = 560,
    labelled: int = SANKEY_LABELS,
) -> go.Figure:
    """Moves from ``source`` (left column) to ``target`` (right column), one link per row,
    coloured by move type (a legend says which). A move within the same unit is no flow
    (``move_flows`` leaves them out; the page counts them apart): rows with ``source ==
    target`` are dropped here too. Only the ends of the ``labelled`` largest flows are
    named on the diagram, shortened to :data:`LABEL_CHARS` characters; every node and link
    names its units in full on hover. Suppressed rows (:func:`ui.components.get`) are left
    out."""
    if f"{value}{privacy.SUPPRESSED}" in df:
        df = df[~privacy.is_suppressed(df, value)]
    df = df[df[source] != df[target]]
    sources = list(dict.fromkeys(df[source]))
    targets = list(dict.fromkeys(df[target]))
    s_index = {s: i for i, s in enumerate(sources)}
    t_index = {x: len(sources) + i for i, x in enumerate(targets)}
    largest = df.nlargest(labelled, value, keep="first")
    named = {("s", s) for s in largest[source]} | {("t", x) for x in largest[target]}
    names = [str(label(s)) for s in sources] + [str(label(x)) for x in targets]
    shown = [
        _short(n) if (side, key) in named else ""
        for n, (side, key) in zip(
            names, [("s", s) for s in sources] + [("t", x) for x in targets], strict=True
        )
    ]
    moves = df["move_type"].tolist()
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            node={
                "label": shown,
                "customdata": names,
                "pad": 8,
                "thickness": 14,
                "color": "#9aa5b1",
                "hovertemplate": "%{customdata}<br>" + value_label + ": %{value:,}<extra></extra>",
            },
            link={
                "source": [s_index[s] for s in df[source]],
                "target": [t_index[x] for x in df[target]],
                "value": df[value].tolist(),
                "color": [_rgba(MOVE_COLORS.get(m, "#999999"), 0.55) for m in moves],
                "customdata": [
                    [move_label(m), str(label(s)), str(label(x))]
                    for m, s, x in zip(moves, df[source], df[target], strict=True)
                ],
                "hovertemplate": "%{customdata[0]}: %{customdata[1]} → %{customdata[2]}<br>"
                + value_label
                + ": %{value:,}<extra></extra>",
            },
            textfont={"size": 12},
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


ROW_OFFSET = 0.16  # of the "before" and "after" dots above and below their region's line


def before_after(
    df: pd.DataFrame,
    *,
    value: str,
    low: str | None = None,
    high: str | None = None,
    x_label: str,
    percent: bool = False,
    height: int | None = None,
) -> go.Figure:
    """The post left against the post taken, per region (``fit_before_after``: rows
    ``post`` before / after): a hollow grey dot for before, just above a dot in the
    region's colour for after, joined by a line, each with its 95 % interval (``low``,
    ``high``) as a thin whisker. Regions top to bottom in display order. A score (JPM
    90-93) sits on an axis zoomed to the values, whose title says it does not start at
    zero; a share on a percent axis. A region is left out unless both its rows are shown."""
    data = df[~privacy.is_suppressed(df, value)].dropna(subset=[value])
    both = data.groupby("region_id")["post"].nunique()
    data = data[data["region_id"].isin(both[both == 2].index)]
    order = regions.ordered(data["region_id"])
    place = {r: k for k, r in enumerate(order)}
    hover = "%{customdata} · {post}: %{x" + (":.1%" if percent else ":.1f") + "}<extra></extra>"
    fig = go.Figure()
    for r in order:  # the line from before to after, under the dots
        pair = data[data["region_id"] == r].set_index("post")[value]
        k = place[r]
        fig.add_trace(
            go.Scatter(
                x=[pair["before"], pair["after"]],
                y=[k - ROW_OFFSET, k + ROW_OFFSET],
                mode="lines",
                line={"color": "#c8c8c8", "width": 2},
                showlegend=False,
                hoverinfo="skip",
            )
        )
    for post, sign in (("before", -1), ("after", 1)):
        name = t(f"penempatan.legend.{post}")
        rows = data[data["post"] == post].set_index("region_id").reindex(order)
        error = None
        if low and high:
            error = {
                "type": "data",
                "array": (rows[high] - rows[value]).fillna(0).tolist(),
                "arrayminus": (rows[value] - rows[low]).fillna(0).tolist(),
                "thickness": 1.5,
                "width": 0,
                "color": "#9a9a9a",
            }
        if post == "before":
            marker = {"size": 11, "color": "white", "line": {"width": 2, "color": "#777777"}}
        else:
            colors = [regions.region_color(r) for r in order]
            marker = {"size": 12, "color": colors, "line": {"width": 1, "color": "white"}}
        fig.add_trace(
            go.Scatter(
                x=rows[value].tolist(),
                y=[place[r] + sign * ROW_OFFSET for r in order],
                customdata=[region_name(r) for r in order],
                mode="markers",
                name=name,
                marker=marker,
                error_x=error,
                hovertemplate=hover.replace("{post}", name),
            )
        )
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(order))),
        ticktext=[region_name(r) for r in order],
        range=[len(order) - 0.5, -0.5],
        zeroline=False,
        showgrid=False,
    )
    fig.update_xaxes(title=x_label if percent else f"{x_label} {t('penempatan.axis.zoomed')}", zeroline=False)
    return style_figure(
        fig,
        height=height or max(190, 100 + 44 * len(order)),
        percent_axis="x" if percent else None,
        from_zero=False,
    )


def candidates_by_region(
    df: pd.DataFrame, *, value: str = "candidates", x_label: str, height: int | None = None
) -> go.Figure:
    """Placement candidates per region (the units' counts as shown, summed; hidden units
    left out, so a bar is the sum of the numbers the table shows): one horizontal bar per
    region in its colour, regions top to bottom in display order, the count at the bar's end."""
    shown = df[~privacy.is_suppressed(df, value)].dropna(subset=[value])
    totals = shown.groupby("region_id")[value].sum()
    order = regions.ordered(totals.index)
    names = [region_name(r) for r in order]
    values = [int(totals[r]) for r in order]
    fig = go.Figure(
        go.Bar(
            x=values,
            y=names,
            orientation="h",
            marker={"color": [regions.region_color(r) for r in order]},
            text=[fmt.integer(v) for v in values],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x:,}<extra></extra>",
        )
    )
    fig.update_yaxes(categoryorder="array", categoryarray=names, autorange="reversed")
    fig.update_xaxes(title=x_label, range=[0, max(values, default=1) * 1.12 or 1])  # room for the numbers
    return style_figure(fig, height=height or max(160, 70 + 36 * len(order)))


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
