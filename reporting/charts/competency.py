"""Charts of the Kompetensi page: the competencies met least often and the weakest units,
as dot plots on a zoomed axis (shares of 76-92 %, JPM of 85-99: bars from zero would make
them look alike). One colour per region, the regions in their display order. Plain
Plotly; hidden cells are left out."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from reporting import fmt, regions
from reporting.charts.style import CHART_HEIGHT, reference_line, style_figure, wrap_words
from reporting.findings.competency import pooled_coverage
from reporting.text import current_lang, region_name, t

ROW_PIXELS = 26  # a competency's or unit's row
WEAKEST_UNITS = 8
MARKER = {"size": 11, "line": {"width": 1, "color": "white"}}


def _zoomed(values: pd.Series, *, pad: float) -> list[float]:
    return [float(values.min()) - pad, float(values.max()) + pad]


def _dots(df: pd.DataFrame, *, x: str, y: str, hover: str, height: int) -> go.Figure:
    """One trace of dots per region (display order, the region's colour); ``df`` has
    region_id, the value ``x``, the label ``y`` and a ``hover`` text."""
    fig = go.Figure()
    for region_id in regions.ordered(df["region_id"].unique()):
        rows = df[df["region_id"] == region_id]
        fig.add_trace(
            go.Scatter(
                x=rows[x], y=rows[y], mode="markers", name=region_name(region_id), text=rows[hover],
                hovertemplate="%{text}<extra></extra>",
                marker={**MARKER, "color": regions.region_color(region_id)},
            )
        )  # fmt: skip
    return style_figure(fig, height=height)


def competency_dots(coverage: pd.DataFrame) -> go.Figure:
    """Share of assessed employees meeting the standard, per competency (the least met on
    top) and region: a dot per region, on an axis zoomed to the values and marked so."""
    lang = current_lang()
    shown = coverage.dropna(subset=["share_meeting"])
    order = [html.escape(c) for c in pooled_coverage(coverage)["competency"]]
    data = shown.assign(
        label=shown[f"competency_name_{lang}"].map(html.escape),
        hover=[
            f"{html.escape(c)}<br>{html.escape(region_name(r))}: {fmt.percent(v)} ({fmt.integer(m)} / {fmt.integer(a)})"
            for c, r, v, m, a in zip(
                shown[f"competency_name_{lang}"], shown["region_id"], shown["share_meeting"], shown["meeting"],
                shown["assessed"], strict=True,
            )
        ],
    )  # fmt: skip
    height = max(CHART_HEIGHT, 120 + ROW_PIXELS * len(order))
    fig = _dots(data, x="share_meeting", y="label", hover="hover", height=height)
    fig.update_yaxes(categoryorder="array", categoryarray=order, autorange="reversed", title=None)
    fig.update_xaxes(
        title=t("kompetensi.axis.zoomed", label=t("col.share_meeting")), tickformat=".0%",
        range=_zoomed(shown["share_meeting"], pad=0.01), showgrid=True,
    )  # fmt: skip
    return fig


def unit_dots(units: pd.DataFrame, n: int = WEAKEST_UNITS) -> go.Figure:
    """The ``n`` units with the lowest mean JPM shown (the weakest on top), coloured by
    region, with the mapping bands' limits (78, 90) as lines; the axis zoomed, marked so."""
    shown = units.dropna(subset=["mean_jpm"]).sort_values(["mean_jpm", "unit_id"], kind="stable").head(n)
    several = units["region_id"].nunique() > 1

    def label(row) -> str:
        name = row.unit_name if not several else f"{row.unit_name} · {region_name(row.region_id)}"
        return "<br>".join(html.escape(line) for line in wrap_words(name, 46, limit=2))

    data = shown.assign(
        label=[label(r) for r in shown.itertuples()],
        hover=[
            f"{html.escape(str(r.unit_name))} ({html.escape(region_name(r.region_id))})<br>"
            f"{t('col.mean_jpm')}: {fmt.number(r.mean_jpm, 1)}<br>{t('col.share_optimal')}: {fmt.percent(r.share_optimal)}"
            for r in shown.itertuples()
        ],
    )
    height = max(CHART_HEIGHT, 120 + int(1.6 * ROW_PIXELS) * len(data))
    fig = _dots(data, x="mean_jpm", y="label", hover="hover", height=height)
    fig.update_yaxes(
        categoryorder="array", categoryarray=list(data["label"]), autorange="reversed", title=None
    )
    fig.update_xaxes(
        title=t("kompetensi.axis.zoomed", label=t("col.mean_jpm")), tickformat=",~r",
        range=(zoom := _zoomed(data["mean_jpm"], pad=1)), showgrid=True,
    )  # fmt: skip
    for limit in (78, 90):  # the mapping bands' limits that fall on the axis
        if zoom[0] < limit < zoom[1]:
            reference_line(fig, limit, axis="x")
    return fig
