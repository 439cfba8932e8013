"""Names are data, never markup, on every page (issue #12, finding 4), in Chromium.

A copy of the small demo whose region, unit, post and employee names are hostile
Markdown and HTML — bold, emphasis, a code span, a ``javascript:`` link, an image
on a port nothing listens on (127.0.0.1:9), a bare URL that GitHub-flavoured
Markdown would link by itself — is served by ``streamlit run dashboard.py``. An
analyst (who sees the most: Penempatan's named list and the reason in words,
Kualitas Data's detail) opens every page: no formatting made from the names, no
link, no image, no request to 127.0.0.1:9, and the names shown as written.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import test_browser as base
from live_server import serve
from playwright.sync_api import Page, expect

from ui.i18n import STRINGS

pytestmark = pytest.mark.browser

browser = base.browser
MAIN, SIDEBAR = base.MAIN, base.SIDEBAR
PAGES = ["presentasi", "kualitas", "unggah", *base.PAGES]
TRAP = "127.0.0.1:9"  # nothing listens there: any request to it came from a name

REGION = "Kota **Tebal** _Miring_ ![r](http://127.0.0.1:9/r.png)"
UNIT = "Dinas `kode` [klik](javascript:alert(1)) http://127.0.0.1:9/u"
POST = "Analis <img src=http://127.0.0.1:9/p.png> **Tebal** ~~coret~~"
PERSON = "**tebal** [klik](javascript:alert(1)) ![p](http://127.0.0.1:9/o.png)"
# what formatting made from these would look like in the DOM
MADE = ("Tebal", "tebal", "Miring", "kode", "klik", "coret")


def text(key: str, **values) -> str:
    return STRINGS[key][0].format(**values)


def hostile_copy(small_db: Path, target: Path) -> Path:
    """The demo with one region, every unit, post and employee renamed (marts rebuilt)."""
    from analytics.db import connect, refresh_derived

    shutil.copyfile(small_db, target)
    con = connect(target)
    try:
        first = con.execute("select region_id from regions order by sort_order limit 1").fetchall()[0][0]
        con.execute("update regions set name = ? where region_id = ?", [REGION, first])
        con.execute("update units set name = ? || ' ' || unit_id", [UNIT])
        con.execute("update positions set name = ? || ' ' || position_id", [POST])
        con.execute("update employees set name = ? || ' ' || right(nip, 4)", [PERSON])
        refresh_derived(con)
        con.execute("checkpoint")
    finally:
        con.close()
    return target


@pytest.fixture(scope="module")
def hostile_url(small_db: Path, tmp_path_factory: pytest.TempPathFactory):
    base.require_chromium()
    work = tmp_path_factory.mktemp("hostile")
    db = hostile_copy(small_db, work / "hostile.duckdb")
    with serve(db, work) as srv:
        yield srv.url
    assert "Traceback" not in srv.log_text(), srv.log_text()[-4000:]


def assert_no_markup_from_names(pg: Page, requests: list[str]) -> None:
    for selector in ("strong", "b", "em", "i:not([class])", "code", "del", "s", "a", "img"):
        for element in pg.locator(f"{MAIN} {selector}, {SIDEBAR} {selector}").all():
            shown = element.inner_text().strip()
            if shown in MADE:
                where = element.evaluate(
                    "e => { const ids = []; for (let w = e; w; w = w.parentElement) {"
                    " if (w.dataset && w.dataset.testid) ids.push(w.dataset.testid); } return ids.slice(0, 4).join(' < ') }"
                )
                raise AssertionError(f"<{selector}>{shown}</{selector}> made from a name, in {where}")
    assert pg.locator('a[href^="javascript"]').count() == 0
    assert pg.locator(f'img[src*="{TRAP}"]').count() == 0
    assert not [u for u in requests if TRAP in u], requests


def sign_in(pg: Page) -> None:
    pg.locator(SIDEBAR).get_by_role("button", name=text("auth.sign_in")).click()
    popover = pg.locator('[data-testid="stPopoverBody"]')
    popover.get_by_label(text("auth.username")).fill("analis")
    popover.get_by_label(text("auth.password")).fill("demo-analis")
    popover.get_by_role("button", name=text("auth.sign_in")).click()
    expect(pg.locator(SIDEBAR)).to_contain_text(
        text("auth.sidebar.signed_in", name="Analis Demo", role="Analis").replace("**", "")
    )


def test_hostile_names_are_text_on_every_page(hostile_url: str, browser) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(base.TIMEOUT_MS)
    pg = context.new_page()
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    try:
        pg.goto(f"{hostile_url}/ringkasan")
        base.wait_for_app(pg)
        sign_in(pg)
        shown = {}
        for name in PAGES:
            pg.goto(f"{hostile_url}/{name}")  # a new session each time: the sign-in cookie carries it
            base.wait_for_app(pg)
            expect(pg.locator(SIDEBAR)).to_contain_text("Analis Demo")
            if name == "penempatan":
                # the named list and, below it, the first person's reason in words
                expect(pg.locator(MAIN)).to_contain_text(text("penempatan.cand.list.q"))
            assert_no_markup_from_names(pg, requests)
            # (less the invisible word joiner that keeps Markdown from linking "http://" by itself)
            shown[name] = (pg.locator(MAIN).inner_text() + pg.locator(SIDEBAR).inner_text()).replace(
                "\u2060", ""
            )
        # the names are there, as written: the region in the sidebar filter and captions,
        # the person and their posts in Penempatan's reason
        assert "Kota **Tebal** _Miring_ ![r](http://127.0.0.1:9/r.png)" in shown["ringkasan"]
        reason = shown["penempatan"]
        assert re.search(
            r"\*\*tebal\*\* \[klik\]\(javascript:alert\(1\)\) !\[p\]\(http://127\.0\.0\.1:9/o\.png\) \d{4}",
            reason,
        )
        assert "Analis <img src=http://127.0.0.1:9/p.png> **Tebal** ~~coret~~" in reason
    finally:
        context.close()
