"""The Ringkasan's scorecard: one row per region (ranked), one column per target, each
cell the indicator's trend on a scale shared by every region, the target as a dashed line
and this year's value coloured by its status. Plain Plotly, no Streamlit."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from reporting import fmt, regions
from reporting.charts.style import style_figure
from reporting.findings.overview import INDICATORS, Targets
from reporting.text import region_name, t

STATUS_COLORS = {"met": "#1a9850", "near": "#b7791f", "below": "#d73027"}
STATUS_SYMBOLS = {"met": "✓", "near": "≈", "below": "✗"}
MUTED = "#8a8a8a"
TEXT = "#31333f"
LINE = "#9aa3ad"
CELL = "#f3f5f8"  # a cell's background (a shape: the app's theme keeps it)
ROW_HEIGHT = 60  # pixels a region's cells take
ROW_GAP = 30  # pixels between rows: the next region's name
HEAD, FOOT = 48, 26  # pixels for the column titles and the years under the last row
NAME_ROOM = 24  # pixels above a row's cells for its region's name
VALUE_ROOM = 0.9  # of the years shown, added right of the last year for the value's text


def trend_lines(
    baik: pd.DataFrame | None, optimal: pd.DataFrame | None, jp: pd.DataFrame | None
) -> pd.DataFrame:
    """The three indicators' yearly values as region_id, indicator, year, value, shown cells
    only: ``baik`` is ``kinerja_trend`` at year grain, ``optimal`` ``jpm_trend``, ``jp``
    ``jp_entitlement`` (PNS, part-year staff pro-rated) — all as protected."""
    parts = []
    if baik is not None and not baik.empty:
        parts.append(baik.assign(year=pd.to_datetime(baik["period"]).dt.year, value=baik["share_baik"]))
    if optimal is not None and not optimal.empty:
        parts.append(optimal.assign(year=optimal["as_of_year"], value=optimal["share_optimal"]))
    if jp is not None and not jp.empty:
        parts.append(jp[jp["staff"] == "all"].assign(value=lambda d: d["share_met"]))
    names = [c for c, p in zip(("share_baik", "share_optimal", "share_jp_met"), (baik, optimal, jp), strict=True)
             if p is not None and not p.empty]  # fmt: skip
    if not parts:
        return pd.DataFrame(columns=["region_id", "indicator", "year", "value"])
    frames = [
        p.assign(indicator=n)[["region_id", "indicator", "year", "value"]]
        for p, n in zip(parts, names, strict=True)
    ]
    out = pd.concat(frames, ignore_index=True).dropna(subset=["value"])
    return out.astype({"year": int})


def _row_label(row: pd.Series) -> str:
    """'1  ■ Kota Salatiga · 3.500 pegawai' (the rank, the region's colour, its headcount)."""
    square = f'<span style="color:{regions.region_color(row["region_id"])}">■</span>'
    marker = row.get("employees_marker")
    employees = marker if isinstance(marker, str) else fmt.integer(row["employees"])
    staff = t("ringkasan.card.employees", n=employees)
    return f'<b>{int(row["rank"])}</b>  {square} <b>{region_name(row["region_id"])}</b>  <span style="color:#666">· {staff}</span>'


def _value_text(row: pd.Series, indicator: str) -> tuple[str, str]:
    """The cell's value as shown and its colour: the status's, or grey for a hidden or
    missing value."""
    marker = row.get(f"{indicator}_marker")
    if isinstance(marker, str):
        return marker, MUTED
    status = row[f"{indicator}_status"]
    if status is None or pd.isna(row[indicator]):
        return fmt.MISSING, MUTED
    return f"{fmt.percent(row[indicator])} {STATUS_SYMBOLS[status]}", STATUS_COLORS[status]


def _y_range(card: pd.DataFrame, lines: pd.DataFrame, indicator: str, target: float) -> list[float]:
    values = [*card[indicator].dropna(), *lines.loc[lines["indicator"] == indicator, "value"], target]
    low, high = min(values), max(values)
    pad = max((high - low) * 0.15, 0.01)
    return [low - pad, high + pad]


def scorecard_chart(card: pd.DataFrame, lines: pd.DataFrame, targets: Targets, *, year_to: int) -> go.Figure:
    """``card`` from :func:`reporting.findings.overview.scorecard` (ranked), ``lines`` from
    :func:`trend_lines`. Each column shares one y scale (Sawahlunto's flat 85 % reads flat
    next to Salatiga's rise); the x axis runs over the years shown."""
    n = len(card)
    years = [*lines["year"].tolist(), year_to]
    x0, x1 = min(years), max(years)
    span = max(x1 - x0, 1)
    height = HEAD + FOOT + ROW_HEIGHT * n + ROW_GAP * (n - 1) + NAME_ROOM
    titles = [
        t("ringkasan.card.col", ind=t(f"ringkasan.card.name.{c}"), target=targets.label(c))
        for c in INDICATORS
    ]
    plot_height = height - HEAD - NAME_ROOM - FOOT
    fig = make_subplots(
        rows=n, cols=len(INDICATORS), column_titles=titles, horizontal_spacing=0.05,
        vertical_spacing=ROW_GAP / plot_height if n > 1 else 0,
    )  # fmt: skip
    for r, (_, row) in enumerate(card.iterrows(), start=1):
        for c, indicator in enumerate(INDICATORS, start=1):
            target = targets.values[indicator]
            fig.add_shape(
                type="rect", xref="x domain", yref="y domain", x0=0, x1=1, y0=0, y1=1, layer="below",
                fillcolor=CELL, line_width=0, row=r, col=c,
            )  # fmt: skip
            fig.add_trace(
                go.Scatter(
                    x=[x0 - 0.2, x1 + 0.2], y=[target, target], mode="lines", hoverinfo="skip",
                    line={"color": "#555555", "width": 1, "dash": "dot"}, showlegend=False,
                ),
                row=r, col=c,
            )  # fmt: skip
            own = lines[(lines["region_id"] == row["region_id"]) & (lines["indicator"] == indicator)]
            own = own.sort_values("year")
            text, color = _value_text(row, indicator)
            if not own.empty:
                hover = [
                    f"{region_name(row['region_id'])} · {y}: {fmt.percent(v)}"
                    for y, v in zip(own["year"], own["value"], strict=True)
                ]
                fig.add_trace(
                    go.Scatter(
                        x=own["year"], y=own["value"], mode="lines", line={"color": LINE, "width": 2},
                        text=hover, hovertemplate="%{text}<extra></extra>", showlegend=False,
                    ),
                    row=r, col=c,
                )  # fmt: skip
            value = row[indicator]
            shown = color != MUTED
            # the value is of year_to (the share Optimal: of the latest assessment year up to it)
            x_dot = own["year"].iloc[-1] if indicator == "share_optimal" and not own.empty else year_to
            y_text = value if shown else sum(_y_range(card, lines, indicator, target)) / 2
            if shown:
                fig.add_trace(
                    go.Scatter(
                        x=[x_dot], y=[value], mode="markers", marker={"color": color, "size": 10},
                        text=[f"{region_name(row['region_id'])} · {year_to}: {text}"],
                        hovertemplate="%{text}<extra></extra>", showlegend=False,
                    ),
                    row=r, col=c,
                )  # fmt: skip
            fig.add_annotation(
                x=x1 + 0.25, y=y_text, text=f"<b>{text}</b>", showarrow=False, xanchor="left", name=indicator,
                font={"color": color, "size": 15}, row=r, col=c,
            )  # fmt: skip
    for c, indicator in enumerate(INDICATORS, start=1):
        fig.update_yaxes(range=_y_range(card, lines, indicator, targets.values[indicator]), col=c)
    fig.update_yaxes(showticklabels=False, showgrid=False, zeroline=False, fixedrange=True)
    fig.update_xaxes(
        range=[x0 - 0.3, x1 + VALUE_ROOM * span + 0.6], showgrid=False, zeroline=False, fixedrange=True,
        showticklabels=False, tickvals=sorted({x0, x1}), ticktext=[str(x0), str(x1)] if x0 != x1 else [str(x0)],
    )  # fmt: skip
    fig.update_xaxes(showticklabels=True, tickfont={"size": 11, "color": "#666"}, row=n)
    # the rank, region and headcount above each row's cells
    for r, (_, row) in enumerate(card.iterrows(), start=1):
        fig.add_annotation(
            x=0, xref="paper", xanchor="left", y=fig.get_subplot(r, 1).yaxis.domain[1], yref="paper",
            yanchor="bottom", yshift=2, text=_row_label(row), showarrow=False, align="left", name="region",
            font={"size": 14, "color": TEXT},
        )  # fmt: skip
    style_figure(fig, height=height)
    fig.update_layout(
        margin={"l": 4, "r": 4, "t": HEAD + NAME_ROOM, "b": FOOT},
        plot_bgcolor="rgba(0,0,0,0)", showlegend=False, hovermode="closest",
    )  # fmt: skip
    for a in fig.layout.annotations[: len(INDICATORS)]:  # the column titles, above the first name
        a.update(font={"size": 14, "color": TEXT}, yshift=NAME_ROOM)
    return fig
