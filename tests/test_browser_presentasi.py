"""The presentation view in a real browser (Playwright + Debian's Chromium), at
projector size (1280 x 720).

Steps through the slides with the keyboard (arrow keys, and Page Up / Page Down
as a presenter's clicker sends them) and the buttons, checking the slide and
the URL's ``?slide=``; makes the report and downloads the HTML and the PPTX:
the HTML opens from disk with every chart drawn and no request leaving the
file, the PPTX opens with a title slide and one slide per topic. The server,
browser and helpers are those of ``tests/test_browser.py``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import test_browser as base  # server, browser and helpers (tests/ is on sys.path)
from playwright.sync_api import Browser, Page, expect

from reporting.story import TOPICS

pytestmark = pytest.mark.browser

browser = base.browser
app_url = base.app_url
BrowserErrors, assert_clean, query, text, wait_for_app = (
    base.BrowserErrors,
    base.assert_clean,
    base.query,
    base.text,
    base.wait_for_app,
)
MAIN = base.MAIN
QUESTIONS = ["story.overview.q", "story.competency.q", "story.kinerja.q", "story.training.q"]
PROJECTOR = {"width": 1280, "height": 720}


@pytest.fixture
def page(browser: Browser) -> Iterator[tuple[Page, BrowserErrors]]:
    yield from base.watched_page(browser, viewport=PROJECTOR, accept_downloads=True)


def slide_is(pg: Page, n: int) -> None:
    """Wait for slide ``n``: its question as the title, its number in the URL; on a
    projector's 1280 x 720 the controls, the title and the chart's top are on screen."""
    expect(pg.locator(f"{MAIN} h1").first).to_have_text(text(QUESTIONS[n - 1]))
    pg.wait_for_url(lambda u: query(u).get("slide") == (None if n == 1 else [str(n)]))
    wait_for_app(pg)
    for name in ("presentasi.prev", "presentasi.next", "export.title"):
        expect(pg.get_by_role("button", name=text(name))).to_be_in_viewport()
    expect(pg.locator(f"{MAIN} h1").first).to_be_in_viewport()
    chart = pg.locator(f"{MAIN} .js-plotly-plot").first.bounding_box()
    assert chart is not None and chart["y"] + 0.75 * chart["height"] <= PROJECTOR["height"], chart


def test_buttons_show_one_arrow_and_labels_stay_level(app_url: str, page: tuple[Page, BrowserErrors]) -> None:
    """The slide buttons show their key (← →) and no arrow icon beside it; the category
    labels under the bars are wrapped, not tilted (they took most of a slide's height)."""
    pg, errors = page
    pg.goto(f"{app_url}/presentasi")
    wait_for_app(pg)
    slide_is(pg, 1)
    for name in ("presentasi.prev", "presentasi.next"):
        button = pg.get_by_role("button", name=text(name))
        assert button.locator('[data-testid="stIconMaterial"]').count() == 0
    ticks = pg.locator(f"{MAIN} .js-plotly-plot .xtick text")
    expect(ticks.first).to_be_visible()
    for i in range(ticks.count()):
        transform = ticks.nth(i).get_attribute("transform") or ""
        assert "rotate" not in transform, transform
    assert_clean(pg, errors)


def test_step_through_with_keys_and_buttons_then_download(
    app_url: str, page: tuple[Page, BrowserErrors], tmp_path: Path
) -> None:
    pg, errors = page
    pg.goto(f"{app_url}/presentasi")
    wait_for_app(pg)
    assert urlsplit(pg.url).path == "/presentasi"
    slide_is(pg, 1)
    # the sidebar is folded away; the slide fills the projector's width
    expect(pg.locator(base.SIDEBAR)).to_have_attribute("data-collapsed", "true")
    expect(pg.locator(f"{MAIN} .js-plotly-plot")).to_have_count(1)
    expect(pg.locator(f"{MAIN} h1").first).to_be_in_viewport()

    pg.keyboard.press("ArrowRight")
    slide_is(pg, 2)
    pg.keyboard.press("PageDown")  # a clicker's "next"
    slide_is(pg, 3)
    pg.get_by_role("button", name=text("presentasi.next")).click()
    slide_is(pg, 4)
    pg.keyboard.press("PageUp")  # a clicker's "back"
    slide_is(pg, 3)
    pg.keyboard.press("ArrowLeft")
    slide_is(pg, 2)
    pg.get_by_role("button", name=text("presentasi.prev")).click()
    slide_is(pg, 1)
    assert_clean(pg, errors)

    # the report: make it (a progress indicator shows), then download the HTML and the PPTX
    pg.get_by_text(text("export.title"), exact=True).click()
    pg.get_by_role("button", name=text("export.make")).click()
    done = pg.locator('[data-testid="stExpander"]').filter(has_text=text("export.working"))
    html_button = pg.get_by_role("button", name=text("export.html"))
    expect(html_button).to_be_enabled(timeout=120_000)
    expect(done).to_have_count(0)
    with pg.expect_download() as info:
        html_button.click()
    html_path = tmp_path / info.value.suggested_filename
    info.value.save_as(html_path)
    assert html_path.suffix == ".html"
    with pg.expect_download() as info:
        pg.get_by_role("button", name=text("export.pptx")).click()
    pptx_path = tmp_path / info.value.suggested_filename
    info.value.save_as(pptx_path)
    assert_clean(pg, errors)

    from pptx import Presentation

    deck = Presentation(io.BytesIO(pptx_path.read_bytes()))
    # the title slide, a slide per topic, then the appendix of the tables too long for theirs
    assert len(deck.slides) >= 1 + len(TOPICS)
    assert deck.slides[1].shapes.title.text == text("story.overview.q")
    assert deck.slides[1].has_notes_slide and deck.slides[1].notes_slide.notes_text_frame.text

    # the HTML opens from disk and draws every chart with no request leaving the file
    offline = pg.context.new_page()
    requests: list[str] = []
    offline.on("request", lambda r: requests.append(r.url))
    offline_errors = BrowserErrors()
    offline.on("console", offline_errors.console)
    offline.on("pageerror", offline_errors.page_error)
    offline.goto(html_path.as_uri())
    expect(offline.locator(".js-plotly-plot .main-svg").first).to_be_visible()
    expect(offline.locator(".js-plotly-plot")).to_have_count(len(TOPICS))
    assert [u for u in requests if not u.startswith(("file:", "data:", "blob:"))] == []
    assert offline_errors.lines == []
