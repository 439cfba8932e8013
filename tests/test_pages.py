"""The Streamlit pages, run in-process with ``AppTest`` on the small demo database.

Every page renders without an exception in both languages; changing a filter
changes the numbers the way the raw tables say it should (checked with SQL
written here, not with the analytics functions); a filter that matches
nothing shows the empty state; a failing metric shows a friendly error.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from analytics import snapshot
from data.demo import REGION_IDS as ALL_REGIONS
from data.demo import REGIONS
from reporting import fmt
from ui.i18n import STRINGS, t

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "dashboard.py")
REGION_NAMES = {r[0]: r[1] for r in REGIONS}

# Each page with the questions (chart titles) it must show.
PAGES = {
    "ringkasan": ["ringkasan.card.q", "ringkasan.trend.q", "ringkasan.table.q"],
    "kompetensi": [
        "kompetensi.coverage.q",
        "kompetensi.gap.q",
        "kompetensi.jpm.q",
        "kompetensi.unit.q",
        "kompetensi.jenis.q",
        "kompetensi.qual.q",
    ],
    # the sections these two pages fold away are in tests/test_pages_findings.py (FOLDED)
    "kinerja": ["kinerja.within.q", "kinerja.baik.q", "kinerja.indicators.q"],
    "pelatihan": ["pelatihan.jp.q", "pelatihan.impact.q"],
}
# Pages whose render test is the one below; their other tests are in their own files
# (pages/penempatan.py has a stricter render test in tests/test_pages_penempatan.py).
RENDERED = {
    **PAGES,
    "talenta": ["talenta.grid.q", "talenta.succ.q"],  # the rest folded (tests/test_pages_talenta.py)
    "kebutuhan": ["kebutuhan.region.q", "kebutuhan.unit.q", "kebutuhan.under.q", "kebutuhan.over.q"],
}


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(autouse=True)
def running_server_page_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every AppTest run behave like a running server.

    A folder named ``pages/`` next to the entry script makes Streamlit start in its
    old file-based page mode until ``st.navigation`` is first called. A server switches
    it off when it starts (``ui.server.navigation_only``, issue #13); AppTest
    resets it before *every* run, so each run after a page switch would start on the
    page alone, and go through ``dashboard.py`` by ``st.switch_page`` (see
    ``ui.filters.current``), which forgets the widget values the test just set.
    ``test_page_url_before_any_run_goes_through_the_entry_script`` covers that path.
    """
    from streamlit.runtime.pages_manager import PagesManager

    original_init = PagesManager.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)


@pytest.fixture(scope="module")
def ui_db(small_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the small demo database: the app opens its file read-write, other
    tests open ``small_db`` read-only, and DuckDB refuses mixed modes in one process."""
    path = tmp_path_factory.mktemp("ui_db") / "asn.duckdb"
    shutil.copyfile(small_db, path)
    return path


@pytest.fixture
def app_env(ui_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASN_DB_PATH", str(ui_db))
    return ui_db


@pytest.fixture(scope="module")
def raw(ui_db: Path):
    """Independent SQL on the raw tables of the test database."""
    con = duckdb.connect(str(ui_db), read_only=True)
    yield lambda sql, *params: con.execute(sql, list(params)).fetchall()
    con.close()


def write(db: Path, sql: str, *params) -> None:
    """Change the app's database as another writer would: a new snapshot, published
    (analytics.snapshot); the app reads it at its next run. ``raw`` keeps reading the
    snapshot it opened."""
    with snapshot.writing(db) as w:
        w.con.execute(sql, list(params))


def open_page(page: str, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    if query:
        at.query_params.update(query)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    at.switch_page(f"pages/{page}.py").run()
    assert_ok(at)
    return at


def assert_ok(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def shown_numbers(values: pd.Series) -> pd.Series:
    """A table column as the viewer reads it, as numbers: a column with a hidden cell reaches
    the browser as its display text ("1.234", "<5", "x", "–"; ui.components.styled), the
    others as numbers. Markers and dashes become NaN."""

    def number(v):
        if isinstance(v, int | float) and not isinstance(v, bool):
            return float(v)
        text = str(v).strip()
        if text in ("", fmt.MISSING, "x") or text.startswith("<"):
            return float("nan")
        return float(text.replace(".", "").replace(",", "."))

    return values.map(number).astype(float)


def metric_values(at: AppTest, label_key: str, lang: str = "id") -> list[str]:
    label = t(label_key, lang)
    return [m.value for m in at.metric if m.label == label]


def displayed(element) -> pd.DataFrame:
    """A table as the browser shows it: the Styler's display text of every cell."""
    from streamlit import dataframe_util

    return dataframe_util.convert_arrow_bytes_to_pandas_df(element.proto.arrow_data.styler.display_values)


def kpi_values(at: AppTest, column_key: str, lang: str = "id") -> list[str]:
    """A column of the Ringkasan's table of every indicator (folded in an expander), one
    cell per region as the viewer reads it ("3.500", "95,8 %", "<5", "x", "–")."""
    element = next(e for e in at.dataframe if t("col.share_jp_met", lang) in e.value.columns)
    return [str(v) for v in displayed(element)[t(column_key, lang)]]


def scorecard(at: AppTest) -> dict:
    """The Ringkasan's scorecard as drawn: its region labels (top to bottom) and each
    indicator's values (the annotations the chart names so)."""
    import json

    spec = json.loads(next(c for c in at.get("plotly_chart") if "scorecard" in c.proto.id).proto.spec)
    out: dict = {}
    for a in spec["layout"].get("annotations", []):
        if a.get("name"):
            out.setdefault(a["name"], []).append(a["text"])
    return out


def headline(at: AppTest) -> str:
    """The sentences a page opens with (ui.sections.headline: the first in bold, names
    escaped), as the reader reads them."""
    import re

    value = next(m.value for m in at.main.markdown if m.value.startswith("**"))
    # one paragraph a sentence: read as one text
    return re.sub(r"\\(.)", r"\1", value.replace("**", "").replace("\n\n", " ")).replace("\u2060", "")


def infos(at: AppTest) -> list[str]:
    return [i.value for i in at.info]


def last_year(raw) -> int:
    return raw("select max(year(period_start)) from performance_evaluations where period_type = 'bulanan'")[
        0
    ][0]


# ---------------------------------------------------------------- every page renders


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", list(RENDERED))
def test_page_renders(app_env, page: str, lang: str) -> None:
    at = open_page(page, {"lang": "en"} if lang == "en" else None)
    assert at.title[0].value == t(f"{page}.title", lang)
    subheaders = [s.value for s in at.subheader]
    for key in RENDERED[page]:
        assert t(key, lang) in subheaders, key
    assert len(at.get("plotly_chart")) >= 1
    assert len(at.dataframe) >= 1
    assert len(at.download_button) >= 1
    # the synthetic-data notice is visible in the sidebar
    assert t("demo.notice", lang) in [i.value for i in at.sidebar.info]
    # nothing is empty with all filters at their defaults
    assert t("empty", lang) not in infos(at)


def test_every_string_has_both_languages() -> None:
    for key, pair in STRINGS.items():
        assert len(pair) == 2 and all(isinstance(s, str) and s.strip() for s in pair), key


# ---------------------------------------------------------------- filters change the numbers


def test_region_filter_shows_that_region_only(app_env, raw) -> None:
    at = open_page("ringkasan")
    expected_all = [
        raw(
            "select count(*) from employees join positions p using (position_id) join units u on u.unit_id = p.unit_id "
            "where region_id = ?",
            r,
        )[0][0]
        for r in ALL_REGIONS
    ]
    assert kpi_values(at, "col.employees") == [fmt.integer(n, lang="id") for n in expected_all]

    at.multiselect(key="wilayah").set_value(["JMB"]).run()
    assert_ok(at)
    # (bound widgets write the URL in the browser: tests/test_browser.py checks that)
    assert kpi_values(at, "col.employees") == [fmt.integer(expected_all[1], lang="id")]

    # share rated Baik or better in the last year, from the raw evaluations of the region's
    # finest period type (the demo's Jambi rates quarterly: its annual SKP is not counted too)
    year = last_year(raw)
    (share,) = raw(
        """with rows_ as (
               select ev.period_type, ev.predikat
               from performance_evaluations ev
               join employees e using (nip)
               join positions p on p.position_id = coalesce(ev.position_id, e.position_id)
               join units u on u.unit_id = p.unit_id
               where year(ev.period_start) = ? and u.region_id = 'JMB')
           select avg((predikat <= 2)::integer) from rows_
           where period_type = (select arg_min(period_type, case period_type when 'bulanan' then 1
                                   when 'triwulan' then 2 else 3 end) from rows_)""",
        year,
    )[0]
    assert kpi_values(at, "col.share_baik") == [fmt.percent(share, lang="id")]


def test_jenis_jabatan_filter_counts_only_that_kind(app_env, raw) -> None:
    at = open_page("ringkasan")
    at.selectbox(key="jabatan").set_value(1).run()
    assert_ok(at)
    assert at.query_params.get("jabatan") == "1"
    expected = [
        raw(
            "select count(*) from employees join positions p using (position_id) join units u on u.unit_id = p.unit_id "
            "where u.region_id = ? and p.jenis_jabatan = 1",
            r,
        )[0][0]
        for r in ALL_REGIONS
    ]
    shown = [fmt.integer(n, lang="id") for n in expected if n > 0]
    assert kpi_values(at, "col.employees") == shown


def test_filters_survive_a_page_switch_and_come_from_the_url(app_env, raw) -> None:
    at = open_page("kinerja", {"wilayah": [REGION_NAMES["SWL"]], "jabatan": "4"})
    assert at.multiselect(key="wilayah").value == ["SWL"]
    assert at.selectbox(key="jabatan").value == 4
    at.switch_page("pages/kompetensi.py").run()
    assert_ok(at)
    assert at.multiselect(key="wilayah").value == ["SWL"]
    assert at.selectbox(key="jabatan").value == 4
    # the drill-down by jenis jabatan now has pelaksana rows of Sawahlunto only
    by_jenis = next(df.value for df in at.dataframe if t("col.jenis_jabatan") in df.value.columns)
    assert set(by_jenis[t("col.region")]) == {"SWL"}
    assert set(by_jenis[t("col.jenis_jabatan")]) == {4}


def test_unit_of_a_region_no_longer_chosen_falls_back_to_all_units(app_env, raw) -> None:
    (unit_id,) = raw("select unit_id from units where region_id = 'SLT' order by unit_id limit 1")[0]
    at = open_page("kompetensi")
    at.selectbox(key="unit").set_value(unit_id).run()
    assert_ok(at)
    by_unit = next(df.value for df in at.dataframe if t("col.unit") in df.value.columns)
    assert len(by_unit) == 1
    at.multiselect(key="wilayah").set_value(["JMB"]).run()
    assert_ok(at)
    assert at.selectbox(key="unit").value == ""
    by_unit = next(df.value for df in at.dataframe if t("col.unit") in df.value.columns)
    assert set(by_unit[t("col.region")]) == {"JMB"}
    assert len(by_unit) > 1


def test_reset_button_restores_the_defaults(app_env) -> None:
    at = open_page("ringkasan")
    at.multiselect(key="wilayah").set_value(["DKI"]).run()
    at.selectbox(key="jabatan").set_value(2).run()
    assert len(kpi_values(at, "col.employees")) == 1
    next(b for b in at.sidebar.button if b.label == t("filters.reset")).click().run()
    assert_ok(at)
    assert at.multiselect(key="wilayah").value == list(ALL_REGIONS)
    assert at.selectbox(key="jabatan").value == 0
    assert "jabatan" not in at.query_params
    assert len(kpi_values(at, "col.employees")) == len(ALL_REGIONS)


def test_language_switch_translates_and_formats(app_env, raw) -> None:
    at = open_page("ringkasan")
    at.segmented_control(key="lang").set_value("en").run()
    assert_ok(at)
    assert at.query_params.get("lang") == "en"
    assert at.title[0].value == t("ringkasan.title", "en")
    counts = [
        raw(
            "select count(*) from employees join positions p using (position_id) join units u on u.unit_id = p.unit_id "
            "where region_id = ?",
            r,
        )[0][0]
        for r in ALL_REGIONS
    ]
    assert kpi_values(at, "col.employees", "en") == [fmt.integer(n, lang="en") for n in counts]
    assert all("%" in v and "," not in v for v in kpi_values(at, "col.share_baik", "en"))


def test_grain_selector_regroups_and_goes_to_the_url(app_env, raw) -> None:
    at = open_page("kinerja")
    at.segmented_control(key="grain").set_value("year").run()
    assert_ok(at)
    assert at.query_params.get("grain") == "year"
    trend = next(df.value for df in at.dataframe if t("col.mean_hasil_kerja") in df.value.columns)
    (n_years,) = raw(
        "select count(distinct year(period_start)) from performance_evaluations where period_type = 'bulanan'"
    )[0]
    periods = set(trend[t("axis.period")])
    assert len(periods) == n_years
    assert all(p.isdigit() and len(p) == 4 for p in periods)


@pytest.mark.parametrize("min_jp", [10, 40])
def test_min_jp_changes_the_impact_sentence(app_env, min_jp: int) -> None:
    at = open_page("pelatihan")
    at.segmented_control(key="min_jp").set_value(min_jp).run()
    assert_ok(at)
    sentences = [m.value for m in at.markdown if f"Pelatihan ≥ {min_jp} JP" in m.value]
    assert sentences or t("impact.none") in infos(at)


# ---------------------------------------------------------------- empty and failing


def _empty_unit_and_kind(raw) -> tuple[str, str, int]:
    """A unit and jenis jabatan with no current employee and no evaluation."""
    rows = raw(
        """with kinds as (select unnest([1, 2, 4]) as jenis_jabatan),
           combos as (select u.unit_id, u.region_id, k.jenis_jabatan from units u, kinds k),
           staff as (
               select p.unit_id, p.jenis_jabatan from employees e join positions p using (position_id)
           ),
           evals as (
               select p.unit_id, p.jenis_jabatan
               from performance_evaluations ev join employees e using (nip)
               join positions p on p.position_id = coalesce(ev.position_id, e.position_id)
           )
           select c.unit_id, c.region_id, c.jenis_jabatan from combos c
           where not exists (select 1 from staff s where s.unit_id = c.unit_id and s.jenis_jabatan = c.jenis_jabatan)
             and not exists (select 1 from evals v where v.unit_id = c.unit_id and v.jenis_jabatan = c.jenis_jabatan)
           order by c.unit_id, c.jenis_jabatan
           limit 1"""
    )
    if not rows:
        pytest.skip("every unit has every kind of post in this database")
    return rows[0]


@pytest.mark.parametrize("page", list(PAGES))
def test_filter_matching_nothing_shows_the_empty_state(app_env, raw, page: str) -> None:
    unit_id, region_id, jenis = _empty_unit_and_kind(raw)
    at = open_page(page)
    at.multiselect(key="wilayah").set_value([region_id]).run()
    at.selectbox(key="unit").set_value(unit_id).run()
    at.selectbox(key="jabatan").set_value(jenis).run()
    assert_ok(at)
    assert at.selectbox(key="unit").value == unit_id
    assert t("empty") in infos(at)
    assert not at.get("plotly_chart")


def test_no_region_chosen_shows_the_empty_state(app_env) -> None:
    at = open_page("kinerja")
    at.multiselect(key="wilayah").set_value([]).run()
    assert_ok(at)
    assert t("empty") in infos(at)
    assert t("filters.regions.none") in [w.value for w in at.sidebar.warning]


def test_failing_metric_shows_a_friendly_error(app_env, monkeypatch: pytest.MonkeyPatch) -> None:
    from analytics import kinerja

    def broken(con, filters):
        raise RuntimeError("NIP 198507122010011005 Budi Santoso")  # personal data in the message

    monkeypatch.setattr(kinerja, "unit_ranking", broken)
    st.cache_data.clear()
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("pages/kinerja.py").run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert errors == [t("error.analytics")]
    assert "198507122010011005" not in "".join(errors)
    # the rest of the page still renders
    assert t("kinerja.indicators.q") in [s.value for s in at.subheader]
    st.cache_data.clear()


def test_first_start_builds_the_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No database file: the app builds the demo (here at a tiny scale), then renders."""
    import data.demo

    real_build = data.demo.build_demo
    calls = []

    def tiny_build(path, *, progress=None, **kwargs):
        calls.append(path)
        return real_build(path, scale=0.005, progress=progress)

    monkeypatch.setattr(data.demo, "build_demo", tiny_build)
    path = tmp_path / "new" / "asn.duckdb"
    monkeypatch.setenv("ASN_DB_PATH", str(path))
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert_ok(at)
    assert calls == [path]
    assert path.exists()
    assert t("build.done") in [toast.value for toast in at.toast]
    assert at.title[0].value == t("ringkasan.title")


def test_page_url_before_any_run_goes_through_the_entry_script(app_env, monkeypatch) -> None:
    """The first request of a fresh server for a page URL (old pages/-folder mode)
    still gets the sidebar, the filters from its query string, and that page."""
    from streamlit.runtime.pages_manager import PagesManager

    monkeypatch.undo()  # no running_server_page_mode here
    monkeypatch.setenv("ASN_DB_PATH", str(app_env))
    assert PagesManager.__init__.__name__ == "__init__"
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update({"wilayah": REGION_NAMES["SLT"], "jabatan": "2"})
    at.switch_page("pages/kinerja.py").run()
    assert_ok(at)
    assert at.title[0].value == t("kinerja.title")
    assert at.multiselect(key="wilayah").value == ["SLT"]
    assert at.selectbox(key="jabatan").value == 2
    assert at.query_params.get("jabatan") == "2"
