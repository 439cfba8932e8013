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
