"""Table and chart downloads: formula-injection guard, CSV and XLSX bytes, the
export frame of a suppressed table, and the buttons on the pages (AppTest).
"""

from __future__ import annotations

import io

import numpy as np
import openpyxl
import pandas as pd
import pytest
import test_pages as base  # the pages' AppTest fixtures and helpers (tests/ is on sys.path)
from handdb import HAND_REGIONS

from analytics import privacy
from reporting import export, regions
from ui import components as ui
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
ui_db = base.ui_db
app_env = base.app_env
assert_ok, open_page = base.assert_ok, base.open_page


# ---------------------------------------------------------------- neutralize


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ('=HYPERLINK("http://x.example","klik")', '\'=HYPERLINK("http://x.example","klik")'),
        ("+6281234567890", "'+6281234567890"),
        ("-1", "'-1"),  # text that looks like a number is still text
        ("-", "'-"),
        ("@cmd", "'@cmd"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Dinas Kesehatan", "Dinas Kesehatan"),
        ("a=b", "a=b"),  # only a leading character starts a formula
        ("'=1", "'=1"),  # already text
        ("", ""),
        (-1, -1),  # a number is not text: untouched
        (-1.5, -1.5),
        (np.int64(-3), np.int64(-3)),
        (None, None),
        (b"=SUM(A1)", b"'=SUM(A1)"),
        (b"+62", b"'+62"),
        (b"-1", b"'-1"),
        (b"@x", b"'@x"),
        (b"normal", b"normal"),
    ],
)
def test_neutralize(value, expected) -> None:
    assert export.neutralize(value) == expected
    assert type(export.neutralize(value)) is type(expected)


def _hostile_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Unit": ["=cmd|' /C calc'!A0", "Dinas Kesehatan", "-1", "@SUM(A1)"],
            "Selisih": [-1.5, 2.0, -1.0, np.nan],
            "Pegawai": [10, 20, 30, 40],
        }
    )


def test_csv_neutralizes_text_and_keeps_numbers_numbers() -> None:
    data = export.csv_bytes(_hostile_frame())
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[1] == "'=cmd|' /C calc'!A0,-1.5,10"
    assert lines[3] == "'-1,-1.0,30"  # the text "-1" gets the apostrophe, the number -1.0 does not
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back["Selisih"].dtype == float and back["Selisih"].iloc[0] == -1.5
    assert back["Unit"].tolist() == ["'=cmd|' /C calc'!A0", "Dinas Kesehatan", "'-1", "'@SUM(A1)"]


def test_headers_are_neutralized_too() -> None:
    data = export.csv_bytes(pd.DataFrame({"=1+1": ["a"]}))
    assert data.decode("utf-8-sig").splitlines()[0] == "'=1+1"


def test_xlsx_opens_and_its_cells_equal_the_frame() -> None:
    df = _hostile_frame()
    wb = openpyxl.load_workbook(io.BytesIO(export.xlsx_bytes(df, sheet_name="Data")))
    ws = wb["Data"]
    rows = list(ws.iter_rows(values_only=True))
    expected = export.neutralize_frame(df)
    assert list(rows[0]) == list(expected.columns)
    for got, (_, want) in zip(rows[1:], expected.iterrows(), strict=True):
        assert got[0] == want["Unit"]
        assert (got[1] is None and np.isnan(want["Selisih"])) or got[1] == want["Selisih"]
        assert got[2] == want["Pegawai"]
    # no formula anywhere; numbers (negative ones too) are number cells
    cells = [c for row in ws.iter_rows(min_row=2) for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert ws["B2"].value == -1.5 and ws["B2"].data_type == "n"
    assert ws["A4"].value == "'-1" and ws["A4"].data_type == "s"
    assert ws["C2"].value == 10 and isinstance(ws["C2"].value, int)
    assert ws.freeze_panes == "A2" and ws["A1"].font.b


def test_xlsx_sheet_name_is_made_valid() -> None:
    wb = openpyxl.load_workbook(
        io.BytesIO(export.xlsx_bytes(pd.DataFrame({"a": [1]}), sheet_name="a/b:c" * 10))
    )
    assert len(wb.sheetnames[0]) <= 31 and "/" not in wb.sheetnames[0]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Apakah setiap PNS mendapat 20 JP pelatihan setahun?",
            "apakah-setiap-pns-mendapat-20-jp-pelatihan-setahun",
        ),
        ("Kinerja — Kota Salatiga", "kinerja-kota-salatiga"),
        ("", "grafik"),
    ],
)
def test_slug(title: str, name: str) -> None:
    assert export.slug(title) == name


def test_slug_is_short() -> None:
    assert len(export.slug("kata " * 40)) <= 60


# ---------------------------------------------------------------- the export frame of a table


@pytest.fixture
def hand_regions():
    """Region names for the "region" columns (regions are data: the hand databases' three)."""
    frame = pd.DataFrame(HAND_REGIONS, columns=["region_id", "region_name", "province", "sort_order"])
    with regions.using(frame):
        yield


def test_export_frame_of_a_suppressed_table_has_markers_and_whole_counts(hand_regions) -> None:
    df = pd.DataFrame(
        {"region_id": ["SLT", "JMB", "SWL"], "employees": [3, 40, 25], "share_ms": [0.5, 0.4525, 0.2]}
    )
    hidden = privacy.suppress(df, count_col="employees", value_cols=["share_ms"])
    columns = [
        ("region_id", "Wilayah", "region"),
        ("employees", "Pegawai", "int"),
        ("share_ms", "% MS", "pct"),
    ]
    frame = ui.export_frame(hidden, columns)
    assert frame.to_numpy().tolist() == [
        ["Kota Salatiga", "<5", "x"],
        ["Kota Jambi", 40, 45.25],
        ["Kota Sawahlunto", 25, 20.0],
    ]
    assert isinstance(frame.loc[1, "Pegawai"], int)
    # and the same in the XLSX: numbers are numbers, markers are text
    ws = openpyxl.load_workbook(io.BytesIO(export.xlsx_bytes(frame))).active
    assert [c.value for c in ws[2]] == ["Kota Salatiga", "<5", "x"]
    assert [c.value for c in ws[3]] == ["Kota Jambi", 40, 45.25]


def test_export_frame_without_suppression_is_the_csv_frame(hand_regions) -> None:
    df = pd.DataFrame({"region_id": ["SLT"], "employees": [3], "share_ms": [0.5]})
    columns = [
        ("region_id", "Wilayah", "region"),
        ("employees", "Pegawai", "int"),
        ("share_ms", "% MS", "pct"),
    ]
    assert ui.export_frame(df, columns).to_numpy().tolist() == [["Kota Salatiga", 3, 50.0]]


# ---------------------------------------------------------------- the buttons on the pages


def buttons(at, key: str, lang: str = "id") -> list:
    return [b for b in at.download_button if b.label == t(key, lang)]


@pytest.mark.parametrize("page", ["ringkasan", "kompetensi"])
def test_every_table_has_csv_and_xlsx_and_every_chart_a_png(app_env, page: str) -> None:
    at = open_page(page)
    tables, charts = len(at.dataframe), len(at.get("plotly_chart"))
    assert tables >= 1 and charts >= 1
    assert len(buttons(at, "download.csv")) == tables
    assert len(buttons(at, "download.xlsx")) == tables
    png = buttons(at, "download.png") + buttons(at, "download.png.unavailable")
    assert len(png) == charts


def test_without_chromium_the_png_button_says_so(app_env, monkeypatch: pytest.MonkeyPatch) -> None:
    from reporting import images

    images.shutdown()
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    at = open_page("kompetensi")
    off = buttons(at, "download.png.unavailable")
    assert len(off) == len(at.get("plotly_chart")) and not buttons(at, "download.png")
    assert all(b.proto.disabled for b in off)
    assert images.INSTALL_HINT in off[0].help
    # the tables' downloads are still there
    assert len(buttons(at, "download.xlsx")) == len(at.dataframe)


def test_png_buttons_draw_nothing_during_a_render(app_env, monkeypatch: pytest.MonkeyPatch) -> None:
    from reporting import images

    calls = []
    monkeypatch.setattr(images, "figure_png", lambda *a, **k: calls.append(1) or b"")
    monkeypatch.setattr(images, "unavailable_reason", lambda: None)
    at = open_page("kompetensi")
    assert buttons(at, "download.png") and calls == []
