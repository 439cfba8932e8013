"""Charts and labels of the Kinerja page (and the kinerja slide).

Presentational only, like :mod:`ui.components`. Regions may rate monthly, quarterly or
only annually, so a trend's points have each region's own grain (the ``grain`` column of
:func:`analytics.kinerja.kinerja_trend`): lines are drawn on a date axis, the predikat bars
give each region its own panel and periods. Shares carry their 95 % Wilson interval as a
band (``<share>_low`` / ``_high``).
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analytics.reference import ORGANISATION_RATINGS, PREDIKAT_LABELS
from reporting import fmt, regions
from reporting.charts.style import (
    CHART_HEIGHT,
    PREDIKAT_COLORS,
    percent_axis_ticks,
    period_label,
    style_figure,
    wrap_words,
)
from reporting.safe import md
from reporting.text import current_lang, indicator_label, pick, predikat_label, region_name, t

CI_BAND_REGIONS = 4  # at most this many regions' trend lines get their 95 % band drawn
FACET_COLUMNS = 2
FACET_ROW_HEIGHT = 280
FACET_ROW_GAP = 130  # pixels between rows of panels


def _rgba(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _labels(df: pd.DataFrame, lang: str) -> list[str]:
    grains = df["grain"] if "grain" in df else pd.Series("month", index=df.index)
    return [period_label(p, g, lang) for p, g in zip(df["period"], grains, strict=True)]


def trend_with_ci(
    df: pd.DataFrame,
    y: str,
    *,
    y_label: str,
    percent: bool = True,
    height: int = CHART_HEIGHT,
    ci: bool = True,
) -> go.Figure:
    """One line per region over time (a date axis: regions of different grains share it),
    with the 95 % interval of ``y`` as a band where ``<y>_low`` / ``_high`` exist (for at
    most :data:`CI_BAND_REGIONS` regions; with more, in the hover only). Rows whose ``y``
    is empty (hidden for privacy, or no score) are left out."""
    lang = current_lang()
    data = df.dropna(subset=[y])
    fig = go.Figure()
    value = (lambda v: fmt.percent(v, 1, lang=lang)) if percent else (lambda v: fmt.number(v, 1, lang=lang))
    shown = regions.ordered(data["region_id"].unique())
    for region_id in shown:
        rows = data[data["region_id"] == region_id].sort_values("period")
        color = regions.region_color(region_id)
        name = region_name(region_id)
        x = pd.to_datetime(rows["period"])
        has_ci = ci and f"{y}_low" in rows and rows[f"{y}_low"].notna().any()
        # bands of many regions cover each other: then the interval is in the hover only
        if has_ci and len(shown) <= CI_BAND_REGIONS:
            fig.add_trace(
                go.Scatter(
                    x=list(x) + list(x[::-1]),
                    y=list(rows[f"{y}_high"]) + list(rows[f"{y}_low"][::-1]),
                    fill="toself",
                    fillcolor=_rgba(color, 0.15),
                    line={"width": 0},
                    hoverinfo="skip",
                    showlegend=False,
                    legendgroup=name,
                    name=name,
                )
            )
        hover = [
            f"{name}<br>{p}: {value(v)}"
            + (f"<br>95 %: {value(lo)} – {value(hi)}" if has_ci and not pd.isna(lo) else "")
            for p, v, lo, hi in zip(
                _labels(rows, lang),
                rows[y],
                rows[f"{y}_low"] if has_ci else rows[y],
                rows[f"{y}_high"] if has_ci else rows[y],
                strict=True,
            )
        ]
        fig.add_trace(
            go.Scatter(
                x=x,
                y=rows[y],
                mode="lines+markers" if len(rows) <= 24 else "lines",
                line={"color": color, "width": 2},
                marker={"size": 6},
                name=name,
                legendgroup=name,
                text=hover,
                hovertemplate="%{text}<extra></extra>",
            )
        )
    fig.update_xaxes(title=t("axis.period"), type="date")
    fig.update_yaxes(title=y_label)
    fig = style_figure(fig, height=height, percent_axis="y" if percent else None, from_zero=False)
    fig.update_xaxes(tickformat=None)
    if not data.empty:
        dates = pd.to_datetime(data["period"])
        if (dates.max() - dates.min()).days >= 730:  # a tick a year, at the years of the data
            fig.update_xaxes(dtick="M12", tick0=f"{dates.min().year}-01-01", tickformat="%Y")
    if percent and not data.empty:
        low = data[f"{y}_low"] if ci and f"{y}_low" in data else data[y]
        high = data[f"{y}_high"] if ci and f"{y}_high" in data else data[y]
        percent_axis_ticks(fig, "y", from_zero=False, low=float(low.min()), high=float(high.max()))
    fig.update_layout(showlegend=True)
    return fig


def indicator_dots(
    df: pd.DataFrame,
    value: str,
    *,
    x_label: str,
    order: list[str],
    percent: bool,
    interval: tuple[str, str] | None = None,
) -> go.Figure:
    """One row per indicator (in ``order``), one dot per region in its colour, with its
    95 % interval where ``interval`` names the columns. Shares start at zero; scores (far
    from zero: 78–84) get an axis zoomed to their range, which its title says, so that
    the indicators' differences show instead of three equal bars."""
    lang = current_lang()
    data = df.dropna(subset=[value])
    region_ids = regions.ordered(data["region_id"].unique())
    indicators = [i for i in order if i in set(data["indicator"])]
    n = len(region_ids)
    offsets = [0.0] if n == 1 else [-0.25 + 0.5 * k / (n - 1) for k in range(n)]
    show = (lambda v: fmt.percent(v, 1, lang=lang)) if percent else (lambda v: fmt.number(v, 1, lang=lang))
    fig = go.Figure()
    for region_id, offset in zip(region_ids, offsets, strict=True):
        rows = (
            data[data["region_id"] == region_id]
            .set_index("indicator")
            .reindex(indicators)
            .dropna(subset=[value])
        )
        color = regions.region_color(region_id)
        error = None
        if interval is not None and rows[interval[0]].notna().any():
            error = {
                "type": "data",
                "array": (rows[interval[1]] - rows[value]).fillna(0),
                "arrayminus": (rows[value] - rows[interval[0]]).fillna(0),
                "thickness": 1.5,
                "width": 4,
                "color": color,
            }
        fig.add_trace(
            go.Scatter(
                x=rows[value],
                y=[indicators.index(i) + offset for i in rows.index],
                mode="markers",
                marker={"size": 11, "color": color},
                error_x=error,
                name=region_name(region_id),
                text=[
                    f"{region_name(region_id)}<br>{indicator_label(i, lang)}: {show(v)}"
                    for i, v in rows[value].items()
                ],
                hovertemplate="%{text}<extra></extra>",
            )
        )
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(indicators))),
        ticktext=[indicator_label(i, lang) for i in indicators],
        autorange="reversed",
        showgrid=False,
        zeroline=False,
    )
    for k in range(len(indicators) - 1):  # a thin line between the indicators' rows
        fig.add_hline(y=k + 0.5, line_width=1, line_color="#dddddd")
    fig = style_figure(fig, height=max(200, 120 + len(indicators) * max(44, 16 * n)))
    fig.update_layout(showlegend=True)
    if percent:
        high = (
            data[interval[1]].max()
            if interval is not None and data[interval[1]].notna().any()
            else data[value].max()
        )
        fig.update_xaxes(title=x_label)
        percent_axis_ticks(fig, "x", low=0.0, high=float(high))
    else:
        low, high = float(data[value].min()), float(data[value].max())
        pad = max(0.5, (high - low) * 0.15)
        fig.update_xaxes(
            title=t("kinerja.axis.zoomed", label=x_label),
            range=[math.floor(low - pad), math.ceil(high + pad)],
        )
    return fig


def predikat_panels(df: pd.DataFrame) -> go.Figure:
    """100 % stacked bars of the predikat per period, one panel per region with its own
    periods (a region rating quarterly or annually has its own grain); Sangat Baik at the
    bottom. ``df``: :func:`analytics.kinerja.predikat_distribution` (hidden shares empty)."""
    lang = current_lang()
    region_ids = regions.ordered(df["region_id"].unique())
    cols = 1 if len(region_ids) == 1 else FACET_COLUMNS
    rows = math.ceil(len(region_ids) / cols)
    titles = ["<br>".join(wrap_words(region_name(r), 40)) for r in region_ids]
    height = FACET_ROW_HEIGHT * rows + FACET_ROW_GAP * (rows - 1) + 90
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=titles,
        shared_yaxes=True,
        horizontal_spacing=0.06,
        # room for the period labels (turned when many) and the next row's region name
        vertical_spacing=min(FACET_ROW_GAP / height, 0.9 / max(rows - 1, 1)),
    )
    for i, region_id in enumerate(region_ids):
        part = df[df["region_id"] == region_id].sort_values(["period", "predikat"])
        labels = dict(zip(part["period"], _labels(part, lang), strict=True))
        order = [labels[p] for p in sorted(labels)]
        for code in PREDIKAT_LABELS:
            rows_p = part[part["predikat"] == code]
            # a hidden share (privacy) is drawn as nothing, not as NaN: plotly restacks the
            # following traces from zero after a NaN, which put Kurang under Sangat Baik
            fig.add_trace(
                go.Bar(
                    x=[labels[p] for p in rows_p["period"]],
                    y=rows_p["share"].fillna(0.0),
                    name=predikat_label(code, lang),
                    marker_color=PREDIKAT_COLORS[code],
                    legendgroup=str(code),
                    showlegend=i == 0,
                    customdata=rows_p["evaluations"],
                    hovertemplate=f"{predikat_label(code, lang)}<br>%{{x}}: %{{y:.1%}}<extra></extra>",
                ),
                row=i // cols + 1,
                col=i % cols + 1,
            )
        fig.update_xaxes(
            type="category", categoryorder="array", categoryarray=order, row=i // cols + 1, col=i % cols + 1
        )
    fig.update_layout(barmode="stack", bargap=0.15)
    fig = style_figure(fig, height=height, percent_axis="y")
    fig.update_yaxes(range=[0, 1], tickformat=".0%")
    return fig


def slopes(df: pd.DataFrame, *, x_label: str, percent: bool, height: int | None = None) -> go.Figure:
    """The two readings of each region's trend as points with their 95 % CI: pooled (what the
    lines show, hollow) and within employees (net of training, moves and who is evaluated,
    filled), and a line at zero. ``df``: rows of one outcome of
    :func:`analytics.kinerja.kinerja_within_trend`; ``percent`` shows fractions as points
    (percentage points a year)."""
    lang = current_lang()
    scale = 100.0 if percent else 1.0
    region_ids = regions.ordered(df["region_id"].unique())
    names = [region_name(r) for r in region_ids]
    fig = go.Figure()
    for method, symbol, offset in (("pooled", "circle-open", -0.15), ("within", "circle", 0.15)):
        rows = df[df["method"] == method].dropna(subset=["estimate"])
        rows = rows.set_index("region_id").reindex(region_ids).dropna(subset=["estimate"])
        if rows.empty:
            continue
        position = [names.index(region_name(r)) + offset for r in rows.index]
        colors = [regions.region_color(r) for r in rows.index]
        hover = [
            f"{region_name(r)}<br>{t(f'kinerja.within.method.{method}')}: "
            f"{fmt.number(v * scale, 2, lang=lang, sign=True)}<br>95 %: "
            f"{fmt.num_range(lo * scale, hi * scale, 2, lang=lang)}<br>n = {fmt.integer(n, lang=lang)}"
            for r, v, lo, hi, n in zip(
                rows.index, rows["estimate"], rows["ci_low"], rows["ci_high"], rows["employees"], strict=True
            )
        ]
        fig.add_trace(
            go.Scatter(
                x=rows["estimate"] * scale,
                y=position,
                mode="markers",
                marker={"size": 12, "symbol": symbol, "color": colors, "line": {"width": 2, "color": colors}},
                error_x={
                    "type": "data",
                    "array": ((rows["ci_high"] - rows["estimate"]) * scale).fillna(0),
                    "arrayminus": ((rows["estimate"] - rows["ci_low"]) * scale).fillna(0),
                    "thickness": 2,
                    "width": 6,
                },
                name=t(f"kinerja.within.method.{method}"),
                text=hover,
                hovertemplate="%{text}<extra></extra>",
            )
        )
    fig.add_vline(x=0, line_dash="dash", line_color="#666666")
    fig.update_xaxes(title=x_label, zeroline=False)
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(names))),
        ticktext=["<br>".join(wrap_words(n, 22)) for n in names],
        autorange="reversed",
    )
    fig = style_figure(fig, height=height or slopes_height(len(names)))
    # the legend says which marker is which reading: show it even for one region
    fig.update_layout(showlegend=True, margin={"t": 60})
    return fig


def slopes_height(regions_shown: int) -> int:
    """Pixels of a :func:`slopes` chart of this many regions."""
    return max(220, 110 + 70 * regions_shown)


def basis_lines(trend: pd.DataFrame | None) -> list[str]:
    """One line per region: which period type its trends use and which outcome (score and
    ratings, or ratings only). ``trend``: :func:`analytics.kinerja.kinerja_trend`."""
    if trend is None or trend.empty:
        return []
    lines = []
    for region_id in regions.ordered(trend["region_id"].unique()):
        rows = trend[trend["region_id"] == region_id]
        period = rows["period_type"].iloc[0]
        scored = rows["scored"].fillna(0).sum() > 0
        lines.append(
            t(
                "kinerja.basis.line",
                region=md(region_name(region_id)),
                period=t(f"period_type.{period}"),
                outcome=t("kinerja.basis.scored" if scored else "kinerja.basis.ratings"),
            )
        )
    return lines


# ---------------------------------------------------------------- tables as shown
def within_table_frame(within: pd.DataFrame) -> pd.DataFrame:
    """:func:`analytics.kinerja.kinerja_within_trend` as its table reads: labels, and the
    trend a year in points (score) or percentage points (shares, fractions of 1 in the frame)."""
    per_year = within["outcome"].map(lambda o: 1.0 if o == "score" else 100.0)
    return within.assign(
        outcome_label=within["outcome"].map(lambda o: t(f"kinerja.within.outcome.{o}")),
        method_label=within["method"].map(lambda m: t(f"kinerja.within.method.{m}")),
        period_label=within["period_type"].map(lambda p: t(f"period_type.{p}")),
        estimate=within["estimate"] * per_year,
        ci_low=within["ci_low"] * per_year,
        ci_high=within["ci_high"] * per_year,
    )


def trend_table_frame(trend: pd.DataFrame, grain: str) -> pd.DataFrame:
    """:func:`analytics.kinerja.kinerja_trend` with each period labelled at its region's
    own grain ("T1 2024", or "2024" for a region rating only annually)."""
    lang = current_lang()
    return trend.assign(
        period_label=_labels(trend, lang),
        period_type_label=trend["period_type"].map(lambda p: t(f"period_type.{p}")),
    )


def cap_table_frame(cap: pd.DataFrame) -> pd.DataFrame:
    """:func:`analytics.kinerja.predikat_cap_check` with the organisation's rating and its
    source in words."""
    return cap.assign(
        org_rating_label=cap["org_rating"].map(lambda r: pick(ORGANISATION_RATINGS[int(r)])),
        org_rating_source_label=cap["org_rating_source"].map(lambda s: t(f"org_rating_source.{s}")),
    )
