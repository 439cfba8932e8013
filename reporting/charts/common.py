"""Charts many pages use, as plain Plotly figures (no Streamlit): lines and bars by
region, heatmaps, stacked shares, summed bars, the event study. Cells a viewer may not
see (:func:`analytics.privacy.protect`) are left out."""

from __future__ import annotations

import math

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from analytics import privacy
from reporting import fmt
from reporting.cells import _visible
from reporting.charts.style import (
    CATEGORY_COLORS,
    CHART_HEIGHT,
    SEQUENTIAL,
    axis_values,
    percent_axis_ticks,
    percent_ticks,
    period_label_column,
    region_color_map,
    region_label_column,
    region_order,
    style_figure,
)
from reporting.text import current_lang, t


def line_by_region(
    df: pd.DataFrame,
    y: str,
    *,
    y_label: str,
    grain: str | None = None,
    percent: bool = False,
    height: int = CHART_HEIGHT,
) -> go.Figure:
    """One line per region over ``period``."""
    data, order = period_label_column(region_label_column(df), grain)
    fig = px.line(
        data,
        x="period_label",
        y=y,
        color="region",
        markers=len(order) <= 24,
        color_discrete_map=region_color_map(),
        category_orders={"period_label": order, "region": region_order(df)},
        labels={"period_label": t("axis.period"), y: y_label, "region": t("axis.region")},
    )
    fig.update_xaxes(type="category")
    return style_figure(fig, height=height, percent_axis="y" if percent else None, from_zero=False)


def bar_by_region(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    x_label: str,
    y_label: str,
    percent: bool = False,
    horizontal: bool = False,
    category_order: list | None = None,
    height: int | None = None,
    interval: tuple[str, str] | None = None,
    zoom: bool | None = None,
) -> go.Figure:
    """Grouped bars with one colour per region. ``x`` is the category, ``y`` the value;
    ``interval`` names the columns of its 95 % interval (low, high), drawn as error bars.

    Horizontal bars get (unless ``height`` is given) a height for their number of
    categories and regions, so that a bar stays a few pixels thick with many regions.

    Values far from zero (scores of 78-84, not shares): a bar's length would hide the
    differences, and a bar that does not start at zero misleads. Then (``zoom=None``:
    when every value is positive and the smallest above half the largest; ``zoom=True``
    always) the values are dots on an axis zoomed to their range, and the axis title
    says it does not start at zero."""
    values = pd.to_numeric(df[y], errors="coerce").dropna()
    if zoom is None:
        zoom = not percent and len(values) > 0 and values.min() > 0 and values.min() > 0.5 * values.max()
    if zoom and len(values):
        return _dots_by_region(
            df, x=x, y=y, x_label=x_label, y_label=y_label, horizontal=horizontal,
            category_order=category_order, height=height, interval=interval, percent=percent,
        )  # fmt: skip
    if height is None:
        height = CHART_HEIGHT
        if horizontal:
            bars = df["region_id"].nunique() * BAR_PIXELS + GROUP_GAP
            height = max(CHART_HEIGHT, 140 + df[x].nunique() * bars)
    data = region_label_column(df)
    orders = {"region": region_order(df)}
    if category_order is not None:
        orders[x] = category_order
    kwargs = {"x": y, "y": x, "orientation": "h"} if horizontal else {"x": x, "y": y}
    if interval is not None:
        low, high = interval
        data = data.assign(_plus=data[high] - data[y], _minus=data[y] - data[low])
        axis = "x" if horizontal else "y"
        kwargs |= {f"error_{axis}": "_plus", f"error_{axis}_minus": "_minus"}
    fig = px.bar(
        data,
        color="region",
        barmode="group",
        color_discrete_map=region_color_map(),
        category_orders=orders,
        labels={x: x_label, y: y_label, "region": t("axis.region")},
        **kwargs,
    )
    if interval is not None:
        style = {"thickness": 1.2, "width": 3, "color": "#444444"}
        fig.update_traces(**{"error_x" if horizontal else "error_y": style})
    axis = "x" if horizontal else "y"
    return style_figure(fig, height=height, percent_axis=axis if percent else None)


def _dots_by_region(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    x_label: str,
    y_label: str,
    horizontal: bool,
    category_order: list | None,
    height: int | None,
    interval: tuple[str, str] | None,
    percent: bool,
) -> go.Figure:
    """:func:`bar_by_region` as a dot plot on a zoomed axis (see there)."""
    data = region_label_column(df)
    orders = {"region": region_order(df)}
    if category_order is not None:
        orders[x] = category_order
    zoomed = f"{y_label} {t('axis.zoomed')}"
    kwargs = {"x": y, "y": x} if horizontal else {"x": x, "y": y}
    if interval is not None:
        low, high = interval
        data = data.assign(_plus=data[high] - data[y], _minus=data[y] - data[low])
        axis = "x" if horizontal else "y"
        kwargs |= {f"error_{axis}": "_plus", f"error_{axis}_minus": "_minus"}
    fig = px.scatter(
        data,
        color="region",
        color_discrete_map=region_color_map(),
        category_orders=orders,
        labels={x: x_label, y: zoomed, "region": t("axis.region")},
        **kwargs,
    )
    fig.update_traces(marker={"size": 13, "line": {"width": 1, "color": "white"}})
    if interval is not None:
        style = {"thickness": 1.2, "width": 3, "color": "#444444"}
        fig.update_traces(**{"error_x" if horizontal else "error_y": style})
    # regions side by side within a category, as grouped bars would be
    fig.update_layout(scattermode="group", scattergap=0.4)
    value_axis = "x" if horizontal else "y"
    fig = style_figure(
        fig, height=height or CHART_HEIGHT, percent_axis=value_axis if percent else None, from_zero=False
    )
    if not percent:
        values = pd.to_numeric(pd.Series(axis_values(fig, value_axis)), errors="coerce").dropna()
        pad = (values.max() - values.min()) * 0.15 or 1.0
        update = fig.update_xaxes if horizontal else fig.update_yaxes
        update(range=[values.min() - pad, values.max() + pad], zeroline=False)
    return fig


HIDDEN_CELL = "#d9d9d9"  # a heatmap cell without a value (hidden for privacy, or none)

BAR_PIXELS = 5  # of a horizontal bar of bar_by_region

GROUP_GAP = 10  # pixels between its groups of bars


def heatmap(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    z: str,
    x_label: str,
    y_label: str,
    z_label: str,
    x_order: list | None = None,
    y_order: list | None = None,
    percent: bool = True,
    colorscale: str = SEQUENTIAL,
    zmid: float | None = None,
    height: int = 460,
) -> go.Figure:
    """A heatmap from long-form rows (no pivot needed); each cell shows its value (or its
    privacy marker, and no colour, where the value is suppressed)."""
    lang = current_lang()
    text = df[z].map(lambda v: fmt.percent(v, 0, lang=lang) if percent else fmt.number(v, 2, lang=lang))
    if privacy.is_suppressed(df, z).any():
        text = privacy.markers(df, z).where(privacy.is_suppressed(df, z), text)
    # the colour scale spans the values shown (76-92 % uses the whole scale, not a tenth of
    # 0-100 %); a hidden cell has no value and shows on grey, not as the palest colour
    shown = pd.to_numeric(df[z], errors="coerce").dropna()
    zmin, zmax = (float(shown.min()), float(shown.max())) if len(shown) else (None, None)
    if zmin is not None and zmin == zmax:
        zmin, zmax = zmin - 0.01, zmax + 0.01
    colorbar = {"title": {"text": z_label}}
    if percent and zmin is not None:
        ticks, texts = percent_ticks(zmin, zmax, lang)
        colorbar |= {"tickmode": "array", "tickvals": ticks, "ticktext": texts}
    fig = go.Figure(
        go.Heatmap(
            x=df[x],
            y=df[y],
            z=df[z],
            text=text,
            texttemplate="%{text}",
            colorscale=colorscale,
            zmin=None if zmid is not None else zmin,
            zmax=None if zmid is not None else zmax,
            zmid=zmid,
            xgap=1,
            ygap=1,
            colorbar=colorbar,
            hovertemplate=f"{y_label}: %{{y}}<br>{x_label}: %{{x}}<br>{z_label}: %{{text}}<extra></extra>",
        )
    )
    fig.update_layout(plot_bgcolor=HIDDEN_CELL)
    if x_order:
        fig.update_xaxes(categoryorder="array", categoryarray=x_order)
    if y_order:
        fig.update_yaxes(categoryorder="array", categoryarray=y_order, autorange="reversed")
    fig.update_xaxes(side="top")
    return style_figure(fig, height=height)


def stacked_shares(
    df: pd.DataFrame,
    *,
    x: str,
    share: str,
    color: str,
    x_label: str,
    color_label: str,
    color_order: list,
    color_map: dict,
    x_order: list | None = None,
    horizontal: bool = False,
    facet_region: bool = False,
    height: int | None = None,
) -> go.Figure:
    """100 % stacked bars: ``share`` (0–1) of each ``color`` category per ``x``.

    ``facet_region``: one panel per region, :data:`FACET_COLUMNS` a row; the height
    (unless given) grows with the rows, the gap between rows stays the same in pixels.
    """
    data = region_label_column(df) if "region_id" in df else df
    orders = {color: color_order}
    if x_order is not None:
        orders[x] = x_order
    if "region_id" in df:
        orders["region"] = region_order(df)
    kwargs = {"x": share, "y": x, "orientation": "h"} if horizontal else {"x": x, "y": share}
    if facet_region:
        rows = math.ceil(data["region"].nunique() / FACET_COLUMNS)
        height = height or FACET_ROW_HEIGHT * rows + 80
        kwargs |= {
            "facet_col": "region",
            "facet_col_wrap": FACET_COLUMNS,
            "facet_row_spacing": min(FACET_ROW_GAP / height, 0.9 / max(rows - 1, 1)),
        }
    height = height or CHART_HEIGHT
    fig = px.bar(
        data,
        color=color,
        category_orders=orders,
        color_discrete_map=color_map,
        labels={x: x_label, share: t("axis.share"), color: color_label, "region": t("axis.region")},
        **kwargs,
    )
    fig.update_layout(barmode="stack", bargap=0.15)
    if facet_region:
        fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
        fig.update_xaxes(type="category")
    fig = style_figure(fig, height=height)
    # the stacks add up to 100 %: the axis spans 0..1 whatever the largest part
    return percent_axis_ticks(fig, "x" if horizontal else "y", low=0.0, high=1.0)


FACET_COLUMNS = 2  # panels a row in stacked_shares(facet_region=True)

FACET_ROW_HEIGHT = 300  # pixels per row of panels

FACET_ROW_GAP = 80  # pixels between rows (room for the region's name)


def sum_bars(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    color: str,
    x_label: str,
    y_label: str,
    color_label: str,
    horizontal: bool = False,
    x_order: list | None = None,
    height: int = CHART_HEIGHT,
) -> go.Figure:
    """Stacked bars of ``y`` summed per ``x`` and ``color`` (plotly does the sum). Suppressed
    rows are left out, so a bar is the sum of the values shown."""
    df = _visible(df, y)
    orders = {x: x_order} if x_order is not None else {}
    kwargs = {"y": x, "x": y, "orientation": "h"} if horizontal else {"x": x, "y": y}
    fig = px.histogram(
        df,
        color=color,
        histfunc="sum",
        category_orders=orders,
        color_discrete_sequence=CATEGORY_COLORS,
        labels={x: x_label, y: y_label, color: color_label},
        **kwargs,
    )
    fig.update_layout(barmode="stack")
    # plotly's own hover says "sum of …" in English; say it in the user's words
    cat, val = ("y", "x") if horizontal else ("x", "y")
    fig.update_traces(
        hovertemplate=f"{color_label}: %{{fullData.name}}<br>{x_label}: %{{{cat}}}<br>"
        f"{y_label}: %{{{val}:,}}<extra></extra>"
    )
    if horizontal:
        fig.update_yaxes(categoryorder="total ascending", title=x_label)
        fig.update_xaxes(title=y_label)
    else:
        fig.update_xaxes(type="category", title=x_label)
        fig.update_yaxes(title=y_label)
    return style_figure(fig, height=height)


def event_study_chart(df: pd.DataFrame, *, x_label: str, y_label: str) -> go.Figure:
    """Difference trained − comparison by month since training, zero line, line at month 0."""
    fig = px.line(
        df, x="rel_month", y="difference", markers=True, labels={"rel_month": x_label, "difference": y_label}
    )
    fig.update_traces(
        line_color="#0072B2", hovertemplate=f"{x_label}: %{{x}}<br>{y_label}: %{{y:.2f}}<extra></extra>"
    )
    fig.add_hline(y=0, line_color="#555555", line_width=1)
    fig.add_vline(x=0, line_dash="dash", line_color="#d73027", line_width=1.5)
    fig.update_xaxes(dtick=3, zeroline=False)
    return style_figure(fig)
