"""Real-browser smoke tests: the dashboard served by ``streamlit run`` and driven
by Playwright in Debian's Chromium.

What only a browser shows: every page renders its charts with no exception box
and no console error, in Bahasa Indonesia by default and in English with
``?lang=en``; a filter chosen in the sidebar lands in the URL, and that URL
reproduces the view after a reload and across a page switch.

Playwright cannot download its own browser here, so it drives
``/usr/bin/chromium`` (``apt-get install chromium``). Without it the tests skip
locally and fail under CI (``CI=true``).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright

from data.demo import REGIONS
from ui import runlog
from ui.i18n import STRINGS

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps trying to reach
# Google's hosts, which this machine's closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGES = [
    "ringkasan",
    "kompetensi",
    "kinerja",
    "pelatihan",
    "penempatan",
    "talenta",
    "kebutuhan",
    "layanan",
    "publik",
]
# Every page of dashboard.PAGES, the ones PAGES leaves out too (a visit runs each once).
ALL_PAGES = [*PAGES, "presentasi", "kualitas", "unggah"]
LANGS = {"id": 0, "en": 1}  # index into a STRINGS entry
REGION_NAMES = {region_id: name for region_id, name, _province in REGIONS}
TIMEOUT_MS = 60_000

APP = '[data-testid="stApp"]'
MAIN = '[data-testid="stMain"]'
SIDEBAR = '[data-testid="stSidebar"]'


def text(key: str, lang: str = "id") -> str:
    return STRINGS[key][LANGS[lang]]


def is_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = (
        "Chromium not found at /usr/bin/chromium: browser tests need Debian's chromium "
        "(apt-get install chromium)"
    )
    if is_ci():
        pytest.fail(f"{reason}; CI is set, so this is a failure, not a skip")
    print(reason)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
            return resp.status == 200 and resp.read().strip() == b"ok"
    except OSError:
        return False


# ---------------------------------------------------------------- fixtures

SERVER_LOGS: dict[str, Path] = {}  # app_url -> the server's log (its ui.runlog lines)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    require_chromium()
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def app_url(small_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``streamlit run dashboard.py`` on a free port, on a copy of the small demo database.

    A copy, not ``small_db`` itself: the app opens its database read-write and
    DuckDB lets only one process hold a file that way, while other tests in this
    session keep connections to ``small_db`` open.
    """
    require_chromium()
    workdir = tmp_path_factory.mktemp("browser_app")
    db = workdir / "asn.duckdb"
    shutil.copyfile(small_db, db)
    log_path = workdir / "streamlit.log"
    port = free_port()
    # ASN_DEBUG_RUNS: a line per script run in the log, counted by test_every_page_runs_once_*
    env = {**os.environ, "ASN_DB_PATH": str(db), "PYTHONUNBUFFERED": "1", runlog.ENV: "1"}
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "dashboard.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    with log_path.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    SERVER_LOGS[url] = log_path
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{tail(log_path)}")
            if healthy(url):
                break
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not answer /_stcore/health within 60 s:\n{tail(log_path)}")
            time.sleep(0.25)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    # A traceback in the server log means something failed that the page may have hidden.
    assert "Traceback" not in log_path.read_text(encoding="utf-8", errors="replace"), tail(log_path, 80)


# Streamlit's known base-path probe (streamlit/streamlit#7074, open): opened
# directly at a page's path (/kinerja), the front end first asks
# /kinerja/_stcore/health and /kinerja/_stcore/host-config, gets 404, and then
# uses /_stcore/... . Only these two 404s are ignored, nothing else.
BASE_PATH_PROBE = re.compile(r"^http://127\.0\.0\.1:\d+/[a-z]+/_stcore/(health|host-config)$")


class BrowserErrors:
    """Console messages of type error and uncaught page errors, as readable lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def console(self, msg: ConsoleMessage) -> None:
        if msg.type != "error":
            return
        url = msg.location.get("url", "")
        if "404" in msg.text and BASE_PATH_PROBE.match(url):
            return
        self.lines.append(f"console.error: {msg.text} ({url}:{msg.location.get('lineNumber')})")

    def page_error(self, exc: Exception) -> None:
        self.lines.append(f"pageerror: {exc}")


def watched_page(browser: Browser, **context_options) -> Iterator[tuple[Page, BrowserErrors]]:
    """A page in a fresh context whose console errors and page errors are collected."""
    context = browser.new_context(**context_options)
    context.set_default_timeout(TIMEOUT_MS)
    pg = context.new_page()
    errors = BrowserErrors()
    pg.on("console", errors.console)
    pg.on("pageerror", errors.page_error)
    yield pg, errors
    context.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[tuple[Page, BrowserErrors]]:
    yield from watched_page(browser, viewport={"width": 1400, "height": 1000})


# ---------------------------------------------------------------- helpers


def wait_for_app(page: Page) -> None:
    """Wait until the script run has finished and the page has settled."""
    page.wait_for_load_state("networkidle")
    page.locator(f'{APP}[data-test-script-state="notRunning"]').wait_for()
    expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0)
    # Every chart container holds a drawn Plotly figure: checked in one pass in the page, so
    # that a container of the page before, counted and then removed, is not waited for (it
    # was, for 60 s, after a page switch: the container at index 6 never came)
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
                    .every(c => c.querySelector('.js-plotly-plot'))"""
    )


class ScriptRuns:
    """The script runs the server logged (ui.runlog, ASN_DEBUG_RUNS=1) since this was made:
    run numbers per browser session, in order."""

    LINE = re.compile(rf"{runlog.PREFIX} session=(\S+) run=(\d+) start")

    def __init__(self, app_url: str) -> None:
        self.path = SERVER_LOGS[app_url]
        self.start = self._size()

    def _size(self) -> int:
        return self.path.stat().st_size

    def runs(self) -> dict[str, list[int]]:
        with self.path.open("rb") as f:
            f.seek(self.start)
            new = f.read().decode("utf-8", errors="replace")
        out: dict[str, list[int]] = {}
        for session, n in self.LINE.findall(new):
            out.setdefault(session, []).append(int(n))
        return out


def settled(page: Page) -> None:
    """:func:`wait_for_app`, then a little longer: a second run the browser or the script
    asks for after the first has finished starts within this."""
    wait_for_app(page)
    page.wait_for_timeout(1500)
    wait_for_app(page)


def assert_clean(page: Page, errors: BrowserErrors) -> None:
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    assert errors.lines == [], "browser console errors:\n" + "\n".join(errors.lines)


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def region_multiselect(page: Page, lang: str = "id"):
    return page.locator(f'{SIDEBAR} [data-testid="stMultiSelect"]').filter(
        has_text=text("filters.regions", lang)
    )


def expect_chosen_regions(page: Page, names: list[str]) -> None:
    """The tags of the region multiselect read ``names`` (waits: the sidebar may still be drawing)."""
    tags = region_multiselect(page).locator('[role="group"][aria-label="Selected values"] [data-tag]')
    expect(tags).to_have_text(names)


# ---------------------------------------------------------------- tests


def test_every_page_runs_once_on_a_visit(app_url: str, browser: Browser) -> None:
    """Issue #13: a first visit of a page ran its script two or three times (the first one
    after a server start: Streamlit's old pages/ folder mode). Each page, opened at its own
    URL in a fresh browser session, runs the script once, in English and from a shared
    link with filters too; counted by the server (ui.runlog). First in this module, so its
    first visit is the server's first session."""
    shared = f"wilayah={REGION_NAMES['JMB'].replace(' ', '+')}&jabatan=2&tahun=2022&tahun=2024"
    urls = [f"/{name}" for name in ALL_PAGES] + [
        "/ringkasan?lang=en",
        "/kinerja?lang=en",
        f"/pelatihan?{shared}",
    ]
    for url in urls:
        for pg, errors in watched_page(browser, viewport={"width": 1400, "height": 1000}):
            runs = ScriptRuns(app_url)
            pg.goto(f"{app_url}{url}")
            settled(pg)
            assert urlsplit(pg.url).path == urlsplit(url).path
            sessions = runs.runs()
            assert list(sessions.values()) == [[1]], f"{url}: script runs per session {sessions}"
            assert_clean(pg, errors)


def test_a_click_runs_the_script_once(app_url: str, page: tuple[Page, BrowserErrors]) -> None:
    """Issue #13: one run per interaction — a page switch, the language, a filter, signing
    in and out (these two reran the script after acting: st.rerun)."""
    pg, errors = page
    pg.goto(f"{app_url}/kinerja")
    settled(pg)
    sidebar = pg.locator(SIDEBAR)

    def once(what: str, act) -> None:
        runs = ScriptRuns(app_url)
        act()
        settled(pg)
        counts = [len(r) for r in runs.runs().values()]
        assert counts == [1], f"{what}: script runs per session {counts}"

    once(
        "page switch", lambda: sidebar.locator('[data-testid="stSidebarNav"] a[href$="/kompetensi"]').click()
    )
    expect(pg.locator(f"{MAIN} h1").first).to_contain_text(text("kompetensi.title"))
    once("language", lambda: sidebar.get_by_role("radio", name="English").click())
    expect(pg.locator(f"{MAIN} h1").first).to_contain_text(text("kompetensi.title", "en"))
    once("language back", lambda: sidebar.get_by_role("radio", name="Bahasa Indonesia").click())
    # back in Indonesian the unit and jenis jabatan filters held their English labels: no data
    # on the page, and "jabatan=Semua jenis jabatan" in the URL
    expect(pg.locator(f"{MAIN} .js-plotly-plot").first).to_be_attached()
    assert "jabatan" not in query(pg.url) and "unit" not in query(pg.url), pg.url
    once("filters reset", lambda: sidebar.get_by_role("button", name=text("filters.reset")).click())

    def sign_in() -> None:
        sidebar.get_by_role("button", name=text("auth.sign_in")).first.click()
        form = pg.locator('[data-testid="stForm"]').filter(has=pg.get_by_label(text("auth.password")))
        form.get_by_label(text("auth.username")).fill("analis")
        form.get_by_label(text("auth.password")).fill("demo-analis")
        form.get_by_role("button", name=text("auth.sign_in")).click()
        expect(sidebar.get_by_role("button", name=text("auth.sign_out"))).to_be_visible()

    once("sign in", sign_in)
    once("sign out", lambda: sidebar.get_by_role("button", name=text("auth.sign_out")).click())
    expect(sidebar.get_by_role("button", name=text("auth.sign_out"))).to_have_count(0)
    assert_clean(pg, errors)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", PAGES)
def test_page_renders(app_url: str, page: tuple[Page, BrowserErrors], name: str, lang: str) -> None:
    pg, errors = page
    url = f"{app_url}/{name}" + ("?lang=en" if lang == "en" else "")
    pg.goto(url)
    wait_for_app(pg)

    assert urlsplit(pg.url).path == f"/{name}"
    assert query(pg.url).get("lang") == (["en"] if lang == "en" else None)
    expect(pg.locator(f"{MAIN} h1").first).to_contain_text(text(f"{name}.title", lang))
    expect(pg.locator(SIDEBAR)).to_contain_text(text("filters.regions", lang))
    expect(pg.locator(SIDEBAR)).to_contain_text(text("filters.title", lang))
    if lang == "id":  # and no English label leaks into the Indonesian page
        expect(pg.locator(SIDEBAR)).not_to_contain_text(text("filters.regions", "en"))
    expect(pg.locator(f"{MAIN} .js-plotly-plot").first).to_be_attached()
    assert_clean(pg, errors)


def test_region_filter_goes_to_url_and_back(app_url: str, page: tuple[Page, BrowserErrors]) -> None:
    pg, errors = page
    pg.goto(f"{app_url}/ringkasan")
    wait_for_app(pg)
    everyone = [REGION_NAMES[r] for r in REGION_NAMES]
    expect_chosen_regions(pg, everyone)
    assert "wilayah" not in query(pg.url)  # defaults stay out of the URL

    # Choose only Kota Jambi: clear the multiselect, then pick it from the list.
    picked = "JMB"
    select = region_multiselect(pg)
    select.get_by_role("button", name="Clear all").click()
    pg.locator(f'{APP}[data-test-script-state="notRunning"]').wait_for()
    expect(pg.locator(SIDEBAR)).to_contain_text(text("filters.regions.none"))
    select.get_by_role("combobox").click()
    pg.get_by_role("option", name=REGION_NAMES[picked], exact=True).click()
    pg.keyboard.press("Escape")
    pg.wait_for_url(lambda u: "wilayah" in query(u))
    wait_for_app(pg)

    expect_chosen_regions(pg, [REGION_NAMES[picked]])
    wilayah = query(pg.url)["wilayah"]
    assert len(wilayah) == 1 and wilayah[0] in (picked, REGION_NAMES[picked]), pg.url
    main = pg.locator(MAIN)
    expect(main).to_contain_text(REGION_NAMES[picked])
    for other in set(REGION_NAMES) - {picked}:
        expect(main).not_to_contain_text(REGION_NAMES[other])
    assert_clean(pg, errors)
    filtered_url = pg.url

    # The URL alone reproduces the view, in a fresh session.
    fresh = pg.context.new_page()
    fresh_errors = BrowserErrors()
    fresh.on("console", fresh_errors.console)
    fresh.on("pageerror", fresh_errors.page_error)
    fresh.goto(filtered_url)
    wait_for_app(fresh)
    expect_chosen_regions(fresh, [REGION_NAMES[picked]])
    assert query(fresh.url)["wilayah"] == wilayah
    for other in set(REGION_NAMES) - {picked}:
        expect(fresh.locator(MAIN)).not_to_contain_text(REGION_NAMES[other])
    assert_clean(fresh, fresh_errors)

    # A page switch through the sidebar navigation keeps the filter.
    fresh.locator(f'{SIDEBAR} [data-testid="stSidebarNav"] a').filter(has_text=text("nav.kinerja")).click()
    fresh.wait_for_url(lambda u: urlsplit(u).path == "/kinerja")
    wait_for_app(fresh)
    expect(fresh.locator(f"{MAIN} h1").first).to_contain_text(text("kinerja.title"))
    expect_chosen_regions(fresh, [REGION_NAMES[picked]])
    assert query(fresh.url)["wilayah"] == wilayah
    assert_clean(fresh, fresh_errors)


def test_hidden_cells_reach_the_grid_as_markers_not_none(
    app_url: str, page: tuple[Page, BrowserErrors]
) -> None:
    """Issue #11's first finding: a viewer's table cells hidden for privacy read "None" in grey
    on screen (the grid draws an empty cell so, whatever the Styler says). The grid's
    accessible copy holds each cell's text: the small units' headcounts must be "<5" and
    the values computed from them "x", with no "None" anywhere in the table."""
    pg, errors = page
    pg.goto(f"{app_url}/kebutuhan")
    wait_for_app(pg)
    # the tables are folded away (expanders): open each, as a reader does
    for summary in pg.locator(f"{MAIN} [data-testid='stExpander'] summary").all():
        summary.click()
    grids = pg.locator(f"{MAIN} [data-testid='stDataFrame']")
    expect(grids.first.locator("td").first).to_be_attached(timeout=TIMEOUT_MS)
    cells: list[str] = []
    for i in range(grids.count()):
        grids.nth(i).scroll_into_view_if_needed()
        cells += [c.strip() for c in grids.nth(i).locator("td").all_inner_texts()]
    assert "<5" in cells and "x" in cells, cells[:40]
    assert "None" not in cells and "nan" not in cells
    assert_clean(pg, errors)


def test_sidebar_folds_on_a_tablet_once_and_stays_as_the_reader_leaves_it(
    browser: Browser, app_url: str
) -> None:
    """Issue #11: at 820x1180 (a tablet upright) the sidebar folds, so the page has the
    screen's width; a reader who opens it again keeps it open on the next page. A laptop's
    sidebar stays open."""
    sidebar = '[data-testid="stSidebar"]'
    for pg, errors in watched_page(browser, viewport={"width": 820, "height": 1180}):
        pg.goto(f"{app_url}/ringkasan")
        wait_for_app(pg)
        expect(pg.locator(sidebar)).to_have_attribute("data-collapsed", "true")
        main_width = pg.locator(MAIN).bounding_box()["width"]
        assert main_width > 780, main_width  # the page has the whole screen
        pg.locator('[data-testid="stExpandSidebarButton"]').click()
        expect(pg.locator(sidebar)).to_have_attribute("data-collapsed", "false")
        pg.locator(f'{sidebar} [data-testid="stSidebarNav"] a').filter(has_text=text("nav.kinerja")).click()
        pg.wait_for_url(lambda u: urlsplit(u).path == "/kinerja")
        wait_for_app(pg)
        expect(pg.locator(sidebar)).to_have_attribute("data-collapsed", "false")
        assert_clean(pg, errors)
    for pg, errors in watched_page(browser, viewport={"width": 1280, "height": 720}):
        pg.goto(f"{app_url}/ringkasan")
        wait_for_app(pg)
        expect(pg.locator(sidebar)).to_have_attribute("data-collapsed", "false")
        assert_clean(pg, errors)
