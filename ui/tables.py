"""A table on the page: formatted (:mod:`reporting.tables`), with the privacy legend and
its CSV and XLSX downloads."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from analytics import privacy
from reporting import export, fmt, regions
from reporting.cells import any_hidden
from reporting.tables import Column, _empty, export_frame, label_formatters
from reporting.text import current_lang, t
from ui import charts
from ui.data import has_rows


def privacy_legend(df: pd.DataFrame | None, columns: Sequence[str]) -> None:
    """Under a table: what "<5" and "x" mean, if any of ``columns`` hides a cell."""
    if not any_hidden(df, columns):
        return
    k = df.attrs.get(privacy.ATTR_THRESHOLD) or privacy.min_group_size()
    st.caption(t("privacy.legend", small=privacy.marker(k), k=k, x=privacy.SECONDARY_MARKER))


def styled(df: pd.DataFrame, columns: Sequence[Column]):
    """The chosen columns under their headers, formatted for reading (a pandas Styler).

    Formatting happens in the Styler, so sorting a column in the browser still
    sorts by number. A column with an empty cell is the exception: Streamlit draws
    an empty cell as a grey "None" whatever the Styler says (1.67), so such a
    column is written out as its display text, with the privacy marker ("<5",
    "x") in a hidden cell of a frame from :func:`analytics.privacy.suppress` and
    "–" where there is no value; it then sorts as text.

    The formatted frame and the Styler's rendering of it are kept per (the frame's
    content, the columns, the language, the regions), like :func:`ui.charts.figure`:
    formatting every cell again was a large part of a warm page run (Kinerja's
    table of 800 units).
    """
    lang = current_lang()
    try:
        key = _table_key(df, columns, lang)
    except charts.Unkeyable:
        shown, formatters = _shown(df, columns, lang)
        return shown.style.format(formatters, na_rep=fmt.MISSING)
    with _kept_lock:
        kept = _kept.get(key)
        if kept is not None:
            _kept.move_to_end(key)
    if kept is None:
        kept = _Kept(*_shown(df, columns, lang))
        with _kept_lock:
            _kept[key] = kept
            cells = sum(k.shown.size for k in _kept.values())
            while len(_kept) > 1 and (len(_kept) > TABLES_KEPT or cells > TABLE_CELLS_KEPT):
                cells -= _kept.popitem(last=False)[1].shown.size
    styler = kept.shown.style.format(kept.formatters, na_rep=fmt.MISSING)
    styler._translate = _rendering_once(styler, kept)  # a plain Styler: Streamlit checks the type
    return styler


def _shown(df: pd.DataFrame, columns: Sequence[Column], lang: str) -> tuple[pd.DataFrame, dict]:
    """The frame to show (headers, texts where a column has an empty cell) and the
    formatters of the other columns."""
    labels = label_formatters(lang)
    frame = df.reset_index(drop=True)
    shown = frame[[c for c, _, _ in columns]].rename(columns={c: h for c, h, _ in columns})
    formatters = {h: labels.get(k) or fmt.formatter(k, lang=lang) for _, h, k in columns}
    for c, h, _ in columns:
        values = shown[h]
        if not values.isna().any():
            continue
        texts = values.map(lambda v, f=formatters[h]: fmt.MISSING if _empty(v) else f(v))
        if privacy.is_suppressed(frame, c).any():
            marks = privacy.markers(frame, c)
            texts = marks.where(marks.notna(), texts)
        shown[h] = texts.astype(object)
        formatters.pop(h)
    return shown, formatters


# At most this many tables, and cells in all (a rendered cell is a dict of about 1 kB).
TABLES_KEPT = 128
TABLE_CELLS_KEPT = 100_000


@dataclass
class _Kept:
    """A table as shown, and the Styler's renderings of it (see :func:`_rendering_once`)."""

    shown: pd.DataFrame
    formatters: dict
    rendered: dict = field(default_factory=dict)


_kept: OrderedDict[tuple, _Kept] = OrderedDict()
_kept_lock = threading.Lock()


def _table_key(df: pd.DataFrame, columns: Sequence[Column], lang: str) -> tuple:
    directory = regions.directory()
    return (
        charts.input_key(df),
        charts.input_key(list(columns)),
        lang,
        tuple(directory.names.items()),
    )


def _rendering_once(styler, kept: _Kept):
    """``styler._translate`` for a kept table: Streamlit's ``st.dataframe`` reads a
    Styler's cells through it (every cell formatted into a dict), which depends only on
    the frame and its formats, both kept; so it runs once a table and its result is
    shared (Streamlit only reads it). The element's id (``uuid``) is not part of it."""
    translate = styler._translate

    def once(*args, **kwargs):
        if styler.table_styles or styler.ctx:  # styled further than formats: as pandas does
            return translate(*args, **kwargs)
        how = (args, tuple(sorted(kwargs.items())))
        rendered = kept.rendered.get(how)
        if rendered is None:
            rendered = translate(*args, **kwargs)
            kept.rendered[how] = rendered
        return rendered

    return once


def download(df: pd.DataFrame, columns: Sequence[Column], filename: str, *, key: str) -> None:
    """CSV and XLSX downloads of the same columns (:func:`export_frame`).

    CSV: comma-separated UTF-8 with a BOM (Excel opens it with the right
    characters). XLSX: one sheet. Both are made only when clicked (not on every
    rerun of the page) and guard against formula injection (:mod:`reporting.export`).
    """
    sheet = t("download.sheet")
    with st.container(horizontal=True, gap="small"):
        st.download_button(
            t("download.csv"),
            data=lambda: csv_bytes(export_frame(df, columns)),
            file_name=f"{filename}.csv",
            mime="text/csv",
            key=f"dl_{key}",
            icon=":material/download:",
            on_click="ignore",
        )
        st.download_button(
            t("download.xlsx"),
            data=lambda: export.xlsx_bytes(export_frame(df, columns), sheet_name=sheet),
            file_name=f"{filename}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key=f"dlx_{key}",
            icon=":material/table_view:",
            on_click="ignore",
        )


def table(
    df: pd.DataFrame | None,
    columns: Sequence[Column],
    filename: str,
    *,
    key: str,
    height: int | str = "auto",
) -> None:
    """A formatted table with CSV and XLSX downloads of it; the empty state if there are no rows."""
    if not has_rows(df):
        return
    if len(df) <= 10:  # a short table takes its own height, without empty rows
        height = "auto"
    st.dataframe(styled(df, columns), width="stretch", hide_index=True, height=height)
    privacy_legend(df, [c for c, _, _ in columns])
    download(df, columns, filename, key=key)


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV bytes of a table (:func:`reporting.export.csv_bytes`: BOM, neutralized text)."""
    return export.csv_bytes(df)


def spec_columns(fn, *names: str, headers: dict[str, str] | None = None) -> list[Column]:
    """The ``(column, header, format)`` of a table of ``fn``'s frame, from its spec (every
    column if no names): headers in the user's language (``headers`` overrides a key)."""
    return [(c, t(h), f) for c, h, f in fn.spec.table(*names, headers=headers)]
