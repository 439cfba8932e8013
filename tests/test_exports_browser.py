"""Downloads in a real browser: a chart's PNG and a table's XLSX, both made by the
server only when their button is clicked (Streamlit's deferred download data).

Uses the server, browser and page fixtures of tests/test_browser.py (Debian's
Chromium; skipped locally without it, a failure under CI).
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import openpyxl
import pytest
import test_browser as base  # tests/ is on sys.path

from reporting.export import slug

pytestmark = pytest.mark.browser

browser, app_url, page = base.browser, base.app_url, base.page
MAIN = base.MAIN


def button(pg, key: str):
    return pg.locator(f'{MAIN} [data-testid="stDownloadButton"] button').filter(has_text=base.text(key))


def settled(pg, target) -> None:
    """Wait until ``target`` stays put: an expander just opened sizes its chart or grid after
    it is shown, and a click aimed at the button below while it grows lands on the chart
    (seen in 1 of 3 runs)."""
    before = None
    for _ in range(40):
        box = target.bounding_box()
        if box is not None and box == before:
            return
        before = box
        pg.wait_for_timeout(250)
    raise AssertionError(f"the button kept moving: {before}")


def test_chart_png_and_table_xlsx_download(app_url: str, page) -> None:
    pg, errors = page
    pg.goto(f"{app_url}/ringkasan")
    base.wait_for_app(pg)

    # the quarterly trend and the table of every indicator are folded away (expanders)
    trend, table = (
        pg.locator(f'{MAIN} [data-testid="stExpander"]').filter(has_text=base.text(key))
        for key in ("ringkasan.more.trend", "ringkasan.more.table")
    )
    trend.locator("summary").click()
    png_button = (
        trend.locator('[data-testid="stDownloadButton"] button')
        .filter(has_text=base.text("download.png"))
        .first
    )
    trend.locator(".js-plotly-plot .main-svg").first.wait_for()
    settled(pg, png_button)
    with pg.expect_download(timeout=90_000) as png:
        png_button.click()
    data = Path(png.value.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (2 * 1200, 2 * (380 + 70))  # PNG_WIDTH, CHART_HEIGHT + title, scale 2
    assert png.value.suggested_filename == slug(base.text("ringkasan.trend.q")) + ".png"

    table.locator("summary").click()
    xlsx_button = (
        table.locator('[data-testid="stDownloadButton"] button')
        .filter(has_text=base.text("download.xlsx"))
        .first
    )
    settled(pg, xlsx_button)
    with pg.expect_download() as xlsx:
        xlsx_button.click()
    assert xlsx.value.suggested_filename.endswith(".xlsx")
    ws = openpyxl.load_workbook(io.BytesIO(Path(xlsx.value.path()).read_bytes())).active
    header = [c.value for c in ws[1]]
    assert header[:2] == [base.text("col.region"), base.text("col.employees")]
    assert isinstance(ws["B2"].value, int)  # employees: a number cell
    base.assert_clean(pg, errors)
