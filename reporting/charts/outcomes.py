"""Charts of the public-service outcomes (issue #14), as plain Plotly figures."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics import privacy, reference
from reporting import fmt
from reporting.charts.common import bar_by_region, stacked_shares
from reporting.charts.style import (
    CHART_HEIGHT,
    PREDIKAT_COLORS,
    reference_line,
    region_color_map,
    region_label_column,
    region_order,
    style_figure,
)
from reporting.text import predikat_label, region_name, t

MUTU_BOUNDS = {m: low for m, low, *_ in reference.IKM_MUTU if m in ("A", "B")}


def half_year_label(value) -> str:
    """``2024-07-01`` -> ``2024 S2`` (semester)."""
    ts = pd.Timestamp(value)
    return f"{ts.year} S{1 if ts.month <= 6 else 2}"


def ikm_trend_chart(df: pd.DataFrame) -> go.Figure:
    """IKM per region and half-year, a 95 % band across units, the mutu bounds B and A."""
    data = region_label_column(df[~privacy.is_suppressed(df, "ikm")].dropna(subset=["ikm"]))
    data = data.assign(period_label=data["period"].map(half_year_label)).sort_values("period")
    colors = region_color_map()
    fig = go.Figure()
    for region in region_order(data):
        rows = data[data["region"] == region]
        fig.add_scatter(
            x=rows["period_label"], y=rows["ikm"], name=region, mode="lines+markers",
            line={"color": colors.get(region)},
            error_y={"type": "data", "array": rows["ikm_high"] - rows["ikm"], "arrayminus": rows["ikm"] - rows["ikm_low"],
                     "thickness": 1, "width": 3},
        )  # fmt: skip
    for mutu, low in MUTU_BOUNDS.items():
        reference_line(fig, low)
        fig.add_annotation(x=1, xref="paper", y=low, text=f"{t('col.mutu')} {mutu}", showarrow=False, xanchor="right",
                           yanchor="bottom", font={"size": 11, "color": "#555555"})  # fmt: skip
    fig.update_xaxes(type="category", title=t("axis.period"))
    fig.update_yaxes(title=t("col.ikm"))
    return style_figure(fig, from_zero=False)


def step_effect_chart(effect: pd.DataFrame, *, factor: float = 1.0) -> go.Figure:
    """Before and after of the reformed units and of the comparison units: two lines whose
    difference in slope is the estimate (means weighted as the estimate weighs them)."""
    r = effect.iloc[0]
    fig = go.Figure()
    labels = [t("layanan.step.before"), t("layanan.step.after")]
    for group, before, after, color in (
        ("treated", r["mean_before"], r["mean_after"], "#1f77b4"),
        ("control", r["control_before"], r["control_after"], "#7f7f7f"),
    ):
        if pd.isna(before) or pd.isna(after):
            continue
        fig.add_scatter(x=labels, y=[before * factor, after * factor], name=t(f"layanan.step.group.{group}"),
                        mode="lines+markers+text", line={"color": color, "width": 3},
                        text=[fmt.number(before * factor, 1), fmt.number(after * factor, 1)], textposition="top center")  # fmt: skip
    fig.update_xaxes(type="category")
    fig.update_yaxes(title=t(f"layanan.outcome.{r['outcome']}"), zeroline=False)
    return style_figure(fig, height=320, from_zero=False)


def feedback_chart(df: pd.DataFrame) -> go.Figure:
    """Share of feedback resolved per channel and region, with its 95 % interval."""
    data = df.assign(channel_label=df["channel"].map(lambda c: t(f"channel.{c}")))
    return bar_by_region(
        data, x="channel_label", y="share_resolved", x_label=t("col.channel"), y_label=t("col.share_resolved"),
        percent=True, interval=("share_resolved_low", "share_resolved_high"), zoom=False,
    )  # fmt: skip


def indicator_chart(series: pd.DataFrame, *, lag_quarters: int) -> go.Figure:
    """Each unit indicator over time (one panel each), with a line at its reference quarter
    and a shaded lag after it."""
    from plotly.subplots import make_subplots

    groups = list(series.groupby(["unit_id", "indicator"], sort=False))
    titles = [
        f"{ind} — {g['unit_name'].iloc[0]} ({region_name(g['region_id'].iloc[0])})" for (_, ind), g in groups
    ]
    fig = make_subplots(rows=len(groups), cols=1, shared_xaxes=False, vertical_spacing=0.3 / max(len(groups), 1),
                        subplot_titles=titles)  # fmt: skip
    for i, (_, g) in enumerate(groups, start=1):
        g = g.sort_values("period_start")
        fig.add_scatter(x=pd.to_datetime(g["period_start"]), y=g["value"], mode="lines+markers", showlegend=False,
                        line={"color": "#1f77b4"}, row=i, col=1)  # fmt: skip
        ref = g["reference_quarter"].dropna()
        if len(ref):
            start = pd.Timestamp(ref.iloc[0])
            fig.add_vline(x=start, line_dash="dash", line_color="#555555", row=i, col=1)
            fig.add_vrect(x0=start, x1=start + pd.DateOffset(months=3 * lag_quarters), fillcolor="#cccccc",
                          opacity=0.3, line_width=0, row=i, col=1)  # fmt: skip
        fig.update_yaxes(title_text=g["unit_of_measure"].iloc[0], row=i, col=1)
    return style_figure(fig, height=max(CHART_HEIGHT, 260 * len(groups)), from_zero=False)


def predikat_spread_chart(df: pd.DataFrame) -> go.Figure:
    """The spread of predikat per region (one bar per region, 100 %)."""
    data = df.assign(predikat_label=df["predikat"].map(predikat_label))
    order = [predikat_label(p) for p in sorted(PREDIKAT_COLORS)]
    return stacked_shares(
        region_label_column(data).dropna(subset=["share"]), x="region", share="share", color="predikat_label",
        x_label=t("axis.region"), color_label=t("col.predikat"), color_order=order,
        color_map={predikat_label(p): c for p, c in PREDIKAT_COLORS.items()}, x_order=region_order(data),
        horizontal=True,
    )  # fmt: skip
