"""Report exports of a :class:`ui.story.Story`: PPTX, PDF and one self-contained HTML file.

Each has the same content: a title slide (title, regions and years, filters,
date, the privacy note and, for demo data, the synthetic-data note), then one
slide per chart with its question as title, the one-line finding, the chart,
how to read it, and the table of numbers behind it ("<5" where a small group is
hidden).

- PPTX (python-pptx) and PDF (fpdf2) embed PNG images of the charts, made by
  :func:`chart_images` through :func:`ui.images.figure_png` (plotly's static
  export with Chromium). Without Chromium that raises
  :class:`ui.images.ImageExportUnavailable`, whose message says what is missing.
- HTML embeds the interactive plotly charts with plotly.js inlined once, and
  no external URL at all (no CDN, web font, stylesheet or image link), so it
  opens offline.

Every function returns bytes; none touches Streamlit.
"""

from __future__ import annotations

import html
import io
import os
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from ui.story import Slide, Story

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

    Raises :class:`ui.images.ImageExportUnavailable` when images cannot be made.
    """
    from ui.i18n import t
    from ui.images import figure_png

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
    from ui.i18n import t

    text = slide.how_to_read
    if slide.suppressed:
        text += " " + t("report.suppressed", story.lang, k=story.threshold)
    return text


def _title_lines(story: Story) -> list[str]:
    lines = [story.scope, story.filters_line, story.made, story.privacy_note]
    if story.demo_note:
        lines.append(story.demo_note)
    return lines


# ---------------------------------------------------------------- PPTX
def report_pptx(story: Story, images: dict[str, bytes]) -> bytes:
    """A 16:9 deck: a title slide, then one slide per chart (title, finding, chart, table)."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Inches, Pt

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

    for slide in story.slides:
        page = prs.slides.add_slide(prs.slide_layouts[5])
        place_title(page, slide.title, 0.4, 0.25, 12.5, 0.9, 28)
        textbox(page, 0.4, 1.1, 12.5, 0.7, slide.finding, 18)
        chart_w = 7.6 if not slide.table.empty else 12.5
        if slide.id in images:
            pic = page.shapes.add_picture(
                io.BytesIO(images[slide.id]), Inches(0.4), Inches(1.9), Inches(chart_w)
            )
            below = pic.top + pic.height
        else:
            below = Inches(2.0)
        textbox(page, 0.4, Emu(below).inches + 0.05, chart_w, 0.9, _notes(story, slide), 11, color=grey)
        if not slide.table.empty:
            _pptx_table(page, slide.table, left=8.2, top=1.9, width=4.75)
        textbox(page, 0.4, 7.05, 12.5, 0.35, f"{story.scope} · {slide.topic}", 10, color=grey)

    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _pptx_table(page, table: pd.DataFrame, *, left: float, top: float, width: float) -> None:
    from pptx.util import Inches, Pt

    rows, cols = len(table) + 1, len(table.columns)
    size = 12 if rows <= 9 and cols <= 4 else 10 if rows <= 13 and cols <= 6 else 9
    row_h = size / 72 * 1.9
    shape = page.shapes.add_table(rows, cols, Inches(left), Inches(top), Inches(width), Inches(row_h * rows))
    grid = shape.table
    first_w = min(width * 0.34, width / cols * 1.6) if cols > 1 else width
    for j in range(cols):
        grid.columns[j].width = Inches(first_w if j == 0 else (width - first_w) / max(cols - 1, 1))
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

    from ui.i18n import t

    font = _font_path()
    bold = font.with_name(font.stem + "-Bold.ttf") if font else None

    class Report(FPDF):
        def footer(self) -> None:
            self.set_y(-10)
            self.set_font(family, "", 8)
            self.set_text_color(110)
            self.cell(
                0, 5, clean(f"{story.scope} · {t('report.page', story.lang, n=self.page_no(), total='{nb}')}")
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
        chart_w = 150 if has_table else page_w  # the rest (about 117 mm) for the table
        if slide.id in images:
            chart_h = chart_w * IMAGE_HEIGHT / IMAGE_WIDTH
            pdf.image(io.BytesIO(images[slide.id]), x=pdf.l_margin, y=top, w=chart_w, h=chart_h)
            pdf.set_y(top + chart_h + 2)
        pdf.set_font(family, "", 9)
        pdf.set_text_color(90)
        pdf.multi_cell(chart_w, 4.5, clean(_notes(story, slide)))
        pdf.set_text_color(0)
        if has_table:
            pdf.set_y(top)
            table = slide.table
            cols = len(table.columns)
            size = 10 if cols <= 4 and len(table) <= 12 else 8
            pdf.set_font(family, "", size)
            first = 1.8 if cols > 2 else 1.0
            with pdf.table(
                width=page_w - chart_w - 6,
                align="RIGHT",
                col_widths=[first, *[1.0] * (cols - 1)],
                text_align=["LEFT", *["RIGHT"] * (cols - 1)],
                line_height=size * 0.5,
                headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
            ) as grid:
                for row in [list(table.columns), *table.astype(str).values.tolist()]:
                    cells = grid.row()
                    for value in row:
                        cells.cell(clean(str(value)))
    return bytes(pdf.output())


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
table { border-collapse: collapse; margin-top: .8rem; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #ccc; padding: .3rem .6rem; }
th { background: #f0f0f0; text-align: left; }
td { text-align: right; }
td:first-child { text-align: left; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .3rem; }
"""


def report_html(story: Story) -> bytes:
    """One HTML file: the same slides with interactive charts; plotly.js inlined once, no URL."""
    from ui.i18n import t

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
    return (
        f"<table><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


# ---------------------------------------------------------------- all three
def make_reports(story: Story, *, progress: Progress = None) -> tuple[dict[str, bytes], str | None]:
    """PPTX, PDF and HTML of ``story``, with progress 0..1.

    Returns the files by extension and, when chart images cannot be made, the reason
    (then only the HTML is there).
    """
    from ui.i18n import t
    from ui.images import ImageExportUnavailable, unavailable_reason

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
