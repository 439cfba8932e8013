"""The presentation story and its report exports, on the small demo database.

The story's tables equal the analytics results (formatted as the dashboard
formats them), with "<5" for small groups and no hidden number in the charts;
the PPTX and PDF are opened and read back (slide / page count, titles,
findings, every number of every table); the HTML is parsed and has no
external URL; no employee name or NIP appears in any export.

PPTX and PDF need Chromium for the chart images (``reporting.images``): without it
those tests skip locally and fail under CI, like the browser tests.
"""

from __future__ import annotations

import io
import math
import os
import re
from dataclasses import replace
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from analytics import competency, kinerja, meta, overview, placement, privacy, reference, talent, training
from analytics.filters import Filters
from data.demo import REGION_IDS
from reporting import fmt, images, regions, report
from reporting.charts import placement as pc
from reporting.report import make_reports, report_html
from reporting.story import TOPICS, Data, build_slide, build_story
from ui import components as ui
from ui.i18n import region_name, t

K = privacy.DEFAULT_MIN_GROUP_SIZE
SMALL = f"<{K}"
MARKERS = {SMALL, privacy.SECONDARY_MARKER}


def is_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="module")
def db(small_db: Path):
    con = duckdb.connect(str(small_db), read_only=True)
    yield con
    con.close()


@pytest.fixture(autouse=True)
def region_names(db):
    """Region names as the story gets them (from the test database), for the expected cells."""
    with regions.using(meta.region_options(db)):
        yield


@pytest.fixture(scope="module")
def filters(db) -> Filters:
    first, last = meta.year_bounds(db)
    return Filters(regions=tuple(REGION_IDS), year_from=first, year_to=last)


@pytest.fixture(scope="module")
def story(db, filters):
    return build_story(filters, Data.on(db))


@pytest.fixture(scope="module")
def files(story) -> dict[str, bytes]:
    reason = images.unavailable_reason()
    if reason is not None:
        if is_ci():
            pytest.fail(f"chart images unavailable under CI: {reason}")
        pytest.skip(reason)
    out, reason = make_reports(story)
    assert reason is None, reason
    assert set(out) == {"pptx", "pdf", "html"}
    return out


def table_rows(slide, *key_headers: str) -> dict[tuple, dict[str, str]]:
    """The slide's table as {(key cells): {header: cell}}."""
    rows = {}
    for record in slide.table.to_dict("records"):
        rows[tuple(record[t(h)] for h in key_headers)] = {k: str(v) for k, v in record.items()}
    return rows


def check_cell(shown: str, expected: str, count: float, *, is_count: bool = True) -> bool:
    """A count cell shows its value, "<5" for a small group, or "x" (hidden to protect
    one); a value cell (share, mean, rate) of a small group shows "x". Returns True when
    the value itself is shown."""
    if 0 < count < K:
        assert shown == (SMALL if is_count else privacy.SECONDARY_MARKER), (shown, count)
        return False
    assert shown in (expected, privacy.SECONDARY_MARKER), (shown, expected)
    return shown == expected


def slide(story, topic: str):
    return next(s for s in story.slides if s.id == topic)


# ---------------------------------------------------------------- the story: numbers equal the analytics


def test_story_has_one_slide_per_topic(story) -> None:
    assert [s.id for s in story.slides] == list(TOPICS)
    for s in story.slides:
        assert s.title and s.finding and s.figure is not None and not s.table.empty, s.id


def test_overview_numbers(db, filters, story) -> None:
    kpis = overview.overview_kpis(db, filters)
    s = slide(story, "overview")
    rows = {r[t("story.indicator")]: r for r in s.table.to_dict("records")}
    shown = 0
    for row in kpis.itertuples(index=False):
        name = region_name(row.region_id)
        shown += check_cell(rows[t("col.employees")][name], fmt.integer(row.employees), row.employees)
        shown += check_cell(
            rows[t("story.indicator.share_baik")][name],
            fmt.percent(row.share_baik),
            row.employees,
            is_count=False,
        )
    assert shown == 2 * len(kpis)  # regions are large groups
    # the finding is the Ringkasan's first sentence: the region lowest on a share, when it is
    # below the target (a setting) and a point or more below the next region, with its value
    settings = meta.settings(db)
    named = 0
    for col in ("share_baik", "share_optimal", "share_jp_met"):
        target = settings[f"target_{col}"] / 100
        low, runner_up = kpis.sort_values(col).iloc[:2].itertuples(index=False)
        item = f"{fmt.percent(getattr(low, col))}; target {fmt.percent(target, 0)}"
        if getattr(low, col) < target and getattr(runner_up, col) - getattr(low, col) >= 0.01:
            assert region_name(low.region_id) in s.finding and item in s.finding, (col, s.finding)
            named += 1
        else:
            assert item not in s.finding
    assert named >= 1  # the small demo has laggards, as the full one has


def test_competency_numbers_and_small_groups(db, filters, story) -> None:
    bands = competency.jpm_distribution(db, filters)  # the mapping bands (all staff)
    s = slide(story, "competency")
    rows = table_rows(s, "col.region", "col.band_mapping")
    shown = 0
    for row in bands.itertuples(index=False):
        cells = rows[(region_name(row.region_id), row.band)]
        shown += check_cell(cells[t("col.employees")], fmt.integer(row.employees), row.employees)
        check_cell(cells[t("axis.share")], fmt.percent(row.share), row.employees, is_count=False)
    assert shown >= len(bands) // 2
    # a region with a small band hides a second cell too: the shares add up to 100 %
    for region_id, group in bands.groupby("region_id"):
        small = ((group["employees"] > 0) & (group["employees"] < K)).sum()
        if small:
            hidden = sum(
                rows[(region_name(region_id), b)][t("col.employees")] in MARKERS for b in group["band"]
            )
            assert hidden >= 2, region_id


def test_kinerja_numbers(db, filters, story) -> None:
    trend = kinerja.kinerja_trend(db, filters, grain="year")
    s = slide(story, "kinerja")
    rows = {r[t("col.region")]: r for r in s.table.to_dict("records")}
    for row in trend.itertuples(index=False):
        cell = rows[region_name(row.region_id)][str(row.period.year)]
        assert check_cell(cell, fmt.percent(row.share_baik), row.employees, is_count=False)


def test_training_numbers_and_finding(db, filters, story) -> None:
    s = slide(story, "training")
    rows = table_rows(s, "col.region")
    # every row in the outcome of the whole selection (the rating where some region has no
    # score), in its unit: percentage points of a share, or score points
    pooled = next(training.training_impact(db, filters).itertuples(index=False))
    factor = ui.impact_factor(pooled)
    for region_id in filters.regions:
        impact = training.training_impact(db, replace(filters, regions=(region_id,)), outcome=pooled.outcome)
        row = next(impact.itertuples(index=False))
        cells = rows[(region_name(region_id),)]
        if not row.n_treated:  # Jambi rates quarterly: no estimate
            assert (cells[t(f"impact.kpi.{pooled.unit}")], cells[t("kpi.ci")]) == (fmt.MISSING, fmt.MISSING)
        elif check_cell(cells[t("kpi.n_treated")], fmt.integer(row.n_treated), row.n_treated):
            assert cells[t(f"impact.kpi.{pooled.unit}")] == fmt.points(row.estimate * factor, 2)
            assert cells[t("kpi.ci")] == fmt.num_range(row.ci_low * factor, row.ci_high * factor, 2)
    assert rows[(t("story.training.all"),)][t("kpi.n_treated")] == fmt.integer(pooled.n_treated)
    assert s.finding == ui.impact_sentence(pooled, training.DEFAULT_MIN_JP)


def test_placement_numbers_hide_small_groups_in_table_and_chart(db, filters, story) -> None:
    rates = placement.move_rates(db, filters)
    s = slide(story, "placement")
    rows = table_rows(s, "col.region", "penempatan.col.move_type")
    small = rates[(rates["moves"] > 0) & (rates["moves"] < K)]
    assert not small.empty, "the fixture has no small group of moves to test with"
    for row in rates.itertuples(index=False):
        cells = rows[(region_name(row.region_id), pc.move_label(row.move_type))]
        if check_cell(cells[t("penempatan.col.moves")], fmt.integer(row.moves), row.moves):
            assert cells[t("penempatan.col.per_100")] == fmt.number(row.per_100_per_year, 1)
        else:
            assert cells[t("penempatan.col.per_100")] in MARKERS
    # the chart leaves hidden cells out: no bar carries a small group's rate
    drawn = {
        (trace.name, label): value
        for trace in s.figure.data
        for label, value in zip(trace.x, trace.y, strict=True)
    }
    for row in small.itertuples(index=False):
        assert (region_name(row.region_id), pc.move_label(row.move_type)) not in drawn


def test_placement_finding_is_the_pages_sentence(db, filters, story) -> None:
    """The slide says what the Penempatan page says first about moves (reporting.findings):
    the regions with the most and the fewest rotations, transfers and promotions per 100
    employees a year, among those whose every kind of move shows (5 moves or more)."""
    rates = placement.move_rates(db, filters)
    by = rates.groupby("region_id").agg(per_100=("per_100_per_year", "sum"), least=("moves", "min"))
    by = by[by["least"] >= K]
    assert 2 <= len(by) < rates["region_id"].nunique()  # one region has a small kind of move
    hi, lo = by["per_100"].idxmax(), by["per_100"].idxmin()
    assert slide(story, "placement").finding == t(
        "penempatan.lead.rates.many",
        hi=region_name(hi),
        hi_v=fmt.number(by.at[hi, "per_100"], 1),
        lo=region_name(lo),
        lo_v=fmt.number(by.at[lo, "per_100"], 1),
        y0=filters.year_from,
        y1=filters.year_to,
    )


def test_talent_grid_numbers_equal_talent_grid(db, filters, story) -> None:
    """The 9-box slide: per box and region "count (share)" as talent_grid gives them
    (default cut-offs 60 / 80), "<5" / "x" where hidden, "0" for an empty box."""
    grid = talent.talent_grid(db, filters)
    assert (grid["box"].nunique(), grid["region_id"].nunique()) == (9, len(filters.regions))
    s = slide(story, "talent")
    assert s.topic == t("nav.talenta") and s.figure is not None
    rows = {r[t("col.box")]: r for r in s.table.to_dict("records")}
    assert list(rows) == [str(b) for b in range(1, 10)]
    shown = small = 0
    for row in grid.itertuples(index=False):
        cell = rows[str(row.box)][region_name(row.region_id)]
        if 0 < row.employees < K:
            # "<5"; "x" where its part of the grid (boxes 7-9, or 1-6) cannot be protected
            # against the total shown beside it (the pool) without giving a range away
            assert cell in MARKERS, (row.box, row.region_id, cell)
            small += 1
        elif cell != privacy.SECONDARY_MARKER:
            expected = (
                "0" if row.employees == 0 else f"{fmt.integer(row.employees)} ({fmt.percent(row.share)})"
            )
            assert cell == expected, (row.box, row.region_id)
            shown += 1
    assert small and shown >= len(grid) - 3 * small  # the fixture has small boxes; most cells show
    # the finding (the Talenta page's, reporting.findings.talent): the share in boxes 7-9 per
    # region: its succession pool (shown on the next slide unless under 5) over the assessed,
    # else the range the table's cells allow (the boxes shown; plus what the hidden boxes hold)
    hidden = {(region, box) for box, cells in rows.items() for region, v in cells.items() if v in MARKERS}
    assert hidden  # the fixture hides some box
    pools = talent.succession_by_region(db, filters).set_index("region_id")["pool"]
    bounds = {}
    for region_id, part in grid.groupby("region_id"):
        name = region_name(region_id)
        assessed = part["assessed"].iloc[0]
        if not 0 < pools[region_id] < K:
            bounds[region_id] = (pools[region_id] / assessed,) * 2
            continue
        shown = part[[(name, str(b)) not in hidden for b in part["box"]]]
        pool = shown[shown["box"] >= 7]
        low = pool["employees"].sum() / assessed
        rest = 1 - shown["employees"].sum() / assessed
        bounds[region_id] = (low, low + rest if len(pool) < 3 else low)
    mid = {r: (lo + hi) / 2 for r, (lo, hi) in bounds.items()}
    best, worst = max(mid, key=mid.get), min(mid, key=mid.get)

    def text(region_id):
        lo, hi = bounds[region_id]
        return (
            fmt.percent(lo)
            if fmt.percent(lo) == fmt.percent(hi)
            else f"{fmt.number(lo * 100, 1)}–{fmt.percent(hi)}"
        )

    assert s.finding.startswith(
        t(
            "talenta.lead.grid.many",
            hi=region_name(best),
            hi_v=text(best),
            hi_n=fmt.integer(grid.loc[grid["region_id"] == best, "assessed"].iloc[0]),
            lo=region_name(worst),
            lo_v=text(worst),
            lo_n=fmt.integer(grid.loc[grid["region_id"] == worst, "assessed"].iloc[0]),
        )
    )
    # the chart: one 9-box per region, hidden cells not coloured
    assert [tr.type for tr in s.figure.data] == ["heatmap"] * len(filters.regions)
    for trace in s.figure.data:
        assert len(trace.z) == 9


@pytest.mark.parametrize("region", [REGION_IDS[-1], "SWL"])
def test_talent_grid_for_one_region(db, filters, region: str) -> None:
    one = replace(filters, regions=(region,))
    s = build_slide("talent", one, Data.on(db))
    grid = talent.talent_grid(db, one).set_index("box")
    assert list(s.table.columns) == [
        t("col.box"),
        t("col.kinerja_level"),
        t("col.potensi_level"),
        region_name(region),
    ]
    assert len(s.figure.data) == 1
    # the finding says the region's share in boxes 7-9 and 1-3, never "too small" above a
    # grid that shows: exact where none of those boxes is hidden, else a range (the slide of
    # the issue: Sawahlunto alone, "too small" above a full 9-box of 2.035 people)
    assert s.finding != t("story.f.suppressed", k=K)
    assert s.finding.startswith(f"{region_name(region)}: ")
    cells = s.table.set_index(t("col.box"))[region_name(region)]
    # boxes 7-9: the succession pool, shown beside the grid unless under 5, over the assessed
    (pool,) = talent.succession_by_region(db, one)["pool"]
    if not 0 < pool < K:
        assert f"{region_name(region)}: {fmt.percent(pool / grid['assessed'].iloc[0])} dari" in s.finding
    # boxes 1-3: exact where none is hidden, else a range that says so
    if not any(cells[str(b)] in MARKERS for b in (1, 2, 3)):
        assert fmt.percent(grid.loc[[1, 2, 3], "share"].sum()) in s.finding
    else:
        assert t("talenta.lead.range") in s.finding
    assert fmt.integer(grid["assessed"].iloc[0]) in s.finding


def test_succession_numbers(db, filters, story) -> None:
    succession = talent.succession_by_region(db, filters)
    s = slide(story, "succession")
    assert s.topic == t("nav.talenta")
    rows = table_rows(s, "col.region")
    for row in succession.itertuples(index=False):
        cells = rows[(region_name(row.region_id),)]
        pool_shown = check_cell(cells[t("col.pool")], fmt.integer(row.pool), row.pool)
        # the page's rule (talent.succession_by_region.spec): posts to fill and the pool per
        # post are hidden too when fewer than 5 retire (with the vacant posts they give it back)
        if 0 < row.retiring < K:
            assert cells[t("col.posts_to_fill")] == privacy.SECONDARY_MARKER
            assert cells[t("col.pool_per_post")] == privacy.SECONDARY_MARKER
        elif pool_shown:
            assert cells[t("col.posts_to_fill")] == fmt.integer(row.posts_to_fill)
            assert cells[t("col.pool_per_post")] == fmt.number(row.pool_per_post, 1)
    # the finding (the Talenta page's first sentence): fewest and most candidates per post to
    # fill, among the regions whose ratio shows (pool not 1-4, retiring not 1-4, posts to fill)
    shown = succession[
        ~succession["pool"].between(1, K - 1)
        & ~succession["retiring"].between(1, K - 1)
        & (succession["posts_to_fill"] > 0)
    ].set_index("region_id")
    ratio = shown["pool"] / shown["posts_to_fill"]
    lo, hi = ratio.idxmin(), ratio.idxmax()
    as_text = lambda v: fmt.number(v, 1 if v >= 1 else 2)  # noqa: E731
    assert s.finding == t(
        "talenta.lead.succ.many",
        lo=region_name(lo),
        lo_v=as_text(ratio[lo]),
        lo_pool=fmt.integer(shown.at[lo, "pool"]),
        lo_posts=fmt.integer(shown.at[lo, "posts_to_fill"]),
        hi=region_name(hi),
        hi_v=as_text(ratio[hi]),
        hi_pool=fmt.integer(shown.at[hi, "pool"]),
        hi_posts=fmt.integer(shown.at[hi, "posts_to_fill"]),
    )


def test_one_small_unit_shows_markers_everywhere(db, filters) -> None:
    """A unit with few employees: its groups show "<5", and the story still builds."""
    (unit_id, region_id) = db.execute(
        """select u.unit_id, u.region_id from employees e join positions p using (position_id)
           join units u on u.unit_id = p.unit_id group by all having count(*) between 5 and 12
           order by count(*), u.unit_id limit 1"""
    ).fetchall()[0]
    small = build_story(replace(filters, regions=(region_id,), unit_id=unit_id), Data.on(db))
    text = "\n".join(s.table.to_csv() for s in small.slides)
    assert SMALL in text
    assert any(s.suppressed for s in small.slides)


def test_threshold_is_configurable(db, filters, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(privacy.ENV_VAR, "40")
    story40 = build_story(filters, Data.on(db))
    assert story40.threshold == 40
    cells = slide(story40, "placement").table.to_csv()
    assert "<40" in cells and SMALL not in cells


# ---------------------------------------------------------------- the files


def all_cells(story) -> list[str]:
    return [str(v) for s in story.slides for v in [*s.table.columns, *s.table.to_numpy().ravel()]]


def cells_of(table) -> list[str]:
    return [str(c) for c in table.columns] + [str(v) for v in table.to_numpy().ravel()]


NBSP = "\u00a0"  # headers keep a short last word with the one before it ("IK 95 %")


def pptx_slides(data: bytes) -> list[dict]:
    from pptx import Presentation

    out = []
    for page in Presentation(io.BytesIO(data)).slides:
        texts, cells, pictures = [], [], 0
        for shape in page.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                cells += [c.text.replace(NBSP, " ") for row in shape.table.rows for c in row.cells]
            if shape.shape_type == 13:  # MSO_SHAPE_TYPE.PICTURE
                pictures += 1
        out.append(
            {
                "title": page.shapes.title.text,
                "text": "\n".join(texts),
                "cells": cells,
                "pictures": pictures,
                "notes": page.notes_slide.notes_text_frame.text if page.has_notes_slide else "",
            }
        )
    return out


def test_pptx_has_a_title_slide_a_slide_per_chart_and_every_number(story, files) -> None:
    """The title slide, the story's slides in order (question, finding, chart), and every
    cell of each table: on its slide, or on the appendix slides the slide names."""
    pages = pptx_slides(files["pptx"])
    charts = [s for s in story.slides if s.figure is not None]
    assert pages[0]["title"] == story.title
    assert story.scope in pages[0]["text"] and story.privacy_note in pages[0]["text"]
    assert story.demo_note in pages[0]["text"]
    for page, s in zip(pages[1 : 1 + len(charts)], charts, strict=True):
        assert page["title"] == s.title
        assert s.finding in page["text"]
        assert page["pictures"] == 1
        expected = cells_of(s.table)
        if page["cells"]:
            assert page["cells"] == expected, s.id  # cell by cell
            continue
        at = re.search(r"slide (\d+)", page["text"])  # "Angka di balik grafik: lampiran, slide 9."
        assert at, s.id
        appendix = [p for p in pages[int(at.group(1)) - 1 :] if p["title"].startswith(s.title + " (")]
        assert appendix and pages[int(at.group(1)) - 1]["title"].startswith(s.title + " (")
        shown = [c for p in appendix for c in p["cells"]]
        for cell in expected:
            assert cell in shown, (s.id, cell)
    assert all(p["title"].endswith(")") for p in pages[1 + len(charts) :])  # the rest: the appendix


def test_pptx_speaker_notes_hold_the_finding_and_the_caveats(story, files) -> None:
    pages = pptx_slides(files["pptx"])
    charts = [s for s in story.slides if s.figure is not None]
    for page, s in zip(pages[1 : 1 + len(charts)], charts, strict=True):
        notes = page["notes"]
        assert s.finding in notes and s.how_to_read in notes, s.id
        for caveat in s.caveats:
            assert caveat in notes, s.id
        assert story.demo_note in notes
    # the slides that show "<5" / "x" or "–" explain them
    assert t("report.suppressed", k=K) in slide(story, "placement").caveats
    assert t("report.missing") in slide(story, "overview").caveats  # ratings-only regions: no mean score
    assert all(("<5" in cells_of(s.table)) <= s.suppressed for s in story.slides)


def test_pptx_text_is_at_least_18_pt_and_every_slide_is_stamped(story, files) -> None:
    """Everything a room reads is at least 18 pt: titles, findings, tables, and the charts
    (pictures drawn at one pixel per point with fonts of at least 18 px). The footer, a
    stamp for the file at 12 pt, names the filters, the data version and the threshold."""
    from pptx import Presentation
    from pptx.util import Emu

    from reporting import pptx as deck
    from reporting.layout import figure_for_box

    prs = Presentation(io.BytesIO(files["pptx"]))
    charts = {s.title: s for s in story.slides if s.figure is not None}
    footer_top = Emu(prs.slide_height).pt - 60
    for n, page in enumerate(prs.slides, start=1):
        footer, sizes = [], []
        for shape in page.shapes:
            paragraphs = []
            if shape.has_text_frame:
                paragraphs = shape.text_frame.paragraphs
            elif getattr(shape, "has_table", False) and shape.has_table:
                paragraphs = [
                    p for row in shape.table.rows for c in row.cells for p in c.text_frame.paragraphs
                ]
            paragraphs = [p for p in paragraphs if p.text.strip()]
            if Emu(shape.top).pt >= footer_top:
                footer.append(shape.text_frame.text)
                assert {p.font.size.pt for p in paragraphs} == {deck.FOOTER_SIZE}
                continue
            sizes += [p.font.size.pt for p in paragraphs]  # None (inherited) would fail here
            if shape.shape_type == 13:  # the chart: one image pixel per point, times the scale
                from PIL import Image

                width_px = Image.open(io.BytesIO(shape.image.blob)).size[0]
                assert width_px / report.IMAGE_SCALE == pytest.approx(Emu(shape.width).pt, abs=1)
                s = charts[page.shapes.title.text]
                w, h = Emu(shape.width).pt, Emu(shape.height).pt
                assert min(figure_fonts(figure_for_box(s.figure_for(w, h, 18), w, h, 18))) >= 18, s.id
        assert sizes and min(sizes) >= 18, (n, page.shapes.title.text, sorted(sizes)[:3])
        assert "\n".join(story.stamp) in footer, n
        assert t("report.slide", n=n, total=len(prs.slides)) in footer, n


def figure_fonts(fig) -> list[float]:
    """Every font size a figure sets (layout, axes, legend, annotations, traces' texts)."""
    found: list[float] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key.endswith("font") and isinstance(value, dict) and value.get("size") is not None:
                    size = value["size"]
                    found.extend(size if isinstance(size, list) else [size])
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(fig.to_dict())
    return found


def test_a_file_figure_has_no_font_under_the_least() -> None:
    """Every font of a figure (tick labels, axis titles, legend, subplot titles, texts in
    cells) at least the least size; its layout the box's size."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    from reporting.layout import figure_for_box

    fig = make_subplots(rows=1, cols=2, subplot_titles=["A", "B"])
    fig.add_trace(
        go.Heatmap(z=[[1, 2]], text=[["1", "2"]], texttemplate="%{text}", textfont={"size": 6}), 1, 1
    )
    fig.add_trace(go.Bar(x=["a", "b"], y=[1, 2], name="b"), 1, 2)
    fig.update_layout(
        font={"size": 16}, legend={"font": {"size": 7}}, title={"text": "T", "font": {"size": 24}}
    )
    fig.update_xaxes(tickfont={"size": 5}, title={"text": "x", "font": {"size": 8}})
    out = figure_for_box(fig, 400, 250, 10)
    assert min(figure_fonts(out)) >= 10
    assert out.layout.font.size == 10 and (out.layout.width, out.layout.height) == (400, 250)
    assert out.layout.title.font.size == pytest.approx(15)  # 24 at base 16 is 15 at base 10
    assert out.data[0].textfont.size == 10 and out.data[1].textfont.size is None  # no text on the bars


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [normalise(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


def test_pdf_has_the_same_pages_titles_and_numbers(story, files) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(files["pdf"]))
    texts = pdf_pages(files["pdf"])
    charts = [s for s in story.slides if s.figure is not None]
    assert normalise(story.title) in texts[0] and normalise(story.scope) in texts[0]
    at = 1
    for s in charts:
        text, page = texts[at], reader.pages[at]
        assert normalise(s.title) in text, s.id
        assert normalise(s.finding) in text, s.id
        assert page.images, f"{s.id}: no chart image"
        # the table on the chart's page, or on the pages right after it ("(angka, 1/2)")
        at += 1
        while at < len(texts) and normalise(s.title) + " (" in texts[at]:
            text += " " + texts[at]
            at += 1
        squeezed = text.replace(" ", "")
        for cell in s.table.to_numpy().ravel():
            assert str(cell).replace(" ", "") in squeezed, (s.id, cell)
    assert at == len(texts)


def test_pdf_notes_and_stamp_on_every_page(story, files) -> None:
    """Each chart's page: how to read it and its caveats; every page: the stamp (filters,
    data version, threshold) and its number."""
    texts = pdf_pages(files["pdf"])
    for s in story.slides:
        text = next(x for x in texts if normalise(s.title) in x and normalise(s.finding) in x)
        assert normalise(s.how_to_read) in text, s.id
        for caveat in s.caveats:
            assert normalise(caveat) in text, s.id
    for n, text in enumerate(texts, start=1):
        for line in story.stamp:
            assert normalise(line) in text, n
        assert t("report.page", n=n, total=len(texts)) in text


def page_boxes(page) -> tuple[list[tuple], list[tuple]]:
    """The chart images' and the table's rectangles (x0, top, x1, bottom in points from the
    top left) drawn on a PDF page: images by the matrix they are drawn with, the table by
    its cells' fills and its rules (the footer's rule, near the bottom, left out)."""
    height = float(page.mediabox.height)
    images, table, start = [], [], [(0.0, 0.0)]

    def before(op, args, cm, tm):
        if op == b"Do":
            a, _, _, d, e, f = cm
            images.append((e, height - (f + d), e + a, height - f))
        elif op == b"re":
            x, y, w, h = (float(v) for v in args)
            table.append((x, height - (y + h), x + w, height - y))
        elif op == b"m":
            start[0] = (float(args[0]), float(args[1]))
        elif op == b"l":
            (x0, y0), x1, y1 = start[0], float(args[0]), float(args[1])
            if min(y0, y1) > 0.15 * height:
                table.append((min(x0, x1), height - max(y0, y1), max(x0, x1), height - min(y0, y1)))

    page.extract_text(visitor_operand_before=before)
    return images, table


def text_sizes(page) -> list[float]:
    """The size, in points as printed, of every text drawn on a PDF page."""
    sizes: list[float] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            sizes.append(size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]))

    page.extract_text(visitor_text=visit)
    return sizes


def test_pdf_pages_are_filled_and_no_text_is_under_10_pt(story, files, tmp_path: Path) -> None:
    """Rendered with pdftoppm, each chart's page has no blank band wider than a tenth of the
    page; the chart and its table cover at least 60 % of it; every text is at least 10 pt,
    and so is every text of the charts (drawn at one pixel per point, fonts of 10 px and up)."""
    import shutil
    import subprocess

    import numpy as np
    from PIL import Image
    from pypdf import PdfReader

    from reporting import pdf as handout
    from reporting.layout import figure_for_box

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    reader = PdfReader(io.BytesIO(files["pdf"]))
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-", str(tmp_path / "p")], input=files["pdf"], check=True)
    pngs = sorted(tmp_path.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[1]))
    assert len(pngs) == len(reader.pages)
    charts = [s for s in story.slides if s.figure is not None]
    texts = pdf_pages(files["pdf"])
    checked = 0
    for page, png, text in zip(reader.pages, pngs, texts, strict=True):
        sizes = text_sizes(page)
        assert sizes and min(sizes) >= 10 - 1e-6, text[:60]
        images, table = page_boxes(page)
        if not images:
            continue
        s = next(x for x in charts if normalise(x.title) in text and normalise(x.finding) in text)
        page_w, page_h = float(page.mediabox.width), float(page.mediabox.height)
        block = [min(r[0] for r in images + table), min(r[1] for r in images + table)]
        block += [max(r[2] for r in images + table), max(r[3] for r in images + table)]
        cover = (block[2] - block[0]) * (block[3] - block[1]) / (page_w * page_h)
        assert cover >= 0.6, (s.id, round(cover, 2))
        ink = (np.asarray(Image.open(png).convert("L")) < 245).any(axis=1)
        body = ink[int(0.12 * len(ink)) : int(0.9 * len(ink))]  # under the heading, over the footer
        band = longest = 0
        for has_ink in body:
            band = 0 if has_ink else band + 1
            longest = max(longest, band)
        assert longest / len(ink) <= 0.1, (s.id, round(longest / len(ink), 2))
        # the chart prints at one image pixel per point (times the scale), fonts >= 10 px
        x0, top, x1, bottom = images[0]
        name = next(iter(page["/Resources"]["/XObject"]))
        width_px = page["/Resources"]["/XObject"][name]["/Width"]
        assert width_px / report.IMAGE_SCALE == pytest.approx(x1 - x0, abs=1)
        w, h = x1 - x0, bottom - top
        fig = figure_for_box(s.figure_for(w, h, handout.CHART_FONT), w, h, handout.CHART_FONT)
        assert min(figure_fonts(fig)) >= 10, s.id
        checked += 1
    assert checked == len(charts)


class Links(HTMLParser):
    """Every URL an HTML file would load or link: src / href / ... attributes, url() in CSS."""

    URL_ATTRS = frozenset({"src", "href", "srcset", "action", "poster", "data", "formaction", "xlink:href"})

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []
        self._style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._style = tag == "style"
        for name, value in attrs:
            if name in self.URL_ATTRS and value is not None:
                self.urls.append(value)
            if name == "style" and value:
                self.urls += re.findall(r"url\(([^)]*)\)", value)

    def handle_endtag(self, tag):
        if tag == "style":
            self._style = False

    def handle_data(self, data):
        if self._style:
            self.urls += re.findall(r"url\(([^)]*)\)", data)
            self.urls += re.findall(r"@import\s+['\"]([^'\"]+)", data)


def external(url: str) -> bool:
    url = url.strip().strip("'\"")
    return not (url.startswith(("#", "data:")) or url == "")


def test_html_is_self_contained_and_has_every_chart(story) -> None:
    html = report_html(story).decode("utf-8")
    links = Links()
    links.feed(html)
    assert [u for u in links.urls if external(u)] == []
    assert "link" not in links.tags  # no stylesheet, font or icon links
    # plotly.js inlined once, one interactive chart per slide with its data
    assert html.count("<script src=") == 0
    assert html.count("Plotly.newPlot(") == len([s for s in story.slides if s.figure is not None])
    assert len(re.findall(r"plotly\.js v\d", html)) == 1
    for s in story.slides:
        assert f'id="chart-{s.id}"' in html
        assert escape(s.title) in html and escape(s.finding) in html
    for cell in all_cells(story):
        assert escape(cell) in html


def test_html_works_without_chromium(story, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "unavailable_reason", lambda: "Chart images (PNG) need Chromium.")
    out, reason = make_reports(story)
    assert set(out) == {"html"}
    assert reason == "Chart images (PNG) need Chromium."


PLOTLY_JS = re.compile(r"<script[^>]*>\s*/\*\*\s*\*?\s*plotly\.js v[\d.]+.*?</script>", re.S)


def without_plotly_js(html: str) -> str:
    """The HTML without the inlined plotly.js library (minified names like "Ani" are not people);
    the figures' data and every text stay."""
    stripped, n = PLOTLY_JS.subn("", html)
    assert n == 1
    return stripped


def test_no_name_or_nip_in_any_export(db, story, files) -> None:
    from pypdf import PdfReader

    people = db.execute("select nip, name from employees").fetchall()
    texts = {
        "pptx": "\n".join(p["text"] + "\n" + "\n".join(p["cells"]) for p in pptx_slides(files["pptx"])),
        "pdf": "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(files["pdf"])).pages),
        "html": without_plotly_js(files["html"].decode("utf-8")),
    }
    for kind, text in texts.items():
        squeezed = text.replace(" ", "")  # NIPs are often printed spaced
        assert [nip for nip, _ in people if nip in squeezed] == [], kind
        words = set(re.findall(r"\w+", text))  # one-word names ("Ani") as whole words only
        assert [name for _, name in people if (name in text if " " in name else name in words)] == [], kind


def test_pdf_without_the_dejavu_font_falls_back_to_helvetica(story, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    from reporting import pdf as handout

    monkeypatch.setattr(handout, "font_path", lambda: None)
    reader = PdfReader(io.BytesIO(handout.report_pdf(story)))  # no chart images needed
    assert len(reader.pages) >= 1 + len(story.slides)
    assert normalise(story.title) in normalise(reader.pages[0].extract_text())
    overview_page = normalise(reader.pages[1].extract_text())
    assert normalise(slide(story, "overview").title) in overview_page


# ---------------------------------------------------------------- the stamp: what made the file


def test_the_stamp_names_the_filters_the_data_version_and_the_threshold(db, filters, story) -> None:
    info = meta.dataset_info(db)
    assert info["source"] == "demo"
    built = pd.Timestamp(info["built_at"]).tz_convert("UTC").strftime("%d-%m-%Y %H:%M")
    first, second = story.stamp
    assert first.startswith(f"Semua wilayah · {filters.year_from}–{filters.year_to} · Unit: Semua unit · ")
    assert "Jenis jabatan: Semua jenis jabatan" in first
    assert (
        second
        == f"Data demo (sintetis), dibangun {built} UTC · Ambang privasi: kelompok < 5 pegawai disembunyikan"
    )
    assert second.startswith(story.data_version)


def test_the_stamp_follows_the_filters_and_the_threshold(
    db, filters, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit_id, unit_name, region_id = db.execute(
        "select unit_id, name, region_id from units order by unit_id limit 1"
    ).fetchone()
    monkeypatch.setenv(privacy.ENV_VAR, "40")
    chosen = replace(
        filters, regions=(region_id,), unit_id=unit_id, jenis_jabatan=2, year_from=filters.year_to
    )
    first, second = build_story(chosen, Data.on(db)).stamp
    assert first.startswith(f"{region_name(region_id)} · {chosen.year_to}–{chosen.year_to} · ")
    assert f"Unit: {unit_name} · {region_name(region_id)}" in first
    assert f"Jenis jabatan: {reference.JENIS_JABATAN[2][0]}" in first  # its Indonesian name
    assert "kelompok < 40 pegawai" in second


def test_the_stamp_of_imported_data_has_the_import_time_and_no_demo_marker(db, filters) -> None:
    real = Data.on(db)
    imported = {"source": "import", "imported_at": "2026-03-01 10:15:42.123456", "built_at": "2025-01-01"}
    data = Data(real.metric, lambda fn, *args: imported if fn is meta.dataset_info else real.meta(fn, *args))
    story = build_story(filters, data)
    assert story.stamp[1].startswith("Data impor 01-03-2026 10:15 · ")
    assert story.demo_note is None
    assert "demo" not in " ".join(story.stamp).lower() and "sintetis" not in " ".join(story.stamp)


def test_the_succession_chart_puts_pool_and_posts_on_scales_of_their_own(db, filters, story) -> None:
    """The pool (hundreds to thousands) and the posts to fill (tens) were bars on one axis,
    the posts flat: each is now a panel with its own axis, a bar per region."""
    succession = talent.succession_by_region(db, filters).set_index("region_id")
    fig = slide(story, "succession").figure
    pool, posts = fig.data
    assert (pool.xaxis, posts.xaxis) == ("x", "x2") and pool.orientation == posts.orientation == "h"
    names = {region_name(r): r for r in succession.index}
    assert {n: v for n, v in zip(pool.y, pool.x, strict=True)} == {
        n: succession.loc[names[n], "pool"] for n in pool.y
    }
    assert {n: v for n, v in zip(posts.y, posts.x, strict=True)} == {
        n: succession.loc[names[n], "posts_to_fill"] for n in posts.y
    }
    assert len(pool.y) >= 2 and len(posts.y) >= 2
    # each axis spans its own values
    assert fig.layout.xaxis.range[1] >= max(pool.x) and fig.layout.xaxis2.range[1] >= max(posts.x)
    assert fig.layout.xaxis2.range[1] < 2 * max(posts.x) < max(pool.x)


def test_html_has_the_notes_and_the_stamp_of_every_section(story) -> None:
    html = report_html(story).decode("utf-8")
    sections = html.split("<section ")[1:]
    assert len(sections) == len(story.slides)
    for s, part in zip(story.slides, sections, strict=True):
        notes = part[part.index('<aside class="notes">') : part.index("</aside>")]
        assert escape(s.how_to_read) in notes
        for caveat in s.caveats:
            assert escape(caveat) in notes
        for line in story.stamp:
            assert escape(line) in part  # each section carries the stamp
    assert html.count('<div class="stamp">') == len(story.slides) + 1  # and the file's footer
