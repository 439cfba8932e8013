"""The report as one self-contained HTML file, with interactive charts.

The same sections as the PPTX and PDF: the topic, the question, the finding, the chart
(plotly, interactive), the numbers behind it, the notes (how to read the chart and its
caveats: what the PPTX keeps as speaker notes) and, under every section and the whole
file, the stamp: the filters, the data version (and "data demo (sintetis)"), the
privacy threshold and the date. plotly.js is inlined once and nothing else is loaded
(no CDN, web font, stylesheet or image link): the file opens offline. Printed, each
section starts a page.
"""

from __future__ import annotations

import html

import pandas as pd

from reporting.story import Slide, Story
from reporting.text import t

MIME = "text/html"

_CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
       margin: 0 auto; max-width: 1200px; padding: 1.5rem; color: #1f2328; line-height: 1.45; }
header { border-bottom: 3px solid #0072B2; margin-bottom: 1.5rem; padding-bottom: 1rem; }
header h1 { font-size: 2.2rem; margin: 0 0 .5rem; }
header p { margin: .2rem 0; color: #444; }
.demo { display: inline-block; background: #fff3cd; padding: .2rem .6rem; border-radius: .3rem; font-weight: 600; }
section { break-before: page; border-top: 1px solid #ddd; padding-top: 1rem; margin-top: 2rem; }
section .topic { text-transform: uppercase; letter-spacing: .08em; color: #0072B2; font-size: .9rem; margin: 0; }
section h2 { font-size: 1.7rem; margin: .2rem 0 .4rem; }
section .finding { font-size: 1.25rem; margin: 0 0 .8rem; }
.body .chart { width: 100%; }
.body .side { display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-start; }
.body .side .table { flex: 0 1 auto; max-width: 100%; }
.body .side aside.notes { flex: 1 1 280px; }
.table { overflow-x: auto; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #ccc; padding: .3rem .6rem; white-space: nowrap; }
th { background: #f0f0f0; text-align: left; white-space: normal; }
td { text-align: right; }
td.key { text-align: left; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .3rem; }
aside.notes { background: #f6f8fa; border-left: 4px solid #0072B2; padding: .5rem .9rem; margin-top: 2.2rem;
              color: #333; font-size: .95rem; }
aside.notes h3 { font-size: .95rem; margin: 0 0 .3rem; text-transform: uppercase; letter-spacing: .06em; }
aside.notes p { margin: .25rem 0; }
.stamp { color: #666; font-size: .8rem; border-top: 1px solid #eee; margin-top: .8rem; padding-top: .3rem; }
.stamp p { margin: 0; }
"""


def report_html(story: Story) -> bytes:
    """One HTML file: the slides with interactive charts; plotly.js inlined once, no URL."""
    esc = html.escape
    lang = story.lang
    stamp = '<div class="stamp">' + "".join(f"<p>{esc(line)}</p>" for line in story.stamp) + "</div>"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(lang)}">',
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
            for line in (story.scope, story.filters_line, story.made, story.data_version, story.privacy_note)
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
            '<div class="body">',
        ]
        if slide.figure is not None:
            chart = slide.figure.to_html(
                full_html=False,
                include_plotlyjs=not plotly_included,  # inline, once: no CDN
                include_mathjax=False,
                div_id=f"chart-{slide.id}",
                config={"displaylogo": False, "responsive": True, "plotlyServerURL": ""},
            )
            parts.append(f'<div class="chart">{chart}</div>')
            plotly_included = True
        parts.append('<div class="side">')
        if not slide.table.empty:
            parts.append(_html_table(slide.table, t("report.numbers", lang), slide.keys))
        parts += [_notes(story, slide), "</div>", "</div>", stamp, "</section>"]
    parts += [f"<footer>{stamp}</footer>", "</body>", "</html>"]
    return "\n".join(parts).encode("utf-8")


def _notes(story: Story, slide: Slide) -> str:
    """The speaker notes' equivalent: how to read the chart and its caveats."""
    esc = html.escape
    lang = story.lang
    lines = [f"<p><b>{esc(t('report.notes.how', lang))}:</b> {esc(slide.how_to_read)}</p>"]
    lines += [f"<p><b>{esc(t('report.notes.caveats', lang))}:</b> {esc(c)}</p>" for c in slide.caveats]
    return f'<aside class="notes"><h3>{esc(t("report.notes", lang))}</h3>{"".join(lines)}</aside>'


def _html_table(table: pd.DataFrame, caption: str, keys: int = 1) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(str(c))}</th>" for c in table.columns)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="key">{esc(str(v))}</td>' if j < keys else f"<td>{esc(str(v))}</td>"
            for j, v in enumerate(row)
        )
        + "</tr>"
        for row in table.astype(str).values
    )
    # a wide table (many regions) scrolls sideways instead of widening the page
    return (
        f'<div class="table"><table><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )
