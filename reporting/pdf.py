"""The handout as a landscape A4 PDF (fpdf2): a title page, then a page per slide.

Each slide's page: its topic, its question as the title, the finding, then the chart
and the numbers behind it filling the page (:func:`reporting.layout.plan_page`: the
table beside the chart, or below it, or — a long table — on the pages after it, the
chart then taking the whole page), the notes (how to read the chart, what "<5", "x"
and "–" mean) beside or under the table, and on every page a footer: the filters, the
data version (and "data demo (sintetis)"), the privacy threshold, the date and the page.

Sizes are in points; nothing is set under 10 pt, the charts included (drawn at one
pixel per point of their box with fonts of at least 10 px: :data:`CHART_FONT`). Text
is DejaVu Sans (fonts-dejavu-core; ``ASN_REPORT_FONT`` names another TTF), else core
Helvetica with the characters it lacks (–, ≥, “ ”, …) replaced.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from dataclasses import replace

import pandas as pd

from reporting.layout import (
    PDF_METRICS,
    PDF_PADDING,
    PIECE_GAP,
    Box,
    font_path,
    glue,
    plan_page,
)
from reporting.story import Slide, Story
from reporting.text import t

# (slide, width, height, least font) -> PNG drawn at width x height pixels, or None
Render = Callable[[Slide, float, float, float], bytes | None]

MIME = "application/pdf"
MM = 72 / 25.4  # points per millimetre
PAGE_W, PAGE_H = 297 * MM, 210 * MM
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 12 * MM, 8 * MM, 6 * MM
GAP = 4 * MM
TABLE_SIZES = (12, 11, 10)  # points, largest first
CHART_FONT = 11  # the charts' base font, points in print (their least: 10)
LEAST_FONT = 10
NOTE_SIZE, NOTE_LINE = 10, 12.5
FOOTER_SIZE, FOOTER_LINE = 10, 12.5
TITLE_SIZE, FINDING_SIZE = 17, 12.5
GREY, TITLE_COLOR = 90, (0, 60, 100)
FOOTER_RIGHT = 190  # points of the footer's first line kept for the topic and the page number
SIDE_LEAST = 80 * MM  # a table beside the chart gets a column at least this wide (its notes too)
AFTER_FACTOR = 0.3  # the table on pages of its own where the chart would keep less room than this
NOTES_LEAST = 50 * MM  # the notes go beside a table below the chart where this much is left

_LATIN1 = str.maketrans({"–": "-", "—": "-", "≥": ">=", "≤": "<=", "“": '"', "”": '"', "’": "'", "…": "...", "→": "->", "←": "<-", "·": "·", "×": "x"})  # fmt: skip


def notes_text(story: Story, slide: Slide, where: str = "") -> list[str]:
    """The notes printed with the chart, as one paragraph: how to read it, then the caveats
    (the finding is the page's headline), and where the numbers are when they follow on
    pages of their own."""
    after = [t("report.numbers.next", story.lang)] if where == "after" else []
    return [" ".join([f"{t('report.notes.how', story.lang)}: {slide.how_to_read}", *slide.caveats, *after])]


def report_pdf(story: Story, render: Render | None = None) -> bytes:
    """The PDF of ``story``; ``render`` draws each chart for its box (None: no charts)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    font = font_path()
    topic = [""]  # the topic of the page being written, for its footer
    bold = font.with_name(font.stem + "-Bold.ttf") if font else None
    lang = story.lang

    class Report(FPDF):
        def footer(self) -> None:
            self.set_y(PAGE_H - MARGIN_BOTTOM - footer_h)
            self.set_draw_color(200)
            self.line(MARGIN_X, self.get_y() - 3, PAGE_W - MARGIN_X, self.get_y() - 3)
            self.set_font(family, "", FOOTER_SIZE)
            self.set_text_color(GREY)
            page = t("report.page", lang, n=self.page_no(), total="{nb}")
            self.cell(0, FOOTER_LINE, clean(" · ".join(filter(None, [topic[0], page]))), align="R")
            self.set_x(MARGIN_X)
            for line in story.stamp:
                self.multi_cell(PAGE_W - 2 * MARGIN_X - FOOTER_RIGHT, FOOTER_LINE, clean(line), align="L")
                self.set_x(MARGIN_X)
            self.set_text_color(0)

    pdf = Report(orientation="L", unit="pt", format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(MARGIN_X, MARGIN_TOP, MARGIN_X)
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

    pdf.set_title(clean(f"{story.title} · {story.scope}"))
    pdf.set_lang(lang)
    pdf.set_creator(clean(t("app.title", lang)))
    pdf.set_subject(clean(" · ".join(story.stamp)))
    width = PAGE_W - 2 * MARGIN_X

    def lines(text: str, size: float, w: float, style: str = "") -> int:
        pdf.set_font(family, style, size)
        return len(pdf.multi_cell(w, size, clean(text), dry_run=True, output="LINES"))

    @functools.cache
    def measure(text: str, size: float, bold: bool) -> float:
        pdf.set_font(family, "B" if bold else "", size)
        return pdf.get_string_width(clean(text))

    metrics = replace(PDF_METRICS, measure=measure)

    def write(text: str, size: float, line: float, *, w: float = 0, style: str = "", color=0) -> None:
        pdf.set_font(family, style, size)
        pdf.set_text_color(*color) if isinstance(color, tuple) else pdf.set_text_color(color)
        x = pdf.get_x()
        pdf.multi_cell(w or width, line, clean(text), align="L")
        pdf.set_x(x)
        pdf.set_text_color(0)

    def notes(slide: Slide, box: Box, where: str) -> None:
        pdf.set_xy(box.x, box.y)
        for paragraph in notes_text(story, slide, where):
            write(paragraph, NOTE_SIZE, NOTE_LINE, w=box.w, color=GREY)
            pdf.set_xy(box.x, pdf.get_y() + 3)

    def notes_height(slide: Slide) -> Callable[[float, str], float]:
        def height(w: float, where: str) -> float:
            return sum(lines(p, NOTE_SIZE, w) * NOTE_LINE + 3 for p in notes_text(story, slide, where)) - 3

        return height

    def table(
        piece: pd.DataFrame, widths: list[float], size: float, keys: int, *, x: float, y: float
    ) -> None:
        pdf.set_xy(x, y)
        pdf.set_font(family, "", size)
        cols = len(piece.columns)
        with pdf.table(
            width=sum(widths),
            align="LEFT",
            col_widths=widths,
            text_align=[*["LEFT"] * keys, *["RIGHT"] * (cols - keys)],
            line_height=size * PDF_METRICS.line_em,
            padding=(PDF_PADDING[0] * MM, PDF_PADDING[1] * MM),
            headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
            borders_layout="SINGLE_TOP_LINE",
            cell_fill_color=(246, 248, 250),
            cell_fill_mode="ROWS",
        ) as grid:
            for row in [[glue(str(c)) for c in piece.columns], *piece.astype(str).values.tolist()]:
                cells = grid.row()
                for value in row:
                    cells.cell(clean(str(value)))
        pdf.set_draw_color(160)  # a rule under the last row closes the table
        pdf.line(x, pdf.get_y(), x + sum(widths), pdf.get_y())

    def heading(slide_topic: str, title: str, finding: str | None) -> float:
        """The page's head (its topic goes in the footer); returns where the body starts."""
        topic[0] = slide_topic
        pdf.set_xy(MARGIN_X, MARGIN_TOP)
        write(title, TITLE_SIZE, 21, style="B", color=TITLE_COLOR)
        if finding:
            pdf.set_y(pdf.get_y() + 2)
            write(finding, FINDING_SIZE, 16)
        return pdf.get_y() + GAP

    # title page
    pdf.add_page()
    footer_h = sum(lines(s, FOOTER_SIZE, width - FOOTER_RIGHT) for s in story.stamp) * FOOTER_LINE
    bottom = PAGE_H - MARGIN_BOTTOM - footer_h - 9  # the body ends above the footer's rule
    pdf.set_xy(MARGIN_X, 150)
    write(story.title, 30, 36, style="B")
    pdf.set_y(pdf.get_y() + 12)
    for line in [story.scope, story.filters_line, story.made, story.data_version, story.privacy_note]:
        write(line, 13, 18, color=80)
        pdf.set_y(pdf.get_y() + 4)
    if story.demo_note:
        pdf.set_fill_color(255, 243, 205)
        pdf.set_font(family, "B", 13)
        pdf.cell(pdf.get_string_width(clean(story.demo_note)) + 16, 22, clean(story.demo_note), fill=True)

    for slide in story.slides:
        pdf.add_page()
        top = heading(slide.topic, slide.title, slide.finding)
        keys = min(max(slide.keys, 1), max(len(slide.table.columns), 1))
        plan = plan_page(
            slide.table,
            keys,
            Box(MARGIN_X, top, width, bottom - top),
            metrics=metrics,
            sizes=TABLE_SIZES,
            gap=GAP,
            full=(width, bottom - (MARGIN_TOP + 60)),
            notes_height=notes_height(slide),
            side_least=SIDE_LEAST,
            notes_least=NOTES_LEAST,
            after_factor=AFTER_FACTOR,
            has_chart=slide.figure is not None,
            chart_fits=lambda w, h, slide=slide: slide.fits(w, h, CHART_FONT),
        )
        if plan.chart is not None and slide.figure is not None and render is not None:
            png = render(slide, plan.chart.w, plan.chart.h, CHART_FONT)
            if png is not None:
                pdf.image(io.BytesIO(png), x=plan.chart.x, y=plan.chart.y, w=plan.chart.w, h=plan.chart.h)
        notes_box = plan.notes
        if plan.table_box is not None:
            box = plan.table_box
            table(plan.table.pieces[0], plan.table.widths[0], plan.table.size, keys, x=box.x, y=box.y)
            if notes_box is not None and notes_box.y > box.y:  # right under the table as set
                notes_box = replace(notes_box, y=min(notes_box.y, pdf.get_y() + GAP))
        if notes_box is not None:
            notes(slide, notes_box, plan.where)
        if plan.where != "after":
            continue
        pages = plan.table.pages()
        for n, pieces in enumerate(pages, start=1):
            pdf.add_page()
            title = t("report.continued", lang, title=slide.title, n=n, total=len(pages))
            y = max(heading(slide.topic, title, None), MARGIN_TOP + 60)
            x = MARGIN_X
            for piece, widths in pieces:
                table(piece, widths, plan.table.size, keys, x=x, y=y)
                x += sum(widths) + PIECE_GAP
    return bytes(pdf.output())
