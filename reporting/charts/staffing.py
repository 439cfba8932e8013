"""Charts of the Kebutuhan pegawai page: each region's headcount against its ABK need as a
dot on a line from 100 % (fill rates of 84-103 %: the distance from the need is the point),
and the posts most short of and over their need. One colour per region, the regions in
their display order. Plain Plotly; hidden cells are left out."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from reporting import fmt, regions
from reporting.charts.style import CHART_HEIGHT, reference_line, style_figure, wrap_words
from reporting.text import region_name, t

ROW_PIXELS = 44  # a region's or post's row
POSTS_UNDER, POSTS_OVER = 6, 4  # posts drawn each way
POST_PIXELS = 40  # a post's row (two lines: the post, its unit)


def fill_dots(by_region: pd.DataFrame) -> go.Figure:
    """Headcount / need per region: a dot in the region's colour on a line from 100 %
    (the need), its value beside it; the axis zoomed to the values and 100 %, marked so."""
    shown = by_region.dropna(subset=["fill_rate"])
    order = regions.ordered(shown["region_id"])
    fig = go.Figure()
    for region_id in order:
        row = shown[shown["region_id"] == region_id].iloc[0]
        name, value = html.escape(region_name(region_id)), row["fill_rate"]
        color = regions.region_color(region_id)
        hover = f"{name}: {fmt.percent(value)} ({fmt.integer(row['headcount'])} / {fmt.integer(row['staffing_need'])})"
        fig.add_trace(
            go.Scatter(
                x=[1.0, value], y=[name, name], mode="lines", line={"color": color, "width": 3},
                hoverinfo="skip", showlegend=False,
            )
        )  # fmt: skip
        fig.add_trace(
            go.Scatter(
                x=[value], y=[name], mode="markers+text", name=name, marker={"color": color, "size": 13},
                text=[fmt.percent(value)], textposition="middle left" if value < 1 else "middle right",
                hovertext=[hover], hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
            )
        )  # fmt: skip
    values = [*shown["fill_rate"], 1.0]
    pad = max((max(values) - min(values)) * 0.25, 0.02)
    height = max(160, 70 + ROW_PIXELS * len(order))
    style_figure(fig, height=height)
    fig.update_layout(margin={"t": 10})  # no legend: the regions name the rows
    fig.update_xaxes(
        range=[min(values) - pad, max(values) + pad], tickformat=".0%", showgrid=True,
        title=t("kebutuhan.axis.fill_zoomed"),
    )  # fmt: skip
    fig.update_yaxes(categoryorder="array", categoryarray=[html.escape(region_name(r)) for r in order],
                     autorange="reversed", title=None)  # fmt: skip
    return reference_line(fig, 1.0, axis="x")


def post_gaps(by_post: pd.DataFrame) -> go.Figure:
    """The posts most short of their need (left of zero) and most over it (right), ranked
    and shown only (a post held by fewer than 5 has no rank for a viewer), coloured by region."""
    ranked = by_post.dropna(subset=["rank", "gap"])
    under = ranked[ranked["direction"] == "under"].sort_values("rank").head(POSTS_UNDER)
    over = ranked[ranked["direction"] == "over"].sort_values("rank").head(POSTS_OVER).iloc[::-1]
    rows = pd.concat([under, over])
    several = by_post["region_id"].nunique() > 1

    def label(r) -> str:
        where = f"{r.unit_name} · {region_name(r.region_id)}" if several else str(r.unit_name)
        lines = [str(r.position_name), *wrap_words(where, 48, limit=1)]
        return "<br>".join(html.escape(line) for line in lines)

    data = rows.assign(label=[label(r) for r in rows.itertuples()])
    fig = go.Figure()
    for region_id in regions.ordered(data["region_id"].unique()):
        part = data[data["region_id"] == region_id]
        hover = [
            f"{html.escape(str(r.position_name))} ({html.escape(str(r.unit_name))}, {html.escape(region_name(r.region_id))})"
            f"<br>{t('col.staffing_need')}: {fmt.integer(r.staffing_need)}<br>{t('col.headcount')}: "
            f"{fmt.integer(r.headcount)}<br>{t('col.gap')}: {fmt.number(r.gap, sign=True)}"
            for r in part.itertuples()
        ]
        fig.add_trace(
            go.Bar(
                x=part["gap"], y=part["label"], orientation="h", name=html.escape(region_name(region_id)),
                marker_color=regions.region_color(region_id), hovertext=hover,
                hovertemplate="%{hovertext}<extra></extra>",
                text=[fmt.number(g, sign=True) for g in part["gap"]], textposition="outside", cliponaxis=False,
            )
        )  # fmt: skip
    style_figure(fig, height=max(CHART_HEIGHT, 110 + POST_PIXELS * len(data)))
    fig.update_yaxes(
        categoryorder="array", categoryarray=list(data["label"]), autorange="reversed", title=None
    )
    fig.update_xaxes(title=t("kebutuhan.axis.gap"), zeroline=True, zerolinecolor="#555555")
    fig.update_layout(barmode="overlay", bargap=0.35)
    return fig
