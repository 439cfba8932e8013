"""Report exports of a :class:`reporting.story.Story`: PPTX, PDF and one self-contained HTML file.

Each has the same content: a title slide (title, regions and years, filters,
date, the privacy note and, for demo data, the synthetic-data note), then one
slide per chart with its question as title, the one-line finding, the chart,
how to read it, and the table of numbers behind it ("<5" where a small group is
hidden).

- PPTX (python-pptx) and PDF (fpdf2) embed PNG images of the charts, made by
  :func:`chart_images` through :func:`reporting.images.figure_png` (plotly's static
  export with Chromium). Without Chromium that raises
  :class:`reporting.images.ImageExportUnavailable`, whose message says what is missing.
- HTML embeds the interactive plotly charts with plotly.js inlined once, and
  no external URL at all (no CDN, web font, stylesheet or image link), so it
  opens offline.

Every function returns bytes; none touches Streamlit.
"""

from __future__ import annotations

import functools
import html
import io
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from reporting.story import Slide, Story

Progress = Callable[[float, str], None] | None

# 16:9, like the projector (1280 x 720)
IMAGE_WIDTH, IMAGE_HEIGHT = 1100, 640

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
PDF_MIME = "application/pdf"
HTML_MIME = "text/html"

# A TTF with the characters of Indonesian and English texts (–, ≥, “ ”, …) for the PDF:
# fonts-dejavu-core on Debian (also what CI installs for Chromium). ASN_REPORT_FONT
# overrides; without any, the PDF falls back to Helvetica with those characters replaced.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
)


def _step(progress: Progress, fraction: float, message: str) -> None:
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0), message)


def file_stem(story: Story) -> str:
    """``laporan_asn_2021-2025`` style base name for the downloads."""
    years = story.scope.rsplit("·", 1)[-1].strip().replace("–", "-")
    return f"{'laporan' if story.lang == 'id' else 'report'}_asn_{years}"


# ---------------------------------------------------------------- chart images
def chart_images(story: Story, *, progress: Progress = None) -> dict[str, bytes]:
    """PNG of every slide's chart, by slide id (Chromium through kaleido).

    Raises :class:`reporting.images.ImageExportUnavailable` when images cannot be made.
    """
    from reporting.images import figure_png
    from reporting.text import t

    slides = [s for s in story.slides if s.figure is not None]
    images: dict[str, bytes] = {}
    for i, slide in enumerate(slides, start=1):
        _step(progress, (i - 1) / max(len(slides), 1), t("export.step.image", story.lang, i=i, n=len(slides)))
        images[slide.id] = figure_png(
            _for_file(slide.figure, width=IMAGE_WIDTH, height=IMAGE_HEIGHT),
            width=IMAGE_WIDTH,
            height=IMAGE_HEIGHT,
        )
    _step(progress, 1.0, t("export.step.image", story.lang, i=len(slides), n=len(slides)))
    return images


def _for_file(fig: go.Figure, *, width: int, height: int) -> go.Figure:
    """A copy of the figure at the image's size."""
    return go.Figure(fig).update_layout(width=width, height=height)


def _notes(story: Story, slide: Slide) -> str:
    """How to read the chart, and what "<5" means when the slide hides a group."""
    from reporting.text import t

    text = slide.how_to_read
    if slide.suppressed:
        text += " " + t("report.suppressed", story.lang, k=story.threshold)
    return text


def _title_lines(story: Story) -> list[str]:
    lines = [story.scope, story.filters_line, story.made, story.privacy_note]
    if story.demo_note:
        lines.append(story.demo_note)
    return lines


# ---------------------------------------------------------------- table layout
# A slide's table goes beside its chart when it fits there; otherwise (many regions: long
# or wide tables) it follows on pages of its own at full width, in pieces that each fit:
# rows in chunks, and, if the columns do not fit across at the smallest size, groups of
# columns with the row's key columns repeated. The fit is estimated from the texts.
FONT_SIZES = (12, 10, 9)  # points, largest first


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


PPTX_METRICS = Metrics(char_em=0.55, cell_pad=7.0, line_em=1.2, row_pad=3.0, min_row_em=1.9)  # Calibri
PDF_PADDING = (0.5, 1.2)  # mm: top and bottom, left and right of a PDF table's cells
PDF_METRICS = Metrics(  # DejaVu Sans; report_pdf measures with the font itself
    char_em=0.6,
    cell_pad=2 * PDF_PADDING[1] * 72 / 25.4 + 1.0,
    line_em=1.42,
    row_pad=2 * PDF_PADDING[0] * 72 / 25.4,
)


@dataclass(frozen=True)
class TableLayout:
    """A slide's table as set in a file: ``beside`` the chart (one piece), or the pieces on
    the following pages, ``per_page`` side by side (a narrow table's chunks of rows)."""

    size: int  # font size, points
    beside: bool
    pieces: list[pd.DataFrame]
    widths: list[list[float]]  # column widths of each piece, points
    per_page: int = 1

    def pages(self) -> list[list[tuple[pd.DataFrame, list[float]]]]:
        pairs = list(zip(self.pieces, self.widths, strict=True))
        return [pairs[i : i + self.per_page] for i in range(0, len(pairs), self.per_page)]


PIECE_GAP = 18.0  # points between pieces side by side
MAX_PER_PAGE = 3


def _texts(table: pd.DataFrame) -> tuple[list[str], list[list[str]]]:
    return [str(c) for c in table.columns], table.astype(str).values.tolist()


def _needs(table: pd.DataFrame, keys: int, size: int, m: Metrics) -> tuple[list[float], list[float]]:
    """Per column, the least width (points) and the width of its longest text on one line.
    Headers and the key columns may wrap between words; a value cell ("1.234", "12,3 %")
    stays on one line."""
    headers, rows = _texts(table)

    def need(text: str, wraps: bool, bold: bool = False) -> float:
        parts = text.split() if wraps else [text]
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
    room = max(width - m.cell_pad, 1.0)
    space = m.width(" ", size, bold)
    lines, used = 0, 0.0
    for word in text.split():
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
) -> TableLayout:
    """How a slide's table is set: beside the chart in ``side`` (width, height in points)
    at the largest size that fits, else on following pages of ``full`` size (the largest
    size at which the columns fit across, else the smallest with column groups)."""
    m = metrics
    keys = min(max(keys, 1), len(table.columns))
    for size in FONT_SIZES:
        widths = _column_widths(table, keys, size, side[0], m)
        if widths is not None and sum(_row_heights(table, widths, size, m)) <= side[1]:
            return TableLayout(size, True, [table], [widths])
    size = next((z for z in FONT_SIZES if _column_widths(table, keys, z, full[0], m)), FONT_SIZES[-1])
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


# ---------------------------------------------------------------- PPTX
def report_pptx(story: Story, images: dict[str, bytes]) -> bytes:
    """A 16:9 deck: a title slide, then one slide per chart (title, finding, chart, table)."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Inches, Pt

    from reporting.text import t

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    grey = RGBColor(0x55, 0x55, 0x55)

    def textbox(slide, left, top, width, height, text, size, *, bold=False, color=None):
        box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
        frame = box.text_frame
        frame.word_wrap = True
        for i, line in enumerate(text.split("\n")):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.text = line
            para.font.size = Pt(size)
            para.font.bold = bold
            if color is not None:
                para.font.color.rgb = color
        return box

    def place_title(slide, text, left, top, width, height, size):
        title = slide.shapes.title
        title.left, title.top, title.width, title.height = (
            Inches(left),
            Inches(top),
            Inches(width),
            Inches(height),
        )
        title.text = text
        for para in title.text_frame.paragraphs:
            para.font.size = Pt(size)
            para.font.bold = True
        title.text_frame.word_wrap = True
        return title

    # title slide ("Title Only" layout: its title placeholder is the slide's title)
    first = prs.slides.add_slide(prs.slide_layouts[5])
    place_title(first, story.title, 0.8, 2.0, 11.7, 1.3, 40)
    textbox(first, 0.8, 3.4, 11.7, 3.0, "\n".join(_title_lines(story)), 18, color=grey)

    footer = story.footer or story.scope
    for slide in story.slides:
        page = prs.slides.add_slide(prs.slide_layouts[5])
        place_title(page, slide.title, 0.4, 0.25, 12.5, 0.9, 28)
        textbox(page, 0.4, 1.1, 12.5, 0.7, slide.finding, 18)
        chart_w = 7.6
        if slide.id in images:
            pic = page.shapes.add_picture(
                io.BytesIO(images[slide.id]), Inches(0.4), Inches(1.9), Inches(chart_w)
            )
            below = pic.top + pic.height
        else:
            below = Inches(2.0)
        textbox(page, 0.4, Emu(below).inches + 0.05, chart_w, 0.9, _notes(story, slide), 11, color=grey)
        textbox(page, 0.4, 7.05, 12.5, 0.35, f"{footer} · {slide.topic}", 10, color=grey)
        if slide.table.empty:
            continue
        layout = layout_table(slide.table, slide.keys, side=PPTX_SIDE, full=PPTX_FULL, metrics=PPTX_METRICS)
        if layout.beside:
            _pptx_table(page, layout.pieces[0], layout.widths[0], layout.size, left=8.2, top=1.9)
            continue
        textbox(page, 8.2, 1.9, 4.75, 0.8, t("report.numbers.next", story.lang), 14, color=grey)
        pages = layout.pages()
        for n, pieces in enumerate(pages, start=1):
            more = prs.slides.add_slide(prs.slide_layouts[5])
            title = t("report.continued", story.lang, title=slide.title, n=n, total=len(pages))
            place_title(more, title, 0.4, 0.25, 12.5, 0.9, 24)
            left = 0.4
            for piece, widths in pieces:
                _pptx_table(more, piece, widths, layout.size, left=left, top=1.3)
                left += (sum(widths) + PIECE_GAP) / 72
            textbox(more, 0.4, 7.05, 12.5, 0.35, f"{footer} · {slide.topic}", 10, color=grey)

    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


# inches on the 13.333 x 7.5 in slide, as points: beside the chart, and a page of its own
PPTX_SIDE = (4.75 * 72, (6.95 - 1.9) * 72)
PPTX_FULL = (12.5 * 72, (6.95 - 1.3) * 72)


def _pptx_table(
    page, table: pd.DataFrame, widths: list[float], size: int, *, left: float, top: float
) -> None:
    """The table at ``left``, ``top`` (inches) with column ``widths`` (points)."""
    from pptx.util import Inches, Pt

    rows, cols = len(table) + 1, len(table.columns)
    row_h = size * PPTX_METRICS.min_row_em / 72
    shape = page.shapes.add_table(
        rows, cols, Inches(left), Inches(top), Inches(sum(widths) / 72), Inches(row_h * rows)
    )
    grid = shape.table
    for j, w in enumerate(widths):
        grid.columns[j].width = Inches(w / 72)
    cells = [list(table.columns), *table.astype(str).values.tolist()]
    for i, row in enumerate(cells):
        grid.rows[i].height = Inches(row_h)
        for j, value in enumerate(row):
            cell = grid.cell(i, j)
            cell.text = str(value)
            cell.margin_left = cell.margin_right = Inches(0.04)
            cell.margin_top = cell.margin_bottom = Inches(0.02)
            for para in cell.text_frame.paragraphs:
                para.font.size = Pt(size)
                para.font.bold = i == 0


# ---------------------------------------------------------------- PDF
def _font_path() -> Path | None:
    for candidate in (os.environ.get("ASN_REPORT_FONT"), *FONT_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


_LATIN1 = str.maketrans({"–": "-", "—": "-", "≥": ">=", "≤": "<=", "“": '"', "”": '"', "’": "'", "…": "...", "→": "->", "←": "<-", "·": "·", "×": "x"})  # fmt: skip


def report_pdf(story: Story, images: dict[str, bytes]) -> bytes:
    """A landscape A4 PDF: a title page, then one page per chart (title, finding, chart, table)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from reporting.text import t

    font = _font_path()
    bold = font.with_name(font.stem + "-Bold.ttf") if font else None
    footer_text = story.footer or story.scope

    class Report(FPDF):
        def footer(self) -> None:
            self.set_y(-10)
            self.set_font(family, "", 8)
            self.set_text_color(110)
            self.cell(
                0, 5, clean(f"{footer_text} · {t('report.page', story.lang, n=self.page_no(), total='{nb}')}")
            )

    pdf = Report(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.set_margins(12, 10, 12)
    if font is not None:
        family = "report"
        pdf.add_font(family, "", str(font))
        pdf.add_font(family, "B", str(bold if bold and bold.is_file() else font))

        def clean(s: str) -> str:
            return s
    else:  # no Unicode font: core Helvetica, Latin-1 only
        family = "helvetica"

        def clean(s: str) -> str:
            return s.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")

    pdf.set_title(clean(story.title))
    pdf.set_lang(story.lang)
    pdf.set_creator(clean(t("app.title", story.lang)))

    # title page
    pdf.add_page()
    pdf.set_y(55)
    pdf.set_font(family, "B", 28)
    pdf.multi_cell(0, 13, clean(story.title))
    pdf.ln(4)
    pdf.set_font(family, "", 13)
    pdf.set_text_color(80)
    for line in _title_lines(story):
        pdf.multi_cell(0, 7, clean(line))
        pdf.ln(1)
    pdf.set_text_color(0)

    page_w = pdf.w - pdf.l_margin - pdf.r_margin
    bottom = pdf.h - pdf.b_margin
    chart_w = 150  # mm; the rest (about 117 mm) for a table beside it

    @functools.cache
    def measure(text: str, size: int, bold: bool) -> float:
        pdf.set_font(family, "B" if bold else "", size)
        return pdf.get_string_width(clean(text)) * MM

    metrics = replace(PDF_METRICS, measure=measure)

    def table(piece: pd.DataFrame, widths: list[float], size: int, keys: int, *, x: float, y: float) -> None:
        pdf.set_xy(x, y)
        pdf.set_font(family, "", size)
        cols = len(piece.columns)
        with pdf.table(
            width=min(sum(widths) / MM, pdf.epw),  # (rounding: never wider than the page)
            align="LEFT",
            col_widths=widths,
            text_align=[*["LEFT"] * keys, *["RIGHT"] * (cols - keys)],
            line_height=size * PDF_METRICS.line_em / MM,
            padding=PDF_PADDING,
            headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
        ) as grid:
            for row in [list(piece.columns), *piece.astype(str).values.tolist()]:
                cells = grid.row()
                for value in row:
                    cells.cell(clean(str(value)))

    for slide in story.slides:
        pdf.add_page()
        pdf.set_font(family, "B", 18)
        pdf.multi_cell(0, 8, clean(slide.title))
        pdf.ln(1)
        pdf.set_font(family, "", 12)
        pdf.multi_cell(0, 6, clean(slide.finding))
        pdf.ln(2)
        top = pdf.get_y()
        has_table = not slide.table.empty
        width = chart_w if has_table else page_w
        if slide.id in images:
            chart_h = width * IMAGE_HEIGHT / IMAGE_WIDTH
            pdf.image(io.BytesIO(images[slide.id]), x=pdf.l_margin, y=top, w=width, h=chart_h)
            pdf.set_y(top + chart_h + 2)
        pdf.set_font(family, "", 9)
        pdf.set_text_color(90)
        pdf.multi_cell(width, 4.5, clean(_notes(story, slide)))
        pdf.set_text_color(0)
        if not has_table:
            continue
        keys = min(max(slide.keys, 1), len(slide.table.columns))
        side_w = page_w - chart_w - 6
        layout = layout_table(
            slide.table,
            keys,
            side=(side_w * MM, (bottom - top) * MM),
            full=(page_w * MM, (bottom - PDF_TABLE_TOP) * MM),
            metrics=metrics,
        )
        if layout.beside:
            table(
                layout.pieces[0], layout.widths[0], layout.size, keys, x=pdf.w - pdf.r_margin - side_w, y=top
            )
            continue
        pdf.set_xy(pdf.w - pdf.r_margin - side_w, top)
        pdf.set_font(family, "", 11)
        pdf.set_text_color(90)
        pdf.multi_cell(side_w, 5.5, clean(t("report.numbers.next", story.lang)))
        pdf.set_text_color(0)
        pages = layout.pages()
        for n, pieces in enumerate(pages, start=1):
            pdf.add_page()
            pdf.set_font(family, "B", 16)
            pdf.multi_cell(
                0, 7.5, clean(t("report.continued", story.lang, title=slide.title, n=n, total=len(pages)))
            )
            y = max(pdf.get_y() + 3, PDF_TABLE_TOP)
            x = pdf.l_margin
            for piece, widths in pieces:
                table(piece, widths, layout.size, keys, x=x, y=y)
                x += (sum(widths) + PIECE_GAP) / MM
    return bytes(pdf.output())


MM = 72 / 25.4  # points per millimetre
PDF_TABLE_TOP = 30.0  # mm from the top of a page of its own: under a title of two lines


# ---------------------------------------------------------------- HTML
_CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
       margin: 0 auto; max-width: 1200px; padding: 1.5rem; color: #1f2328; line-height: 1.45; }
header { border-bottom: 3px solid #0072B2; margin-bottom: 1.5rem; padding-bottom: 1rem; }
header h1 { font-size: 2.2rem; margin: 0 0 .5rem; }
header p { margin: .2rem 0; color: #444; }
.demo { display: inline-block; background: #fff3cd; padding: .2rem .6rem; border-radius: .3rem; }
section { page-break-before: always; border-top: 1px solid #ddd; padding-top: 1rem; margin-top: 2rem; }
section .topic { text-transform: uppercase; letter-spacing: .08em; color: #0072B2; font-size: .9rem; margin: 0; }
section h2 { font-size: 1.7rem; margin: .2rem 0 .4rem; }
section .finding { font-size: 1.25rem; margin: 0 0 .8rem; }
section .how { color: #555; font-size: .95rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin-top: .8rem; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #ccc; padding: .3rem .6rem; }
th { background: #f0f0f0; text-align: left; }
td { text-align: right; }
td:first-child { text-align: left; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .3rem; }
"""


def report_html(story: Story) -> bytes:
    """One HTML file: the same slides with interactive charts; plotly.js inlined once, no URL."""
    from reporting.text import t

    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(story.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(story.title)} · {esc(story.scope)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{esc(story.title)}</h1>",
        *[
            f"<p>{esc(line)}</p>"
            for line in (story.scope, story.filters_line, story.made, story.privacy_note)
        ],
    ]
    if story.demo_note:
        parts.append(f'<p class="demo">{esc(story.demo_note)}</p>')
    parts.append("</header>")
    plotly_included = False
    for slide in story.slides:
        parts += [
            f'<section id="{esc(slide.id)}">',
            f'<p class="topic">{esc(slide.topic)}</p>',
            f"<h2>{esc(slide.title)}</h2>",
            f'<p class="finding">{esc(slide.finding)}</p>',
        ]
        if slide.figure is not None:
            parts.append(
                slide.figure.to_html(
                    full_html=False,
                    include_plotlyjs=not plotly_included,  # inline, once: no CDN
                    include_mathjax=False,
                    div_id=f"chart-{slide.id}",
                    config={
                        "displaylogo": False,
                        "responsive": True,
                        "plotlyServerURL": "",
                    },
                )
            )
            plotly_included = True
        parts.append(f'<p class="how">{esc(_notes(story, slide))}</p>')
        if not slide.table.empty:
            parts.append(_html_table(slide.table, t("report.numbers", story.lang)))
        parts.append("</section>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts).encode("utf-8")


def _html_table(table: pd.DataFrame, caption: str) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(str(c))}</th>" for c in table.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in row) + "</tr>" for row in table.astype(str).values
    )
    # a wide table (many regions) scrolls sideways instead of widening the page
    return (
        f'<div class="table"><table><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


# ---------------------------------------------------------------- all three
def make_reports(story: Story, *, progress: Progress = None) -> tuple[dict[str, bytes], str | None]:
    """PPTX, PDF and HTML of ``story``, with progress 0..1.

    Returns the files by extension and, when chart images cannot be made, the reason
    (then only the HTML is there).
    """
    from reporting.images import ImageExportUnavailable, unavailable_reason
    from reporting.text import t

    files: dict[str, bytes] = {}
    images: dict[str, bytes] | None = None
    reason = unavailable_reason()
    if reason is None:
        try:
            images = chart_images(story, progress=lambda f, m: _step(progress, 0.05 + 0.75 * f, m))
        except ImageExportUnavailable as exc:
            reason = str(exc)
    if images is not None:
        _step(progress, 0.82, t("export.step.pptx", story.lang))
        files["pptx"] = report_pptx(story, images)
        _step(progress, 0.9, t("export.step.pdf", story.lang))
        files["pdf"] = report_pdf(story, images)
    _step(progress, 0.96, t("export.step.html", story.lang))
    files["html"] = report_html(story)
    _step(progress, 1.0, t("export.step.html", story.lang))
    return files, reason
