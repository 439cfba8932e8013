"""The deck as a 16:9 PPTX (python-pptx): a title slide, then a slide per chart.

Each slide: its question as the title, the finding, and the chart with the numbers
behind it (:func:`reporting.layout.plan_page`: the table beside the chart, or below it,
or — too long for the slide at a readable size — on the slides after it, the chart then
taking the whole slide). Every text a room reads is at least 18 pt (:data:`LEAST_FONT`,
the charts' texts included: drawn at one pixel per point of their box). The footer of
every slide (12 pt, a stamp for the file, not read from the room) names the filters, the
data version (and "data demo (sintetis)"), the privacy threshold and the date; the
speaker notes hold the finding, how to read the chart and its caveats.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pandas as pd

from reporting.layout import PIECE_GAP, PPTX_CELL_MARGIN, PPTX_METRICS, Box, glue, plan_page, wrapped_lines
from reporting.story import Slide, Story
from reporting.text import t

Render = Callable[[Slide, float, float, float], bytes | None]

MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
SLIDE_W, SLIDE_H = 960.0, 540.0  # points: 13.333 x 7.5 in
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 30.0, 20.0, 8.0
GAP = 14.0
LEAST_FONT = 18  # points: titles, findings, tables, the charts' texts
TITLE_SIZE, FINDING_SIZE, TABLE_SIZES = 28, 20, (20, 18)
FOOTER_SIZE, FOOTER_LINE = 12, 14.5
FONT = "Calibri"
GREY = (0x55, 0x55, 0x55)
SIDE_LEAST = 200.0
SIDE_MOST = 0.55  # of the width a table beside the chart may take

# inches on the slide, as points: a table beside a chart, and a slide of its own (the
# table layout's tests use them)
PPTX_SIDE = (0.45 * (SLIDE_W - 2 * MARGIN_X), 340.0)
PPTX_FULL = (SLIDE_W - 2 * MARGIN_X, 380.0)


def speaker_notes(story: Story, slide: Slide) -> str:
    """The finding, how to read the chart and the caveats (and, for the demo, that the data
    are synthetic)."""
    lang = story.lang
    lines = [
        f"{t('report.notes.finding', lang)}: {slide.finding}",
        f"{t('report.notes.how', lang)}: {slide.how_to_read}",
        *[f"{t('report.notes.caveats', lang)}: {c}" for c in slide.caveats],
    ]
    if story.demo_note:
        lines.append(story.demo_note)
    return "\n".join(lines)


def report_pptx(story: Story, render: Render | None = None) -> bytes:
    """The PPTX of ``story``; ``render`` draws each chart for its box (None: no charts)."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.text import MSO_AUTO_SIZE, PP_ALIGN
    from pptx.util import Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(SLIDE_W), Pt(SLIDE_H)
    width = SLIDE_W - 2 * MARGIN_X
    lang = story.lang
    pages = 1 + len(story.slides)  # counted again below once the tables are placed

    def frame_text(frame, text: str, size: float, *, bold=False, color=None, align=None) -> None:
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        for i, line in enumerate(text.split("\n")):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.text = line
            para.font.size = Pt(size)
            para.font.bold = bold
            para.font.name = FONT
            if align is not None:
                para.alignment = align
            if color is not None:
                para.font.color.rgb = RGBColor(*color)

    def textbox(page, box: Box, text: str, size: float, **style):
        shape = page.shapes.add_textbox(Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
        frame_text(shape.text_frame, text, size, **style)
        return shape

    def height(text: str, size: float, w: float, *, bold=False, line=1.2) -> float:
        return wrapped_lines(text, w, size, bold=bold) * size * line

    footer_h = sum(wrapped_lines(s, width - 150, FOOTER_SIZE) for s in story.stamp) * FOOTER_LINE
    footer_top = SLIDE_H - MARGIN_BOTTOM - footer_h
    bottom = footer_top - 10

    def new_slide(title: str | None, size: float = TITLE_SIZE) -> tuple[object, float]:
        """A slide with its title (the layout's title placeholder) and footer; returns it and
        where its body starts."""
        page = prs.slides.add_slide(prs.slide_layouts[5])  # "Title Only"
        y = MARGIN_TOP
        if title is not None:
            h = height(title, size, width, bold=True)
            shape = page.shapes.title
            shape.left, shape.top, shape.width, shape.height = Pt(MARGIN_X), Pt(y), Pt(width), Pt(h)
            shape.text_frame.text = ""
            frame_text(shape.text_frame, title, size, bold=True)
            y += h + 6
        number = t("report.slide", lang, n=len(prs.slides), total=pages)
        textbox(page, Box(SLIDE_W - MARGIN_X - 140, footer_top, 140, FOOTER_LINE), number, FOOTER_SIZE,
                color=GREY, align=PP_ALIGN.RIGHT)  # fmt: skip
        textbox(page, Box(MARGIN_X, footer_top, width - 150, footer_h), "\n".join(story.stamp), FOOTER_SIZE,
                color=GREY)  # fmt: skip
        return page, y

    # the plan of every slide first: the count of slides goes into each footer
    plans = []
    for slide in story.slides:
        top = MARGIN_TOP + height(slide.title, TITLE_SIZE, width, bold=True) + 6
        top += height(slide.finding, FINDING_SIZE, width) + GAP
        plan = plan_page(
            slide.table,
            slide.keys,
            Box(MARGIN_X, top, width, bottom - top),
            metrics=PPTX_METRICS,
            sizes=TABLE_SIZES,
            gap=GAP,
            full=(width, bottom - (MARGIN_TOP + 2 * TITLE_SIZE * 1.2 + 6)),
            side_least=SIDE_LEAST,
            side_most=SIDE_MOST,
            after_factor=0.5,  # a slide's chart small beside or over a table does not read in a room
            has_chart=slide.figure is not None,
            chart_fits=lambda w, h, slide=slide: slide.fits(w, h, LEAST_FONT),
            # a line under the chart when its numbers are in the appendix
            notes_height=lambda w, where: LEAST_FONT * 1.3 if where == "after" else 0.0,
        )
        plans.append(plan)
        pages += len(plan.table.pages()) if plan.where == "after" else 0

    # title slide: the report's title in the layout's title placeholder
    first, _ = new_slide(None)
    heading = first.shapes.title
    heading.left, heading.top, heading.width, heading.height = Pt(MARGIN_X), Pt(120), Pt(width), Pt(60)
    frame_text(heading.text_frame, story.title, 40, bold=True)
    lines = [story.scope, story.filters_line, story.made, story.data_version]
    textbox(first, Box(MARGIN_X, 190, width, 150), "\n".join(lines), 20, color=GREY)
    y = 190 + sum(height(line, 20, width) for line in lines) + 14
    if story.demo_note:
        box = textbox(
            first, Box(MARGIN_X, y, width, 30), story.demo_note, 20, bold=True, color=(0x8A, 0x5A, 0x00)
        )
        box.fill.solid()
        box.fill.fore_color.rgb = RGBColor(0xFF, 0xF3, 0xCD)
        y += 40
    textbox(first, Box(MARGIN_X, y, width, bottom - y), story.privacy_note, 18, color=GREY)
    first.notes_slide.notes_text_frame.text = "\n".join([story.privacy_note, *story.stamp])

    # the numbers too long for their chart's slide go to an appendix after the story, so the
    # story's slides follow each other; each chart's slide says on which slide they are
    appendix = 1 + len(story.slides) + 1
    for slide, plan in zip(story.slides, plans, strict=True):
        page, y = new_slide(slide.title)
        textbox(
            page,
            Box(MARGIN_X, y, width, height(slide.finding, FINDING_SIZE, width)),
            slide.finding,
            FINDING_SIZE,
        )
        page.notes_slide.notes_text_frame.text = speaker_notes(story, slide)
        if plan.chart is not None and slide.figure is not None and render is not None:
            png = render(slide, plan.chart.w, plan.chart.h, LEAST_FONT)
            if png is not None:
                box = plan.chart
                page.shapes.add_picture(io.BytesIO(png), Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
        if plan.table_box is not None:
            box = plan.table_box
            _table(
                page, plan.table.pieces[0], plan.table.widths[0], plan.table.size, slide.keys, box.x, box.y
            )
        if plan.where == "after":
            note = t("report.numbers.appendix", lang, n=appendix)
            textbox(page, plan.notes, note, LEAST_FONT, color=GREY)
            appendix += len(plan.table.pages())
    for slide, plan in zip(story.slides, plans, strict=True):
        if plan.where != "after":
            continue
        more = plan.table.pages()
        for n, pieces in enumerate(more, start=1):
            title = t("report.continued", lang, title=slide.title, n=n, total=len(more))
            extra, y = new_slide(title, 24)
            extra.notes_slide.notes_text_frame.text = speaker_notes(story, slide)
            x = MARGIN_X
            for piece, widths in pieces:
                _table(extra, piece, widths, plan.table.size, slide.keys, x, y + 8)
                x += sum(widths) + PIECE_GAP

    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _table(
    page, table: pd.DataFrame, widths: list[float], size: float, keys: int, x: float, y: float
) -> None:
    """The table at ``x``, ``y`` (points) with column ``widths`` (points)."""
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Inches, Pt

    from reporting.layout import _row_heights

    heights = _row_heights(table, widths, size, PPTX_METRICS)
    shape = page.shapes.add_table(
        len(table) + 1, len(table.columns), Pt(x), Pt(y), Pt(sum(widths)), Pt(sum(heights))
    )
    grid = shape.table
    for j, w in enumerate(widths):
        grid.columns[j].width = Pt(w)
    cells = [[glue(str(c)) for c in table.columns], *table.astype(str).values.tolist()]
    for i, row in enumerate(cells):
        grid.rows[i].height = Pt(heights[i])
        for j, value in enumerate(row):
            cell = grid.cell(i, j)
            cell.text = str(value)
            cell.margin_left = cell.margin_right = Inches(PPTX_CELL_MARGIN[1])
            cell.margin_top = cell.margin_bottom = Inches(PPTX_CELL_MARGIN[0])
            for para in cell.text_frame.paragraphs:
                para.font.size = Pt(size)
                para.font.bold = i == 0
                para.font.name = FONT
                para.alignment = PP_ALIGN.LEFT if j < keys or i == 0 else PP_ALIGN.RIGHT
