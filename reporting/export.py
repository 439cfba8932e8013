"""Table files for download: CSV and XLSX bytes, safe to open in a spreadsheet.

Formula injection (OWASP "CSV injection"): a text cell that begins with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return can run as a formula when the
file is opened in Excel or LibreOffice; unit names and other text can come
from imported files, so every such text cell (and header) gets a leading
apostrophe, in CSV and in XLSX alike. Real numbers are left alone: in XLSX
they are number cells, which never run; in CSV they are written as plain
numbers (``-1.5``), which spreadsheets read as numbers, not formulas, and a
prefix would turn them into text. Only text that merely looks like a number
(``"-1"`` in a text column) gets the apostrophe, visible in the spreadsheet:
the price of not knowing which text is harmless.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import unicodedata
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_START_BYTES = tuple(s.encode() for s in FORMULA_START)


def neutralize(value: Any) -> Any:
    """A text cell that a spreadsheet could run as a formula, with ``'`` in front.

    ``str`` and ``bytes`` only; numbers, dates, None and the rest come back as they are.
    """
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_START) else value
    if isinstance(value, bytes | bytearray):
        return b"'" + bytes(value) if bytes(value).startswith(_FORMULA_START_BYTES) else value
    return value


def neutralize_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The frame with its headers and text cells neutralized; numeric columns untouched."""
    out = df.rename(columns=lambda c: neutralize(str(c)))
    for col in out.columns:
        if not (pd.api.types.is_numeric_dtype(out[col]) or pd.api.types.is_datetime64_any_dtype(out[col])):
            out[col] = out[col].map(neutralize).astype(object)
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    """Comma-separated UTF-8 with a BOM (Excel then reads the characters right), neutralized."""
    return neutralize_frame(df).to_csv(index=False, sep=",").encode("utf-8-sig")


def _xlsx_value(value: Any) -> Any:
    """A cell value openpyxl writes as the right type: numbers as numbers, gaps empty."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float | np.floating):
        return None if math.isnan(value) else float(value)
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, dt.date | str):
        return value
    return str(value)


def xlsx_bytes(df: pd.DataFrame, *, sheet_name: str = "Data") -> bytes:
    """One worksheet: bold header row (frozen, with filters), the rows below, neutralized.

    Text cells are written as text cells (never formulas); numbers stay numbers.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    data = neutralize_frame(df)
    wb = Workbook()
    ws = wb.active
    ws.title = re.sub(r"[\[\]:*?/\\]", " ", sheet_name)[:31] or "Data"
    ws.append([str(c) for c in data.columns])
    for row in data.itertuples(index=False, name=None):
        ws.append([_xlsx_value(v) for v in row])
    for row in ws.iter_rows():  # a text cell is text, whatever openpyxl guessed
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    if len(data.columns):
        ws.auto_filter.ref = ws.dimensions
    for i, col in enumerate(data.columns, start=1):
        longest = max([len(str(col)), *(len(str(v)) for v in data[col].head(500))], default=8)
        ws.column_dimensions[get_column_letter(i)].width = min(max(longest + 2, 8), 50)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def slug(text: str, *, max_length: int = 60) -> str:
    """A file name from a title: ``"Apakah pegawai memenuhi 20 JP?"`` -> ``apakah-pegawai-memenuhi-20-jp``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > max_length:
            break
        out = candidate
    return out or "grafik"
