"""Measures of different size side by side, each on its own scale (plain Plotly).

A chart that put the succession pool (thousands) and the posts to fill (tens) on one
axis showed the posts as flat lines: each measure gets its panel here, the regions
down the side (horizontal bars: long region names need no tilting), one colour per
region as everywhere, and the value at the end of each bar. Cells a viewer may not
see (NaN after :func:`analytics.privacy.protect`) are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from reporting import fmt
from reporting.charts.style import CHART_HEIGHT, region_color_map, region_order, style_figure, wrap_words
from reporting.text import region_name


def bars_in_panels(
    df: pd.DataFrame,
    panels: Mapping[str, str],
    *,
    formatter: Callable[[float], str] = fmt.integer,
    height: int = CHART_HEIGHT,
    stacked: bool = False,
    title_chars: int = 26,
) -> go.Figure:
    """One panel per column of ``panels`` ({column: title}), each with its own scale: a bar
    per region (``region_id``), the first region on top; the panels side by side, or one
    above the other (``stacked``: a narrow box)."""
    order = region_order(df)
    colors = region_color_map()
    n = len(panels)
    fig = make_subplots(
        rows=n if stacked else 1,
        cols=1 if stacked else n,
        shared_yaxes=not stacked,
        subplot_titles=["<br>".join(wrap_words(title, title_chars)) for title in panels.values()],
        horizontal_spacing=0.06,
        vertical_spacing=0.22,
    )
    for j, column in enumerate(panels, start=1):
        part = df.dropna(subset=[column])
        names = [region_name(r) for r in part["region_id"]]
        fig.add_trace(
            go.Bar(
                x=part[column].tolist(),
                y=names,
                orientation="h",
                marker_color=[colors.get(n, "#888888") for n in names],
                text=[formatter(v) for v in part[column]],
                textposition="outside",
                cliponaxis=False,
                showlegend=False,
                name=panels[column],
                hovertemplate="%{y}: %{text}<extra>" + panels[column] + "</extra>",
            ),
            row=j if stacked else 1,
            col=1 if stacked else j,
        )
        # room for the value at the end of the longest bar; few ticks (the values are on the bars)
        top = float(part[column].max()) if not part.empty else 1.0
        fig.update_xaxes(
            range=[0, top * 1.35 or 1.0],
            nticks=3,
            tickangle=0,
            row=j if stacked else 1,
            col=1 if stacked else j,
        )
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=list(reversed(order)))
    fig = style_figure(fig, height=height)
    two_lines = any(len(title) > title_chars for title in panels.values())
    fig.update_layout(margin={"t": 60 if two_lines else 40})
    return fig
