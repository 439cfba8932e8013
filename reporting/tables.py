"""Tables as they are read and exported: headers, formats by kind, code labels, and the
privacy markers in hidden cells (no Streamlit: the page tables and the files share it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from analytics import privacy
from reporting import fmt
from reporting.text import current_lang, region_name

Column = tuple[
    str, str, str
]  # source column, header shown, kind (see reporting.fmt.formatter or LABEL_KINDS)


def label_formatters(lang: str) -> dict[str, Callable]:
    from reporting import text as i18n

    return {
        "region": lambda v: region_name(v),
        "jenis_jabatan": lambda v: i18n.jenis_jabatan_label(v, lang),
        "predikat": lambda v: i18n.predikat_label(v, lang),
        "band": lambda v: i18n.jpm_band_label(v, lang),
        "category": lambda v: i18n.category_label(v, lang),
        "indicator": lambda v: i18n.indicator_label(v, lang),
        "competency": lambda v: i18n.competency_label(v, lang),
        "year": lambda v: fmt.MISSING if pd.isna(v) else str(int(v)),
    }


def _csv_value(kind: str, series: pd.Series, display: Callable | None) -> pd.Series:
    """CSV keeps numbers as numbers (dot decimal), shares as percentages, codes as labels."""
    if kind in {"pct", "pp"}:
        return (series.astype(float) * 100).round(2)
    if kind in {"num1", "pts"}:
        return series.astype(float).round(2)
    if kind == "num2":
        return series.astype(float).round(3)
    if kind in {"int", "text", "year"}:
        return series
    return series.map(display)


def _empty(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def export_frame(df: pd.DataFrame, columns: Sequence[Column]) -> pd.DataFrame:
    """The table as written to CSV and XLSX: headers as shown, numbers as numbers
    (shares as percent), codes as labels, suppression markers in hidden cells."""
    labels = label_formatters(current_lang())
    out = pd.DataFrame({h: _csv_value(k, df[c], labels.get(k)) for c, h, k in columns})
    for c, h, k in columns:
        if f"{c}{privacy.SUPPRESSED}" in df:
            text = privacy.markers(df, c).tolist()
            values = out[h].tolist()
            whole = k == "int"
            out[h] = pd.Series(
                [
                    m if m is not None else (_whole(v) if whole else v)
                    for m, v in zip(text, values, strict=True)
                ],
                index=out.index,
                dtype=object,
            )
    return out


def _whole(value):
    """A count made float by suppression (NaN) back to an int."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def top_bottom(df: pd.DataFrame, rank: str, n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``n`` best and ``n`` worst rows by a rank column (1 = best); worst first in the second.
    Rows without a rank (suppressed, see :func:`get`) are in neither."""
    ordered = df[~privacy.is_suppressed(df, rank)].sort_values(rank)
    return ordered.head(n), ordered.tail(n).iloc[::-1]
