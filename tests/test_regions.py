"""Regions are data: any number of them, in their display order, with stable colours.

Unit tests of :class:`reporting.regions.Directory` (order by sort_order, colours kept when
a region is added, a thirteenth region starting the palette again, unknown ids),
of the layout helpers that depend on the number of regions, and of the report's
table layout. Then a test database with six regions (the small demo and copies
of two of its regions, ``tests/regions_fixture.py``): every page renders in
AppTest and shows the six regions in their order, Ringkasan's headcounts equal
independent SQL on the raw tables, the presentation steps through every slide,
and the report (PPTX, PDF, HTML) has every number of every slide.
"""

from __future__ import annotations

import io
import os
import re
from html import escape
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import streamlit as st
import test_pages as base  # the pages' AppTest fixtures and helpers (tests/ is on sys.path)
from regions_fixture import build_many_regions

from analytics import meta
from analytics.filters import Filters
from data.demo import REGION_IDS
from reporting import fmt, images, regions
from reporting import report as rp
from reporting.regions import PALETTE, UNKNOWN_COLOR, Directory
from reporting.story import TOPICS, Data, build_story
from ui import components as ui
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
assert_ok = base.assert_ok

SIX = 6


def frame(rows) -> pd.DataFrame:
    """A region_options frame: (region_id, region_name, sort_order) rows."""
    return pd.DataFrame(rows, columns=["region_id", "region_name", "sort_order"])


# ---------------------------------------------------------------- reporting.regions.Directory


def test_directory_orders_by_sort_order_whatever_the_row_order() -> None:
    d = Directory.from_frame(frame([("B", "Kota B", 2), ("C", "Kota C", 3), ("A", "Kota A", 1)]))
    assert d.ids == ("A", "B", "C")
    assert [d.name(r) for r in d.ids] == ["Kota A", "Kota B", "Kota C"]
    assert [d.color(r) for r in d.ids] == list(PALETTE[:3])
    assert d.ordered(["C", "A"]) == ["A", "C"]


def test_colours_stay_when_a_region_is_added_later() -> None:
    before = Directory.from_frame(frame([(f"R{i}", f"Wilayah {i}", i) for i in range(1, 5)]))
    # a region made later (an import) gets the next sort_order; one that sorts first by id too
    after = Directory.from_frame(
        frame([("A-NEW", "Wilayah Baru", 5), *[(f"R{i}", f"Wilayah {i}", i) for i in range(1, 5)]])
    )
    assert after.ids == (*before.ids, "A-NEW")
    assert {r: after.color(r) for r in before.ids} == dict(before.colors)
    assert after.color("A-NEW") == PALETTE[4] and after.color("A-NEW") not in before.colors.values()


def test_a_thirteenth_region_starts_the_palette_again() -> None:
    assert len(PALETTE) == 12 and len(set(PALETTE)) == 12
    d = Directory.from_frame(frame([(f"R{i:02}", f"Wilayah {i}", i) for i in range(1, 14)]))
    assert [d.color(r) for r in d.ids[:12]] == list(PALETTE)
    assert d.color("R13") == PALETTE[0]


def test_an_unknown_region_shows_its_id_in_grey_and_comes_last() -> None:
    d = Directory.from_frame(frame([("A", "Kota A", 1), ("B", "Kota B", 2)]))
    assert d.name("X") == "X" and d.color("X") == UNKNOWN_COLOR
    assert d.ordered(["X", "B", "A"]) == ["A", "B", "X"]
    assert Directory().ids == () and Directory.from_frame(None).name("A") == "A"


def test_using_sets_the_regions_for_a_block_only() -> None:
    with regions.using(frame([("A", "Kota A", 1)])):
        assert regions.region_name("A") == "Kota A" and regions.all_ids() == ("A",)
        with regions.using(frame([("B", "Kota B", 1)])):
            assert regions.all_ids() == ("B",)
        assert regions.all_ids() == ("A",)


@pytest.mark.parametrize(
    ("chosen", "label"),
    [
        ((), "semua-wilayah"),
        (("E", "D", "C", "B", "A"), "semua-wilayah"),
        (("C", "A"), "A_C"),
        (("A", "B", "C"), "A_B_C"),
    ],
)
def test_file_label(chosen, label) -> None:
    with regions.using(frame([(r, f"Kota {r}", i) for i, r in enumerate("ABCDE", start=1)])):
        assert regions.file_label(chosen) == label
        assert regions.file_label(("A", "B", "C", "E")) == "4-wilayah"


# ---------------------------------------------------------------- layout for many regions


@pytest.mark.parametrize(
    ("n", "most", "columns"),
    [
        (1, 4, 1),
        (4, 4, 4),
        (5, 4, 3),
        (6, 4, 3),
        (7, 4, 4),
        (9, 4, 3),
        (12, 4, 4),
        (13, 4, 4),
        (6, 3, 3),
        (40, 30, 20),
    ],
)
def test_balanced_columns(n: int, most: int, columns: int) -> None:
    assert ui.balanced_columns(n, most) == columns
    rows = -(-n // columns)
    assert rows == -(-n // min(most, ui.MAX_GRID_COLUMNS))  # no more rows than needed


def test_nine_box_small_multiples_take_more_columns_with_more_regions() -> None:
    from reporting.charts import talent as penataan

    assert [penataan.small_multiple_columns(n) for n in (1, 2, 4, 5, 6, 9, 12, 16, 20)] == [
        1,
        2,
        2,
        3,
        3,
        3,
        4,
        4,
        5,
    ]


def test_wrap_words_keeps_every_word() -> None:
    name = "Pemerintah Kabupaten Kutai Kartanegara"
    assert ui.wrap_words(name, 20) == ["Pemerintah Kabupaten", "Kutai Kartanegara"]
    assert ui.wrap_words(name, 10, limit=2) == ["Pemerintah", "Kabupaten Kutai Kartanegara"]


def test_a_legend_of_twelve_regions_gets_room_and_four_do_not() -> None:
    import plotly.graph_objects as go

    def figure(n: int) -> go.Figure:
        return go.Figure([go.Bar(x=["a"], y=[1], name=f"Pemerintah Kabupaten Nomor {i}") for i in range(n)])

    assert ui.legend_room(go.Figure([go.Bar(x=["a"], y=[1], name="Kota A")])) == 0
    assert ui.legend_room(figure(2)) == 0
    assert ui.legend_room(figure(12)) > ui.legend_room(figure(6)) > 0
    assert ui.style_figure(figure(12), height=380).layout.height == 380 + ui.legend_room(figure(12))


# ---------------------------------------------------------------- the report's table layout


def region_table(n: int) -> pd.DataFrame:
    """A table with one column per region and long region names, as the 9-box slide had."""
    return pd.DataFrame(
        {"Kotak": [str(b) for b in range(1, 10)]}
        | {f"Pemerintah Kabupaten Nomor {i}": ["1.234 (12,3 %)"] * 9 for i in range(1, n + 1)}
    )


def test_a_small_table_goes_beside_the_chart() -> None:
    table = region_table(3)
    layout = rp.layout_table(table, 1, side=rp.PPTX_SIDE, full=rp.PPTX_FULL, metrics=rp.PPTX_METRICS)
    assert layout.beside and len(layout.pieces) == 1 and layout.pieces[0].equals(table)
    assert sum(layout.widths[0]) == pytest.approx(rp.PPTX_SIDE[0])


def test_a_wide_table_is_split_into_column_groups_with_its_key_column() -> None:
    table = region_table(12)
    layout = rp.layout_table(table, 1, side=rp.PPTX_SIDE, full=rp.PPTX_FULL, metrics=rp.PPTX_METRICS)
    assert not layout.beside and len(layout.pieces) > 1
    seen = []
    for piece, widths in zip(layout.pieces, layout.widths, strict=True):
        assert piece.columns[0] == "Kotak" and list(piece["Kotak"]) == list(table["Kotak"])
        assert sum(widths) <= rp.PPTX_FULL[0] + 1e-6
        seen += list(piece.columns[1:])
    assert seen == list(table.columns[1:])  # every column once, in order


def test_a_long_table_is_cut_into_chunks_of_rows_side_by_side() -> None:
    table = pd.DataFrame({"Wilayah": [f"Kota {i}" for i in range(60)], "Band": "MS", "Pegawai": "1.234"})
    layout = rp.layout_table(table, 2, side=rp.PPTX_SIDE, full=rp.PPTX_FULL, metrics=rp.PPTX_METRICS)
    assert not layout.beside and layout.per_page > 1
    assert pd.concat(layout.pieces).equals(table)  # every row once, in order
    for page in layout.pages():
        assert sum(sum(w) for _, w in page) + rp.PIECE_GAP * (len(page) - 1) <= rp.PPTX_FULL[0] + 1e-6


# ---------------------------------------------------------------- a database with six regions


@pytest.fixture(scope="module")
def six_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, str, str]]]:
    path = tmp_path_factory.mktemp("six_regions") / "asn.duckdb"
    copies = build_many_regions(path, SIX)
    st.cache_data.clear()  # other modules' results are cached in this process too
    return path, copies


@pytest.fixture
def app_env(six_db, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASN_DB_PATH", str(six_db[0]))
    return six_db[0]


@pytest.fixture(scope="module")
def raw(six_db):
    """Independent SQL on the raw tables of the six-region database (read-only, as the app reads it)."""
    con = duckdb.connect(str(six_db[0]), read_only=True)
    yield lambda sql, *params: con.execute(sql, list(params)).fetchall()
    con.close()


@pytest.fixture(scope="module")
def order(raw) -> list[tuple[str, str]]:
    """(region_id, name) in sort_order, straight from the regions table."""
    return [(r, n) for r, n in raw("select region_id, name from regions order by sort_order")]


HEADCOUNT_SQL = """
    select coalesce(u1.region_id, u2.region_id) as region_id, count(*)
    from employees e
    left join positions p on p.position_id = e.position_id
    left join units u1 on u1.unit_id = p.unit_id
    left join units u2 on u2.unit_id = e.unit_id
    group by all
"""


def test_the_copies_are_new_regions_with_new_valid_nips(six_db, raw, order) -> None:
    _, copies = six_db
    assert len(order) == SIX and [r for r, _ in order[: len(REGION_IDS)]] == list(REGION_IDS)
    assert [(r, n) for r, n, _ in copies] == order[len(REGION_IDS) :]
    headcount = dict(raw(HEADCOUNT_SQL))
    for new_id, _, source in copies:
        assert headcount[new_id] == headcount[source] > 0
    (n, distinct, bad) = raw(
        """select count(*), count(distinct nip),
                  count(*) filter (where not regexp_full_match(nip, '[0-9]{18}')
                                      or strftime(birth_date, '%Y%m%d') <> substr(nip, 1, 8)
                                      or try_strptime(substr(nip, 9, 6), '%Y%m') is null
                                      or substr(nip, 15, 1) <> case sex when 'L' then '1' else '2' end)
           from employees"""
    )[0]
    assert n == distinct and bad == 0
    # everything recorded about a copied employee belongs to a copied employee
    for table in ("performance_evaluations", "trainings", "competency_assessments", "potential_assessments"):
        (orphans,) = raw(f"select count(*) from {table} where nip not in (select nip from employees)")[0]
        assert orphans == 0, table


def region_options(at) -> list[str]:
    return at.multiselect(key="wilayah").options


@pytest.mark.parametrize(
    "page", [*base.RENDERED, "penempatan", "presentasi", "kualitas", "layanan", "publik"]
)
def test_every_page_renders_with_six_regions(app_env, order, page: str) -> None:
    at = base.open_page(page)
    assert_ok(at)
    assert region_options(at) == [n for _, n in order]  # six options, in sort_order
    assert at.multiselect(key="wilayah").value == [r for r, _ in order]


def test_ringkasan_shows_six_columns_with_the_raw_headcounts(app_env, raw, order, six_db) -> None:
    at = base.open_page("ringkasan")
    headcount = dict(raw(HEADCOUNT_SQL))
    # one row per region in the table of every indicator, in sort_order
    assert base.kpi_values(at, "col.employees") == [fmt.integer(headcount[r]) for r, _ in order]
    for new_id, _, _ in six_db[1]:  # and one copy alone
        at.multiselect(key="wilayah").set_value([new_id]).run()
        assert_ok(at)
        assert base.kpi_values(at, "col.employees") == [fmt.integer(headcount[new_id])]
    table = next(df.value for df in at.dataframe if t("col.region") in df.value.columns)
    assert list(table[t("col.region")]) == [six_db[1][-1][0]]  # the frame (the Styler shows the name)


def test_presentation_with_six_regions(app_env, order) -> None:
    at = base.open_page("presentasi")
    # six regions do not fit as buttons: a dropdown of "All" and the six, in order
    assert "pres_region" not in [w.key for w in at.segmented_control]
    choice = at.selectbox(key="pres_region")
    assert choice.options == [t("presentasi.region.all"), *[n for _, n in order]]
    assert choice.value == "all"
    names = [n for _, n in order]
    for i, _topic in enumerate(TOPICS, start=1):
        assert_ok(at)
        assert len(at.get("plotly_chart")) == 1 and len(at.table) == 1
        if i < len(TOPICS):
            next(b for b in at.button if b.key == "slide_next").click().run()
    # the 9-box table (slide 6): one row per region, each box a column
    at = base.open_page("presentasi", {"slide": str(TOPICS.index("talent") + 1)})
    table = at.table[0].value
    assert list(table[t("col.region")]) == names
    assert list(table.columns[1:]) == [t("talenta.box", box=b) for b in range(1, 10)]
    # choosing one region from the dropdown sets the shared filter
    one = order[-1][0]
    at.selectbox(key="pres_region").set_value(one).run()
    assert_ok(at)
    assert at.multiselect(key="wilayah").value == [one]
    assert list(at.table[0].value.columns[3:]) == [dict(order)[one]]


# ---------------------------------------------------------------- the report for six regions


@pytest.fixture(scope="module")
def six_story(six_db):
    con = duckdb.connect(str(six_db[0]), read_only=True)  # as the app and `raw` (DuckDB refuses mixed modes)
    options = meta.region_options(con)
    first, last = meta.year_bounds(con)
    filters = Filters(regions=tuple(options["region_id"]), year_from=first, year_to=last)
    story = build_story(filters, Data.on(con))
    con.close()
    return story, options


def test_story_for_six_regions(six_story) -> None:
    story, options = six_story
    names = list(options["region_name"])
    assert [s.id for s in story.slides] == list(TOPICS)
    by_id = {s.id: s for s in story.slides}
    for s in story.slides:
        assert s.figure is not None and not s.table.empty, s.id
    # one row per region where the demo's four had a column each
    assert list(by_id["overview"].table[t("col.region")]) == names
    assert list(by_id["talent"].table[t("col.region")]) == names
    assert list(by_id["kinerja"].table[t("col.region")]) == names
    assert list(by_id["succession"].table[t("col.region")]) == names
    # the 9-box: six grids, three a row, one colour scale; the bars: one colour per region
    assert [tr.type for tr in by_id["talent"].figure.data] == ["heatmap"] * SIX
    with regions.using(options):
        colours = {tr.name: tr.marker.color for tr in by_id["overview"].figure.data}
        assert colours == {regions.region_name(r): regions.region_color(r) for r in options["region_id"]}
    assert len(set(colours.values())) == SIX
    assert story.scope.startswith(t("report.regions.all"))


def cells_of(table: pd.DataFrame) -> list[str]:
    return [str(c) for c in table.columns] + [str(v) for v in table.to_numpy().ravel()]


def test_report_for_six_regions_has_every_number(six_story) -> None:
    from pptx import Presentation
    from pypdf import PdfReader

    reason = images.unavailable_reason()
    if reason is not None:  # like tests/test_report.py: PPTX and PDF need Chromium, and CI has it
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(f"chart images unavailable under CI: {reason}")
        pytest.skip(reason)
    story, _ = six_story
    files, reason = rp.make_reports(story)
    assert reason is None and set(files) == {"pptx", "pdf", "html"}

    deck = Presentation(io.BytesIO(files["pptx"]))
    width, height = deck.slide_width, deck.slide_height
    pages = []
    for page in deck.slides:
        cells, texts = [], []
        for shape in page.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                cells.append([c.text.replace("\u00a0", " ") for row in shape.table.rows for c in row.cells])
                assert shape.left + shape.width <= width, page.shapes.title.text
                assert shape.top + shape.height <= height, page.shapes.title.text
        pages.append((page.shapes.title.text, "\n".join(texts), cells))
    for s in story.slides:
        at = next(i for i, (title, _, _) in enumerate(pages) if title == s.title)
        _, text, tables = pages[at]
        assert s.finding in text
        if not tables:  # the numbers are in the appendix, from the slide the chart's slide names
            first = int(re.search(r"slide (\d+)", text).group(1))
            assert t("report.numbers.appendix", story.lang, n=first) in text
            assert pages[first - 1][0].startswith(s.title + " (")
            more = [p for p in pages if p[0].startswith(s.title + " (")]
            assert more, s.id
            tables = [cells for _, _, page_tables in more for cells in page_tables]
        shown = [c for cells in tables for c in cells]
        for cell in cells_of(s.table):
            assert cell in shown, (s.id, cell)

    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(files["pdf"])).pages)
    squeezed = re.sub(r"\s+", "", text)
    for s in story.slides:
        assert re.sub(r"\s+", "", s.title) in squeezed
        for cell in cells_of(s.table):
            assert re.sub(r"\s+", "", cell) in squeezed, (s.id, cell)

    html = files["html"].decode("utf-8")
    assert html.count("Plotly.newPlot(") == len(story.slides)
    for s in story.slides:
        for cell in cells_of(s.table):
            assert escape(cell) in html, (s.id, cell)
