"""Report exports of a :class:`reporting.story.Story`: PPTX, PDF and one self-contained HTML file.

Each has the same content: a title slide (title, regions and years, filters, date, the
data version, the privacy note and, for demo data, the synthetic-data note), then a
slide per chart with its question as title, the one-line finding, the chart and the
table of numbers behind it ("<5" / "x" where a small group is hidden), the notes (how
to read, caveats) and a footer stamped with the filters, the data version and the
privacy threshold. The formats are built by :mod:`reporting.pptx`, :mod:`reporting.pdf`
and :mod:`reporting.html`, on the page plans of :mod:`reporting.layout`.

- PPTX and PDF embed PNG images of the charts, drawn for the box each gets on its page
  (:func:`chart_png`) by :func:`reporting.images.figure_png` (plotly's static export with
  Chromium, kept open between images). Without Chromium that raises
  :class:`reporting.images.ImageExportUnavailable`, whose message says what is missing.
- HTML embeds the interactive plotly charts with plotly.js inlined once, and no
  external URL at all, so it opens offline.

Every function returns bytes; none touches Streamlit.
"""

from __future__ import annotations

from collections.abc import Callable

from reporting import pdf as _pdf
from reporting import pptx as _pptx
from reporting.html import MIME as HTML_MIME
from reporting.html import report_html
from reporting.layout import PIECE_GAP, PPTX_METRICS, figure_for_box, layout_table
from reporting.pdf import MIME as PDF_MIME
from reporting.pdf import report_pdf
from reporting.pptx import MIME as PPTX_MIME
from reporting.pptx import PPTX_FULL, PPTX_SIDE, report_pptx
from reporting.story import Slide, Story

__all__ = [
    "HTML_MIME",
    "IMAGE_SCALE",
    "PDF_MIME",
    "PIECE_GAP",
    "PPTX_FULL",
    "PPTX_METRICS",
    "PPTX_MIME",
    "PPTX_SIDE",
    "chart_png",
    "file_stem",
    "layout_table",
    "make_reports",
    "report_html",
    "report_pdf",
    "report_pptx",
]

Progress = Callable[[float, str], None] | None

# image pixels per point of the chart's box: 144 dpi in print, sharp on a projector
IMAGE_SCALE = 2.0


def _step(progress: Progress, fraction: float, message: str) -> None:
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0), message)


def file_stem(story: Story) -> str:
    """``laporan_asn_2021-2025`` style base name for the downloads."""
    years = story.scope.rsplit("·", 1)[-1].strip().replace("–", "-")
    return f"{'laporan' if story.lang == 'id' else 'report'}_asn_{years}"


def chart_png(slide: Slide, width: float, height: float, least_font: float) -> bytes:
    """The slide's chart as a PNG for a box ``width`` x ``height`` points: laid out at one
    pixel per point with no font under ``least_font``, at :data:`IMAGE_SCALE` pixels per
    point. Raises :class:`reporting.images.ImageExportUnavailable` without Chromium."""
    from reporting.images import figure_png

    fig = figure_for_box(slide.figure_for(width, height, least_font), width, height, least_font)
    return figure_png(fig, width=round(width), height=round(height), scale=IMAGE_SCALE)


def make_reports(story: Story, *, progress: Progress = None) -> tuple[dict[str, bytes], str | None]:
    """PPTX, PDF and HTML of ``story``, with progress 0..1.

    Returns the files by extension and, when chart images cannot be made, the reason
    (then only the HTML is there).
    """
    from reporting.images import ImageExportUnavailable, unavailable_reason
    from reporting.text import t

    files: dict[str, bytes] = {}
    reason = unavailable_reason()
    if reason is None:
        charts = sum(1 for s in story.slides if s.figure is not None)

        def render(start: float, share: float, step: str) -> _pptx.Render:
            """Chart images for one file, reported as its progress from ``start`` on."""
            made = []

            def draw(slide: Slide, width: float, height: float, font: float) -> bytes:
                made.append(slide.id)
                i = min(len(made), charts)
                message = f"{t(step, story.lang)} · {t('export.step.image', story.lang, i=i, n=charts)}"
                _step(progress, start + share * (i - 1) / max(charts, 1), message)
                return chart_png(slide, width, height, font)

            return draw

        try:
            pptx = _pptx.report_pptx(story, render(0.05, 0.45, "export.step.pptx"))
            pdf = _pdf.report_pdf(story, render(0.5, 0.45, "export.step.pdf"))
            files |= {"pptx": pptx, "pdf": pdf}
        except ImageExportUnavailable as exc:
            reason = str(exc)
    _step(progress, 0.96, t("export.step.html", story.lang))
    files["html"] = report_html(story)
    _step(progress, 1.0, t("export.step.html", story.lang))
    return files, reason
