"""The look every chart shares, on screen and in every file: colours, the height, the
legend's room, locale number formats, labels for regions, periods and codes. Plain
Plotly, no Streamlit."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from reporting import fmt, regions
from reporting.tables import label_formatters
from reporting.text import current_lang, region_name

# Sangat Baik -> Sangat Kurang, green to red.
PREDIKAT_COLORS = {1: "#1a9850", 2: "#91cf60", 3: "#fee08b", 4: "#fc8d59", 5: "#d73027"}

JPM_BAND_COLORS = {"MS": "#1a9850", "MMS": "#fee08b", "KMS": "#d73027"}

SEQUENTIAL = "Blues"

CHART_HEIGHT = 380

PNG_TITLE_SPACE = 70  # pixels above the chart for its question, in the PNG


def region_label_column(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``region`` (display name) next to ``region_id``."""
    return df.assign(region=df["region_id"].map(region_name))


def region_order(df: pd.DataFrame) -> list[str]:
    """The names of the regions in ``df``, in display order (one order everywhere)."""
    return [region_name(r) for r in regions.ordered(df["region_id"])]


def region_color_map() -> dict[str, str]:
    """One colour per region name, the same on every page and slide (:mod:`reporting.regions`)."""
    return regions.color_map_by_name()


_MONTHS = {
    "id": ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def _infer_grain(values: pd.Series) -> str:
    dates = pd.to_datetime(values)
    if (dates.dt.month == 1).all() and (dates.dt.day == 1).all():
        return "year"
    if dates.dt.month.isin([1, 4, 7, 10]).all() and dates.dt.day.eq(1).all():
        return "quarter"
    return "month"


def period_label(value, grain: str, lang: str | None = None) -> str:
    """``2024-04-01`` -> ``Apr 2024`` (month), ``T2 2024`` / ``Q2 2024`` (quarter), ``2024``."""
    lang = lang or current_lang()
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(int(value))
    ts = pd.Timestamp(value) if isinstance(value, dt.date | pd.Timestamp) else pd.Timestamp(str(value))
    if grain == "year":
        return str(ts.year)
    if grain == "quarter":
        q = (ts.month - 1) // 3 + 1
        return f"{'T' if lang == 'id' else 'Q'}{q} {ts.year}"
    return f"{_MONTHS[lang][ts.month - 1]} {ts.year}"


def period_label_column(df: pd.DataFrame, grain: str | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Add ``period_label``; return the frame and the labels in time order."""
    if grain is None:
        grain = (
            "month" if df["period"].map(lambda v: isinstance(v, str)).any() else _infer_grain(df["period"])
        )
    ordered = sorted(df["period"].unique())
    lang = current_lang()
    labels = {p: period_label(p, grain, lang) for p in ordered}
    return df.assign(period_label=df["period"].map(labels)), [labels[p] for p in ordered]


# The legend sits in the top margin, two rows of it in 70 px; plotly pushes the plot down
# for a longer one (many regions), so the figure gets that much more height and the plot
# keeps its size (an estimate: on a wide screen the plot is a little taller instead).
LEGEND_TOP = 70

LEGEND_WIDTH = 420  # pixels a legend row has in a half-width chart on a laptop


def legend_rows(fig: go.Figure, *, font_size: float = 13, width: float = LEGEND_WIDTH) -> int:
    """Rows a horizontal legend of the figure's trace names takes in ``width`` pixels
    (about 0.6 em a character and 40 px for the symbol and gap of an entry)."""
    names = [
        t.name
        for t in fig.data
        if t.name and (t.showlegend or (t.showlegend is None and t.type in ("scatter", "bar", "histogram")))
    ]
    rows, used = 0, width
    for name in dict.fromkeys(names):
        entry = len(str(name)) * font_size * 0.6 + 40
        if used + entry > width:
            rows, used = rows + 1, entry
        else:
            used += entry
    return rows


def legend_room(fig: go.Figure, *, font_size: float = 13, width: float = LEGEND_WIDTH) -> int:
    """Pixels of legend beyond the two rows the top margin holds."""
    if len(fig.data) <= 1:
        return 0
    return round(font_size * 1.7 * max(legend_rows(fig, font_size=font_size, width=width) - 2, 0))


def style_figure(
    fig: go.Figure, *, height: int = CHART_HEIGHT, percent_axis: str | None = None, from_zero: bool = True
) -> go.Figure:
    """Common look: locale separators, horizontal legend on top, tight margins.

    ``percent_axis`` ("x" or "y") shows shares 0–1 as percentages, from zero
    unless ``from_zero`` is False (trend lines, where the change is the point).
    A legend of more than two rows (:func:`legend_room`) adds to the height.
    """
    lang = current_lang()
    extra = legend_room(fig)
    fig.update_layout(
        height=height + extra,
        margin={"l": 10, "r": 10, "t": LEGEND_TOP if len(fig.data) > 1 else 30, "b": 10},
        separators=",." if lang == "id" else ".,",
        # legend in the top margin, clear of facet titles
        legend={
            "orientation": "h",
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "xanchor": "left",
            "x": 0,
            "title": None,
        },
        hoverlabel={"namelength": -1},
    )
    # full numbers with the locale's separators ("200.000"), not SI suffixes ("200k") or "2e+6"
    fig.update_xaxes(tickformat=",~r")
    fig.update_yaxes(tickformat=",~r")
    # text labels stay categories: plotly would read "2021" as a number and print "2.021"
    for axis, update in (("x", fig.update_xaxes), ("y", fig.update_yaxes)):
        columns = [getattr(trace, axis, None) for trace in fig.data]
        values = [v for col in columns if col is not None for v in col]
        if values and all(isinstance(v, str) for v in values):
            update(type="category")
    if percent_axis in ("x", "y"):
        percent_axis_ticks(fig, percent_axis, from_zero=from_zero)
    return fig


# ---------------------------------------------------------------- percent ticks
# Steps a percent axis may take (as shares): nice numbers, so that ticks read 80 %, 85 %, 90 %
_PERCENT_STEPS = (0.001, 0.002, 0.0025, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25)
MAX_TICKS = 6


def axis_values(fig: go.Figure, axis: str) -> list[float]:
    """Every number the traces put on an axis ("x" or "y"), error bars included."""
    values: list[float] = []
    for trace in fig.data:
        data = getattr(trace, axis, None)
        if data is None:
            continue
        base = pd.to_numeric(pd.Series(list(data)), errors="coerce")
        values += base.dropna().tolist()
        error = getattr(trace, f"error_{axis}", None)
        if error is not None and error.array is not None:
            plus = pd.to_numeric(pd.Series(list(error.array)), errors="coerce")
            minus_data = error.arrayminus if error.arrayminus is not None else error.array
            minus = pd.to_numeric(pd.Series(list(minus_data)), errors="coerce")
            values += (base + plus).dropna().tolist() + (base - minus).dropna().tolist()
    return values


def percent_ticks(low: float, high: float, lang: str | None = None) -> tuple[list[float], list[str]]:
    """Ticks for shares from ``low`` to ``high``: a nice step giving at most
    :data:`MAX_TICKS` ticks, each written as the dashboard writes a percentage (``85 %``,
    ``97,5 %``), with as many decimals as the step needs — so no two ticks read alike."""
    span = max(high - low, 1e-9)
    step = next((s for s in _PERCENT_STEPS if span / s <= MAX_TICKS - 1), 0.25)
    first = math.floor(low / step + 1e-9) * step
    values, v = [], first
    while v <= high + step * 1e-6:
        values.append(round(v, 6))
        v += step
    decimals = max(0, -math.floor(math.log10(step * 100) + 1e-9)) if step < 0.01 else 0
    decimals = max(decimals, 1 if round(step * 100, 6) % 1 else 0)
    return values, [fmt.percent(x, decimals, lang=lang) for x in values]


def percent_axis_ticks(fig: go.Figure, axis: str, *, from_zero: bool = True, low: float | None = None,
                       high: float | None = None) -> go.Figure:  # fmt: skip
    """Write a percent axis's ticks in the dashboard's percent style, without duplicates,
    over the data's range (from zero unless ``from_zero`` is False: a trend, where the
    change is the point)."""
    values = axis_values(fig, axis)
    if not values and (low is None or high is None):
        return fig
    lo = min(values) if low is None else low
    hi = max(values) if high is None else high
    if from_zero:
        lo = min(lo, 0.0)
    pad = (hi - lo) * 0.05 or 0.01
    span_lo, span_hi = (lo if from_zero else lo - pad), hi + pad
    ticks, texts = percent_ticks(span_lo, span_hi)
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    update(
        tickmode="array",
        tickvals=ticks,
        ticktext=texts,
        range=[span_lo, span_hi],
        hoverformat=".1%",
    )
    return fig


def figure_with_title(fig: go.Figure, title: str | None, *, height: int = CHART_HEIGHT) -> go.Figure:
    """A copy of ``fig`` for a file: its question as the title above the legend, white paper."""
    out = go.Figure(fig)
    out.update_layout(paper_bgcolor="white", plot_bgcolor=out.layout.plot_bgcolor or "white")
    if not title:
        return out
    total = height + PNG_TITLE_SPACE
    top = (out.layout.margin.t or 30) + PNG_TITLE_SPACE
    out.update_layout(
        title={
            "text": "<br>".join(_wrap(title, 110)),
            "x": 0.01,
            "xanchor": "left",
            "xref": "paper",
            "y": 1 - 12 / total,
            "yanchor": "top",
            "yref": "container",
            "font": {"size": 17},
        },
        margin={"t": top},
        legend={"y": 1 - PNG_TITLE_SPACE / total},
    )
    return out


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line][:2]


def wrap_words(text: str, width: int, *, limit: int = 2) -> list[str]:
    """``text`` on lines of at most ``width`` characters, at most ``limit`` lines (the rest
    of the text on the last one; a word longer than ``width`` stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and (len(lines[-1]) + 1 + len(word) <= width or len(lines) == limit):
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def label_column(df: pd.DataFrame, source: str, kind: str, target: str = "label") -> pd.DataFrame:
    """Add a display label for a code column (kinds as in :func:`table`), or pick the
    localized name column for ``kind="competency_name"`` (``competency_name_id``/``_en``)."""
    if kind == "competency_name":
        return df.assign(**{target: df[f"{source}_{current_lang()}"]})
    labels = label_formatters(current_lang())
    return df.assign(**{target: df[source].map(labels[kind])})


def ordered_labels(codes: Sequence, kind: str) -> list[str]:
    """Labels for codes in the given order (for ``category_orders``)."""
    labels = label_formatters(current_lang())
    return [labels[kind](c) for c in codes]


def reference_line(fig: go.Figure, value: float, *, axis: str = "y", dash: str = "dash") -> go.Figure:
    if axis == "y":
        fig.add_hline(y=value, line_dash=dash, line_color="#555555", line_width=1)
    else:
        fig.add_vline(x=value, line_dash=dash, line_color="#555555", line_width=1)
    return fig


CATEGORY_COLORS = px.colors.qualitative.Safe
