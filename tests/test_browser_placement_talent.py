"""Penempatan and Talenta say their answer in the first screen (issue #11), in Chromium at
1280×720 — a laptop with the sidebar open — as a viewer, for every region and for a
ratings-only region alone: the box of sentences under the title lies wholly above the
fold, and reads what reporting.findings computes (its first words)."""

from __future__ import annotations

import pytest
import test_browser as base
from playwright.sync_api import Page, expect

from reporting.text import t

pytestmark = pytest.mark.browser
browser, app_url = base.browser, base.app_url
MAIN = base.MAIN

FIRST_WORDS = {  # how each page's first sentence begins (the kinerja or succession sentence)
    "penempatan": ("Sesudah pindah", "Kota Sawahlunto"),
    "talenta": (t("talenta.lead.succ.many", "id").split("(")[0].strip(), "Kota Sawahlunto"),
}


@pytest.fixture
def laptop(browser):
    yield from base.watched_page(browser, viewport={"width": 1280, "height": 720})


def lead_box(pg: Page):
    """The bordered box right under the title: the page's answer (ui.sections.headline: ANSWER_KEY)."""
    return pg.locator(f"{MAIN} .st-key-jawaban")


@pytest.mark.parametrize("region", [None, "Kota Sawahlunto"])
@pytest.mark.parametrize("name", ["penempatan", "talenta"])
def test_the_answer_is_in_the_first_screen(app_url: str, laptop, name: str, region: str | None) -> None:
    pg, errors = laptop
    pg.goto(f"{app_url}/{name}" + (f"?wilayah={region.replace(' ', '+')}" if region else ""))
    base.wait_for_app(pg)
    box = lead_box(pg)
    expect(box).to_be_visible()
    words = FIRST_WORDS[name][1 if region else 0]
    if name == "penempatan" and region:
        words = "Sesudah pindah"  # the kinerja sentence names no region
    expect(box).to_contain_text(words)
    bounds = box.bounding_box()
    assert bounds is not None and bounds["y"] >= 0
    assert bounds["y"] + bounds["height"] <= 720, bounds  # wholly above the fold
    shown = box.inner_text()
    assert "None" not in shown and "nan" not in shown
    assert t("story.f.suppressed", "id", k=5) not in shown
    base.assert_clean(pg, errors)
