"""The Unggah Data page in a real browser (Playwright + Debian's Chromium).

What only a browser shows: the sign-in prompt a viewer gets at /unggah, the
page in a viewer's menu (it asks for the sign-in itself), a real file chosen in the file input,
checked and loaded by a signed-in analyst, the import in the log, and a
template downloaded as a file.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import test_browser as base
from playwright.sync_api import Page, expect

from data.importing import table
from ui.i18n import STRINGS

pytestmark = pytest.mark.browser

browser = base.browser
app_url = base.app_url
page = base.page
MAIN, SIDEBAR = base.MAIN, base.SIDEBAR


def text(key: str, **values) -> str:
    return STRINGS[key][0].format(**values)


def new_evaluation(small_db: Path) -> bytes:
    """A semicolon CSV with one annual evaluation the demo does not have (Indonesian format)."""
    con = duckdb.connect(str(small_db), read_only=True)
    try:
        (nip,) = con.execute("select nip from employees order by nip limit 1").fetchall()[0]
        taken = con.execute(
            "select count(*) from performance_evaluations where nip = ? and period_type = 'tahunan' "
            "and period_start = date '2016-01-01'",
            [nip],
        ).fetchall()[0][0]
    finally:
        con.close()
    assert taken == 0
    return (
        "NIP;Periode;Awal Periode;Akhir Periode;Rating Hasil Kerja;Rating Perilaku;Nilai\r\n"
        f"'{nip};tahunan;01-01-2016;31-12-2016;1;1;91,5\r\n"
    ).encode("cp1252")


def sign_in(pg: Page) -> None:
    main = pg.locator(MAIN)
    main.get_by_label(text("auth.username")).fill("analis")
    main.get_by_label(text("auth.password")).fill("demo-analis")
    main.get_by_role("button", name=text("auth.sign_in")).click()
    expect(pg.locator(f"{MAIN} h1").first).to_contain_text(text("unggah.title"))
    base.wait_for_app(pg)


def test_viewer_sees_the_menu_entry_and_gets_a_sign_in_prompt(app_url: str, page) -> None:
    pg, errors = page
    pg.goto(f"{app_url}/ringkasan")
    base.wait_for_app(pg)
    expect(pg.locator('[data-testid="stSidebarNav"]')).to_contain_text(text("nav.unggah"))
    pg.goto(f"{app_url}/unggah")
    base.wait_for_app(pg)
    expect(pg.locator(MAIN)).to_contain_text(text("auth.prompt.title", role=text("auth.role.analyst")))
    expect(pg.locator('input[type="file"]')).to_have_count(0)
    expect(pg.locator(f"{MAIN} h1").filter(has_text=text("unggah.title"))).to_have_count(0)
    base.assert_clean(pg, errors)


def test_analyst_uploads_checks_loads_and_sees_the_log(
    app_url: str, page, small_db: Path, tmp_path: Path
) -> None:
    pg, errors = page
    upload = tmp_path / "skp_tahunan_2016.csv"
    upload.write_bytes(new_evaluation(small_db))

    pg.goto(f"{app_url}/unggah")
    base.wait_for_app(pg)
    sign_in(pg)
    pg.locator(f'{MAIN} input[type="file"]').set_input_files(str(upload))
    base.wait_for_app(pg)
    expect(pg.locator(MAIN)).to_contain_text(
        text("unggah.table.guess", table="Templat Evaluasi kinerja (SKP) → evaluations")
    )

    pg.get_by_role("button", name=text("unggah.check")).click()
    base.wait_for_app(pg)
    would = text("unggah.would", inserted="1", updated="0", unchanged="0", deleted="0")
    expect(pg.locator(MAIN)).to_contain_text(would)

    pg.get_by_role("button", name=text("unggah.load")).click()
    base.wait_for_app(pg)
    expect(pg.locator(MAIN)).to_contain_text(
        text("unggah.done", seconds="", inserted="1", updated="0", unchanged="0", deleted="0").split(":")[1][
            :20
        ]
    )

    base.wait_for_app(pg)
    pg.get_by_role("tab", name=text("unggah.tab.log")).click()
    panel = pg.locator('[role="tabpanel"]:visible')
    expect(panel.locator('[data-testid="stDataFrame"]')).to_be_visible()
    # the grid is a canvas; the undo section names the latest import in text
    expect(panel).to_contain_text(upload.name)

    pg.get_by_role("tab", name=text("unggah.tab.templates")).click()
    with pg.expect_download() as download_info:
        pg.get_by_role("button", name=text("unggah.tpl.csv")).click()
    download = download_info.value
    # the first table in load order: regions (regions are data, a file can make them)
    assert download.suggested_filename == "templat_regions.csv"
    lines = Path(download.path()).read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].split(",") == [c.label or c.name for c in table("regions").file_columns]
    assert lines[1].startswith("KOTA-CONTOH,")  # the example row: a reserved code, skipped if left in
    base.assert_clean(pg, errors)


# ---------------------------------------------------------------- issue #12
HOSTILE_NAME = "x **nama** ![t](http://127.0.0.1:9/b.png).csv"


def test_a_hostile_file_name_is_text_in_the_label_the_message_and_the_log(
    app_url: str, page, small_db: Path
) -> None:
    """Issue #12: such a name rendered bold and fetched the image in the table label, the
    success message and the Log tab's undo line (seen by every analyst who opens it)."""
    pg, errors = page
    trapped: list[str] = []
    pg.on("request", lambda r: trapped.append(r.url) if "127.0.0.1:9" in r.url else None)
    con = duckdb.connect(str(small_db), read_only=True)
    try:
        (nip,) = con.execute("select nip from employees order by nip limit 1 offset 1").fetchall()[0]
    finally:
        con.close()
    data = (
        "NIP;Periode;Awal Periode;Akhir Periode;Rating Hasil Kerja;Rating Perilaku;Nilai\r\n"
        f"'{nip};tahunan;01-01-2015;31-12-2015;1;1;91,5\r\n"
    ).encode()
    pg.goto(f"{app_url}/unggah")
    base.wait_for_app(pg)
    sign_in(pg)
    main = pg.locator(MAIN)
    pg.locator(f'{MAIN} input[type="file"]').set_input_files(
        files=[{"name": HOSTILE_NAME, "mimeType": "text/csv", "buffer": data}]
    )
    base.wait_for_app(pg)

    def shown_as_text() -> None:
        assert not trapped, trapped
        for tag in ("strong", "em", "a", "img"):
            for element in main.locator(tag).all():
                assert element.inner_text().strip() not in ("nama", "t"), f"<{tag}> made from the file name"
        expect(main.locator('img[src*="127.0.0.1:9"]')).to_have_count(0)
        expect(main.locator('a[href*="127.0.0.1:9"]')).to_have_count(0)

    def plain(locator) -> str:  # less the invisible word joiner that keeps "http://" from being linked
        return locator.inner_text().replace("\u2060", "")

    expect(main.get_by_role("button", name=text("unggah.check"))).to_be_visible()
    assert text("unggah.table_for", file=HOSTILE_NAME) in plain(main)  # the uploader's table label
    shown_as_text()
    pg.get_by_role("button", name=text("unggah.check")).click()
    base.wait_for_app(pg)
    expect(main).to_contain_text(text("unggah.file.ok"))
    shown_as_text()
    pg.get_by_role("button", name=text("unggah.load")).click()
    base.wait_for_app(pg)
    success = pg.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="evaluations").first
    expect(success).to_be_visible()
    assert f"({HOSTILE_NAME} → evaluations)" in plain(success)
    shown_as_text()
    pg.get_by_role("tab", name=text("unggah.tab.log")).click()
    panel = pg.locator('[role="tabpanel"]:visible')
    expect(panel.locator('[data-testid="stDataFrame"]')).to_be_visible()
    assert f"#{2}: {HOSTILE_NAME}" in plain(panel) or HOSTILE_NAME in plain(panel)  # the undo line
    shown_as_text()
    base.assert_clean(pg, errors)


def _signed_in(pg: Page) -> bool:
    return text("auth.sign_out") in pg.locator(SIDEBAR).inner_text()


def test_a_reload_keeps_the_sign_in_and_signing_out_ends_it(app_url: str, browser) -> None:
    """Issue #12: F5 on any page signed the analyst out. Now a signed, HTTP-only cookie keeps
    the sign-in for a working day; signing out ends it (also for a copy of the cookie)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(base.TIMEOUT_MS)
    pg = context.new_page()
    try:
        pg.goto(f"{app_url}/unggah")
        base.wait_for_app(pg)
        sign_in(pg)
        base.wait_for_app(pg)
        (cookie,) = [c for c in context.cookies() if c["name"] == "asn_signin"]
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
        assert pg.evaluate("document.cookie").find("asn_signin") < 0  # not readable by scripts
        for _ in range(2):
            pg.reload()
            base.wait_for_app(pg)
            expect(pg.locator(f"{MAIN} h1").first).to_contain_text(text("unggah.title"))
            assert _signed_in(pg)
        pg.goto(f"{app_url}/kinerja")  # another page, another session: still signed in
        base.wait_for_app(pg)
        assert _signed_in(pg)
        pg.locator(SIDEBAR).get_by_role("button", name=text("auth.sign_out")).click()
        base.wait_for_app(pg)
        pg.reload()
        base.wait_for_app(pg)
        assert not _signed_in(pg)
        pg.goto(f"{app_url}/unggah")
        base.wait_for_app(pg)
        expect(pg.locator(MAIN)).to_contain_text(text("auth.prompt.title", role=text("auth.role.analyst")))
        # a copy of the cookie taken before the sign-out signs nobody in
        other = browser.new_context()
        try:
            other.add_cookies([cookie])
            replay = other.new_page()
            replay.goto(f"{app_url}/unggah")
            base.wait_for_app(replay)
            expect(replay.locator(MAIN)).to_contain_text(
                text("auth.prompt.title", role=text("auth.role.analyst"))
            )
        finally:
            other.close()
    finally:
        context.close()
