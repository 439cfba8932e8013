"""Where things go on a page of the handouts, in points: the table's column widths, sizes
and cuts, the page's plan (the chart's box, the table beside or below it or on the pages
after, the notes), and the chart drawn for its box.

A table goes beside the chart when it fits there, else below it at full width when the
chart keeps at least half the body's height, else on the pages after it (the chart then
takes the whole body). Columns are as wide as their longest text on one line where there
is room (headers and the key columns that name a row may wrap between words, a value
never; no word is ever broken): widths are measured with DejaVu Sans, which is wider than
the fonts a PPTX is shown with (Calibri, Carlito) and is the PDF's own font.

A chart's image is drawn at one layout pixel per point of its box, so a font of ``n``
pixels in the figure prints at ``n`` points (:func:`figure_for_box` raises every font of
the figure to at least the format's least size: 10 pt in print, 18 pt on a slide).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go

# A TTF with the characters of Indonesian and English texts (–, ≥, “ ”, …):
# fonts-dejavu-core on Debian (also what CI installs for Chromium).
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
)


def font_path() -> Path | None:
    """DejaVu Sans (or ``$ASN_REPORT_FONT``), if this machine has it."""
    import os

    for candidate in (os.environ.get("ASN_REPORT_FONT"), *FONT_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


@functools.cache
def _measurer():
    """An fpdf2 document in points with DejaVu Sans (regular, bold) loaded, or None."""
    from fpdf import FPDF

    font = font_path()
    if font is None:
        return None
    pdf = FPDF(unit="pt")
    bold = font.with_name(font.stem + "-Bold.ttf")
    pdf.add_font("m", "", str(font))
    pdf.add_font("m", "B", str(bold if bold.is_file() else font))
    return pdf


@functools.cache
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` in points at ``size`` in DejaVu Sans (0.62 em a character
    without it: wider than DejaVu's own average)."""
    pdf = _measurer()
    if pdf is None:
        return len(text) * size * 0.62 * (1.06 if bold else 1.0)
    pdf.set_font("m", "B" if bold else "", size)
    return pdf.get_string_width(text)


def wrapped_lines(text: str, width: float, size: float, *, bold: bool = False) -> int:
    """Lines ``text`` takes in ``width`` points (word-wrapped at spaces, its own lines kept)."""
    total = 0
    space = text_width(" ", size, bold)
    for paragraph in text.split("\n"):
        lines, used = 0, 0.0
        for word in paragraph.split():
            w = text_width(word, size, bold)
            if lines and used + space + w <= width:
                used += space + w
            else:
                lines, used = lines + max(math.ceil(w / width), 1), min(w, width)
        total += max(lines, 1)
    return total


# ---------------------------------------------------------------- table layout
# A slide's table goes beside its chart when it fits there; otherwise (many regions: long
# or wide tables) it follows on pages of its own at full width, in pieces that each fit:
# rows in chunks, and, if the columns do not fit across at the smallest size, groups of
# columns with the row's key columns repeated. The fit is measured from the texts.
FONT_SIZES = (12, 11, 10)  # points, largest first: never under 10 pt in print


@dataclass(frozen=True)
class Metrics:
    """How a format sets a table, in points: the width of a text (``measure``, else an
    average character width in em, bold 6 % wider), cell padding (left + right), line
    height (em), row padding (top + bottom) and the least row height (em)."""

    char_em: float
    cell_pad: float
    line_em: float
    row_pad: float
    min_row_em: float = 0.0
    measure: Callable[[str, int, bool], float] | None = None  # (text, size, bold) -> points

    def width(self, text: str, size: int, bold: bool = False) -> float:
        if self.measure is not None:
            return self.measure(text, size, bold)
        return len(text) * size * self.char_em * (1.06 if bold else 1.0)


PPTX_CELL_MARGIN = (0.03, 0.07)  # inches: top and bottom, left and right of a PPTX table's cells
PPTX_METRICS = Metrics(  # measured in DejaVu Sans, wider than the Calibri / Carlito it is shown in
    char_em=0.62,
    cell_pad=2 * PPTX_CELL_MARGIN[1] * 72 + 3.0,
    line_em=1.2,
    row_pad=2 * PPTX_CELL_MARGIN[0] * 72 + 2.0,
    measure=lambda text, size, bold: text_width(text, size, bold),
)
PDF_PADDING = (0.6, 1.4)  # mm: top and bottom, left and right of a PDF table's cells
PDF_METRICS = Metrics(  # DejaVu Sans; report_pdf measures with the font it uses
    char_em=0.62,
    cell_pad=2 * PDF_PADDING[1] * 72 / 25.4 + 1.0,
    line_em=1.42,
    row_pad=2 * PDF_PADDING[0] * 72 / 25.4,
)


@dataclass(frozen=True)
class TableLayout:
    """A slide's table as set in a file: ``beside`` the chart (one piece), or the pieces on
    the following pages, ``per_page`` side by side (a narrow table's chunks of rows)."""

    size: float  # font size, points
    beside: bool
    pieces: list[pd.DataFrame]
    widths: list[list[float]]  # column widths of each piece, points
    per_page: int = 1

    def pages(self) -> list[list[tuple[pd.DataFrame, list[float]]]]:
        pairs = list(zip(self.pieces, self.widths, strict=True))
        return [pairs[i : i + self.per_page] for i in range(0, len(pairs), self.per_page)]


PIECE_GAP = 18.0  # points between pieces side by side
MAX_PER_PAGE = 3


NBSP = "\u00a0"
_SHORT_WORD = re.compile(r" (?=\S{1,2}(?: |$))")


def glue(header: str) -> str:
    """A header with a no-break space before each word of one or two characters ("IK 95 %",
    "Efek (poin %)", "20 JP"), so that a wrapped header never leaves one alone on a line."""
    return _SHORT_WORD.sub(NBSP, header)


def _texts(table: pd.DataFrame) -> tuple[list[str], list[list[str]]]:
    """The headers as set (:func:`glue`) and the cells, as text."""
    return [glue(str(c)) for c in table.columns], table.astype(str).values.tolist()


def _needs(table: pd.DataFrame, keys: int, size: int, m: Metrics) -> tuple[list[float], list[float]]:
    """Per column, the least width (points) and the width of its longest text on one line.
    Headers and the key columns may wrap between words; a value cell ("1.234", "12,3 %")
    stays on one line."""
    headers, rows = _texts(table)

    def need(text: str, wraps: bool, bold: bool = False) -> float:
        parts = text.split(" ") if wraps else [text]
        return max((m.width(p, size, bold) for p in parts), default=0.0) + m.cell_pad

    least, wanted = [], []
    for j, header in enumerate(headers):
        cells = [r[j] for r in rows]
        least.append(max([need(header, True, True), *(need(c, j < keys) for c in cells)]))
        wanted.append(max([need(header, False, True), *(need(c, False) for c in cells)]))
    return least, wanted


def _column_widths(table: pd.DataFrame, keys: int, size: int, width: float, m: Metrics) -> list[float] | None:
    """Widths (points) that fill ``width``, or None if the columns do not fit across."""
    least, wanted = _needs(table, keys, size, m)
    if sum(least) > width:
        return None
    spare = width - sum(least)
    short = [w - lo for lo, w in zip(least, wanted, strict=True)]
    if sum(short) >= spare:  # grow each column toward one line, in proportion
        return [lo + s * spare / sum(short) for lo, s in zip(least, short, strict=True)]
    extra = (spare - sum(short)) / len(wanted)
    return [w + extra for w in wanted]


def _lines(text: str, width: float, size: int, m: Metrics, bold: bool = False) -> int:
    """Lines ``text`` takes in a column ``width`` points wide (word-wrapped; a word longer
    than a line is broken)."""
    room = max(width - m.cell_pad, 1.0) + 0.01  # (a column as wide as its text holds it)
    space = m.width(" ", size, bold)
    lines, used = 0, 0.0
    for word in text.split(" "):
        w = m.width(word, size, bold)
        if lines and used + space + w <= room:
            used += space + w
        elif w <= room:
            lines, used = lines + 1, w
        else:  # broken over lines
            lines, used = lines + math.ceil(w / room), room
    return max(lines, 1)


def _row_heights(table: pd.DataFrame, widths: list[float], size: int, m: Metrics) -> list[float]:
    """Heights (points) of the header row and of each row."""
    headers, rows = _texts(table)
    heights = []
    for i, row in enumerate([headers, *rows]):
        lines = max(_lines(text, w, size, m, bold=i == 0) for text, w in zip(row, widths, strict=True))
        heights.append(max(lines * size * m.line_em + m.row_pad, size * m.min_row_em))
    return heights


def _column_groups(table: pd.DataFrame, keys: int, size: int, width: float, m: Metrics) -> list[list[int]]:
    """The value columns in groups that fit ``width`` beside the key columns."""
    groups: list[list[int]] = []
    for j in range(keys, len(table.columns)):
        if groups and _column_widths(table.iloc[:, [*range(keys), *groups[-1], j]], keys, size, width, m):
            groups[-1].append(j)
        else:
            groups.append([j])
    return groups or [[]]


def _row_chunks(heights: list[float], height: float) -> list[tuple[int, int]]:
    """(start, stop) of the rows that fit ``height`` under the repeated header, in order."""
    header, *rows = heights
    chunks, start, used = [], 0, header
    for i, h in enumerate(rows):
        if i > start and used + h > height:
            chunks.append((start, i))
            start, used = i, header
        used += h
    return [*chunks, (start, len(rows))]


def layout_table(
    table: pd.DataFrame,
    keys: int,
    *,
    side: tuple[float, float],
    full: tuple[float, float],
    metrics: Metrics,
    sizes: Sequence[int] = FONT_SIZES,
) -> TableLayout:
    """How a slide's table is set: beside the chart in ``side`` (width, height in points)
    at the largest size that fits, else on following pages of ``full`` size (the largest
    size at which the columns fit across, else the smallest with column groups)."""
    m = metrics
    keys = min(max(keys, 1), len(table.columns))
    for size in sizes:
        widths = _column_widths(table, keys, size, side[0], m)
        if widths is not None and sum(_row_heights(table, widths, size, m)) <= side[1]:
            return TableLayout(size, True, [table], [widths])
    return pages_of_table(table, keys, full=full, metrics=m, sizes=sizes)


def pages_of_table(
    table: pd.DataFrame, keys: int, *, full: tuple[float, float], metrics: Metrics, sizes: Sequence[int]
) -> TableLayout:
    """The table on pages of its own, ``full`` (width, height in points) each: at the largest
    size at which its columns fit across, else the smallest, in column groups."""
    m = metrics
    keys = min(max(keys, 1), len(table.columns))
    size = next((z for z in sizes if _column_widths(table, keys, z, full[0], m)), sizes[-1])
    groups = _column_groups(table, keys, size, full[0], m)
    # a table narrower than the page: its chunks of rows side by side (key columns wrapped)
    least, wanted = _needs(table, keys, size, m)
    natural = sum(least[:keys]) + sum(wanted[keys:])
    per_page = 1 if len(groups) > 1 else max(min(int(full[0] // (natural + PIECE_GAP)), MAX_PER_PAGE), 1)

    def cut(per_page: int) -> tuple[list[pd.DataFrame], list[list[float]]]:
        """The pieces, ``per_page`` side by side: one set of column widths per column group
        (the same in each of its pieces), rows in chunks that fit the height with them."""
        width = (full[0] - PIECE_GAP * (per_page - 1)) / per_page
        pieces, all_widths = [], []
        for group in groups:
            part = table.iloc[:, [*range(keys), *group]]
            widths = _column_widths(part, keys, size, width, m) or [width / len(part.columns)] * len(
                part.columns
            )
            for start, stop in _row_chunks(_row_heights(part, widths, size, m), full[1]):
                pieces.append(part.iloc[start:stop])
                all_widths.append(widths)
        return pieces, all_widths

    pieces, all_widths = cut(per_page)
    if len(pieces) < per_page:  # fewer pieces than room for: as wide as they can be
        per_page = len(pieces)
        pieces, all_widths = cut(per_page)
    return TableLayout(size, False, pieces, all_widths, per_page)


# ---------------------------------------------------------------- the page's plan
@dataclass(frozen=True)
class Box:
    """A rectangle on the page, in points from the top left."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class PagePlan:
    """A slide's page: the chart's box, where the table goes (``beside`` or ``below`` the
    chart on this page, ``after`` it on pages of their own, or ``none``) and where the notes
    go (None: the format keeps them elsewhere, e.g. a PPTX's speaker notes)."""

    where: str
    chart: Box | None
    table: TableLayout | None
    table_box: Box | None
    notes: Box | None


CHART_LEAST = 0.5  # of the body's height the chart keeps above a table below it


def plan_page(
    table: pd.DataFrame,
    keys: int,
    body: Box,
    *,
    metrics: Metrics,
    sizes: Sequence[int],
    gap: float,
    full: tuple[float, float],
    notes_height: Callable[[float, str], float] | None = None,
    side_least: float = 0.0,
    side_most: float = 0.5,
    notes_least: float = 0.0,
    after_factor: float = 0.3,
    has_chart: bool = True,
    chart_fits: Callable[[float, float], bool] | None = None,
) -> PagePlan:
    """Where a slide's chart, table and notes go in ``body``: the table beside the chart
    (in a column as wide as the table's columns on one line, at least ``side_least``, at
    most ``side_most`` of the body's width, the notes under it) or below it (at its columns'
    width, the notes beside it where there is room), whichever leaves the chart more room
    (:func:`_chart_score`), else on pages of ``full`` size after it; the chart fills the rest. ``notes_height(width, where)``: the notes'
    height in a column ``width`` points wide, for the table ``where``."""
    m = metrics

    def notes_h(width: float, where: str) -> float:
        return notes_height(width, where) if notes_height is not None else 0.0

    def under(box: Box, height: float) -> Box | None:
        return Box(box.x, box.bottom + gap, box.w, height) if notes_height is not None else None

    if table.empty:
        n = notes_h(body.w, "none")
        chart = Box(body.x, body.y, body.w, body.h - (n + gap if n else 0.0))
        return PagePlan("none", chart, None, None, under(chart, n))
    keys = min(max(keys, 1), len(table.columns))
    most = side_most * body.w

    def beside() -> PagePlan | None:
        for size in sizes:
            least, wanted = _needs(table, keys, size, m)
            if sum(least) > most:
                continue
            width = min(max(sum(wanted), side_least), most)
            widths = _column_widths(table, keys, size, width, m)
            height = sum(_row_heights(table, widths, size, m))
            n = notes_h(width, "beside")
            if height + (gap + n if n else 0.0) <= body.h:
                box = Box(body.right - width, body.y, width, height)
                chart = Box(body.x, body.y, body.w - width - gap, body.h)
                return PagePlan(
                    "beside", chart, TableLayout(size, True, [table], [widths]), box, under(box, n)
                )
        return None

    def below() -> PagePlan | None:
        for size in sizes:
            least, wanted = _needs(table, keys, size, m)
            if sum(least) > body.w:
                continue
            width = min(sum(wanted), body.w)
            widths = _column_widths(table, keys, size, width, m)
            height = sum(_row_heights(table, widths, size, m))
            # the notes under the table, or beside it where there is room and that is lower
            rest = body.w - width - gap
            n = notes_h(body.w, "below")
            row = height + (gap + n if notes_height is not None else 0.0)
            place_notes = lambda box, n=n: under(Box(body.x, box.y, body.w, box.h), n)  # noqa: E731
            if notes_height is not None and rest >= notes_least and max(height, notes_h(rest, "below")) < row:
                row = max(height, notes_h(rest, "below"))
                place_notes = lambda box, row=row, rest=rest: Box(box.right + gap, box.y, rest, row)  # noqa: E731
            chart_h = body.h - row - gap if has_chart else 0.0
            if not has_chart or chart_h >= CHART_LEAST * body.h:
                chart = Box(body.x, body.y, body.w, chart_h) if has_chart else None
                top = body.y + (chart_h + gap if has_chart else 0.0)
                box = Box(body.x, top, width, height)
                return PagePlan(
                    "below", chart, TableLayout(size, False, [table], [widths]), box, place_notes(box)
                )
        return None

    # after: the chart takes the body, the table the pages that follow
    n = notes_h(body.w, "after")
    chart = Box(body.x, body.y, body.w, body.h - (n + gap if n else 0.0))
    after = PagePlan("after", chart, None, None, under(chart, n))
    candidates = [p for p in ((beside() if has_chart else None), below()) if p is not None]
    if has_chart and chart_fits is not None:  # a chart that cannot show its texts there: not there
        candidates = [p for p in candidates if chart_fits(p.chart.w, p.chart.h)]
    # the chart with the more room (its shape near a screen's counting for more); the numbers
    # on pages of their own only where the chart would keep less than ``after_factor`` of
    # the room it has alone
    best = max(candidates, key=lambda p: _chart_score(p.chart), default=None)
    if best is not None and (not has_chart or _chart_score(best.chart) >= after_factor * _chart_score(chart)):
        return best
    layout = pages_of_table(table, keys, full=full, metrics=m, sizes=sizes)
    return dataclasses.replace(after, table=layout)


GOOD_ASPECT = 1.6  # width / height a chart reads well at


def _chart_score(chart: Box | None) -> float:
    """A chart's area, less the further its shape is from :data:`GOOD_ASPECT`."""
    if chart is None or chart.h <= 0:
        return 0.0
    aspect = chart.w / chart.h
    return chart.w * chart.h * math.sqrt(min(aspect / GOOD_ASPECT, GOOD_ASPECT / aspect))


# ---------------------------------------------------------------- the chart for its box
# font settings of a figure, wherever they are (layout, axes, legend, annotations, traces)
_FONT_KEYS = ("font", "tickfont", "textfont", "insidetextfont", "outsidetextfont", "titlefont")


def figure_for_box(fig: go.Figure, width: float, height: float, least_font: float) -> go.Figure:
    """A copy of ``fig`` laid out at ``width`` x ``height`` pixels with ``least_font`` as its
    base font: every font set in it (axis ticks and titles, legend, subplot titles, the
    texts in the cells of a 9-box) scaled with the base, and none smaller than it. Drawn
    at one pixel per point of its box, it prints at least ``least_font`` points."""
    spec = go.Figure(fig).to_dict()
    layout = spec.setdefault("layout", {})
    layout.pop("template", None)  # plotly_white's own (no font sizes in it), put back below
    base = (layout.get("font") or {}).get("size") or DEFAULT_FONT
    _scale_fonts(spec, least_font / base, least_font)
    for trace in spec.get("data", []):  # texts in cells and on bars: the base size, or larger
        if trace.get("text") is not None or trace.get("texttemplate") is not None:
            font = trace.setdefault("textfont", {})
            if not isinstance(font.get("size"), int | float) or font["size"] < least_font:
                font["size"] = least_font
    layout["font"] = {**layout.get("font", {}), "size": least_font}
    margin = layout.setdefault("margin", {})
    if margin.get("t"):  # the legend's room above the plot, for the new size of its text
        margin["t"] = max(round(margin["t"] * least_font / base), 10)
    margin["b"] = min(margin.get("b") or 10, 10)  # the axis labels get their room (automargin)
    layout.update(width=round(width), height=round(height), template="plotly_white", autosize=False)
    _wrap_categories(spec, width, least_font)
    return go.Figure(spec)


def wrap_categories(fig: go.Figure, width: float, size: float) -> go.Figure:
    """``fig`` with its category labels wrapped for a chart ``width`` pixels wide with
    texts of ``size`` pixels (:func:`_wrap_categories`), changed in place: only the labels
    and the axes' category orders (the traces' other data stay as they are)."""
    axes = [name for name in fig.layout.to_plotly_json() if name.startswith("xaxis")]
    spec = {
        "data": [
            {
                "x": None if tr.x is None else list(tr.x),
                "xaxis": tr.xaxis or "x",
                "orientation": tr.orientation,
            }
            if hasattr(tr, "x") and hasattr(tr, "orientation")
            else {}
            for tr in fig.data
        ],
        "layout": {
            name: {
                "domain": list(fig.layout[name].domain or (0.0, 1.0)),
                "categoryarray": None
                if fig.layout[name].categoryarray is None
                else list(fig.layout[name].categoryarray),
            }
            for name in axes
        },
    }
    _wrap_categories(spec, width, size)
    for trace, new in zip(fig.data, spec["data"], strict=True):
        if new.get("x") is not None and list(trace.x) != new["x"]:
            trace.x = new["x"]
    for name in axes:
        axis = spec["layout"][name]
        if "tickangle" in axis:
            fig.layout[name].update(tickangle=axis["tickangle"], categoryarray=axis["categoryarray"])
    return fig


def _wrap_categories(spec: dict, width: float, size: float) -> None:
    """Category labels under vertical bars, lines or grids on lines of their own where they
    would not fit across side by side (plotly would tilt them, taking the plot's height);
    each x axis of subplots by the width of its own domain. A label is wrapped alike on
    every axis (axes of subplots that match each other must share their categories)."""
    layout = spec["layout"]
    by_axis: dict[str, list[dict]] = {}
    for trace in spec.get("data", []):
        x = trace.get("x")
        if trace.get("orientation") != "h" and isinstance(x, list | tuple | np.ndarray):
            trace["x"] = list(x)
            by_axis.setdefault(trace.get("xaxis", "x"), []).append(trace)
    space = text_width(" ", size)
    wrapped: dict[str, str] = {}
    for axis_id, traces in by_axis.items():
        labels = list(dict.fromkeys(v for trace in traces for v in trace["x"] if isinstance(v, str)))
        if not labels or any("<br>" in v for v in labels):
            continue
        axis = layout.get("xaxis" + axis_id[1:]) or {}
        low, high = axis.get("domain") or (0.0, 1.0)
        room = 0.8 * width * (high - low) / len(labels)  # the plot is about 80 % of the figure
        for label in labels:
            lines: list[str] = []
            for word in label.split():
                if lines and text_width(lines[-1], size) + space + text_width(word, size) <= room:
                    lines[-1] += f" {word}"
                else:
                    lines.append(word)
            if 1 < len(lines) <= 3 and len(lines) > wrapped.get(label, "").count("<br>") + 1:
                wrapped[label] = "<br>".join(lines)
    if not wrapped:
        return
    for traces in by_axis.values():
        for trace in traces:
            trace["x"] = [wrapped.get(v, v) if isinstance(v, str) else v for v in trace["x"]]
    for name, axis in layout.items():
        if name.startswith("xaxis") and isinstance(axis, dict):
            if isinstance(axis.get("categoryarray"), list | tuple):
                axis["categoryarray"] = [wrapped.get(v, v) for v in axis["categoryarray"]]
            axis["tickangle"] = 0  # wrapped, not tilted


DEFAULT_FONT = 12  # plotly's base font size


def _scale_fonts(node, factor: float, least: float) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _FONT_KEYS and isinstance(value, dict) and value.get("size") is not None:
                size = value["size"]
                value["size"] = (
                    [max(s * factor, least) for s in size]
                    if isinstance(size, list)
                    else max(size * factor, least)
                )
            _scale_fonts(value, factor, least)
    elif isinstance(node, list):
        for value in node:
            _scale_fonts(value, factor, least)
