"""Number formats (reporting.fmt), period labels, code labels and the CSV download bytes."""

from __future__ import annotations

import datetime as dt
import io
import math

import pandas as pd
import pytest

from reporting import fmt
from reporting.charts.style import period_label
from reporting.tables import _csv_value
from ui.i18n import (
    STRINGS,
    category_label,
    competency_label,
    jenis_jabatan_label,
    jpm_band_label,
    predikat_label,
    t,
)
from ui.tables import csv_bytes


@pytest.mark.parametrize(
    ("value", "decimals", "id_text", "en_text"),
    [
        (1234.5, 1, "1.234,5", "1,234.5"),
        (2500000.75, 2, "2.500.000,75", "2,500,000.75"),
        (0, 0, "0", "0"),
        (999.95, 1, "1.000,0", "1,000.0"),  # rounds up across the thousands mark
        (2.45, 1, "2,5", "2.5"),  # half-up on the decimal people see, not binary 2.4499…
        (-1234.25, 1, "-1.234,3", "-1,234.3"),
        (-0.04, 1, "0,0", "0.0"),  # no negative zero
        (12, 0, "12", "12"),
        (1234567, 0, "1.234.567", "1,234,567"),
    ],
)
def test_number(value, decimals, id_text, en_text) -> None:
    assert fmt.number(value, decimals, lang="id") == id_text
    assert fmt.number(value, decimals, lang="en") == en_text


@pytest.mark.parametrize(
    ("share", "id_text", "en_text"),
    [
        (0.452, "45,2 %", "45.2%"),
        (1.0, "100,0 %", "100.0%"),
        (0.0, "0,0 %", "0.0%"),
        (0.12345, "12,3 %", "12.3%"),
        (12.3456, "1.234,6 %", "1,234.6%"),
    ],
)
def test_percent(share, id_text, en_text) -> None:
    assert fmt.percent(share, lang="id") == id_text
    assert fmt.percent(share, lang="en") == en_text


def test_integer_points_and_range() -> None:
    assert fmt.integer(1234, lang="id") == "1.234"
    assert fmt.integer(1234, lang="en") == "1,234"
    assert fmt.integer(5678.4, lang="id") == "5.678"
    assert fmt.points(3.14, lang="id") == "+3,1"
    assert fmt.points(-0.44, lang="en") == "-0.4"
    assert fmt.points(0.0, lang="id") == "0,0"
    assert fmt.num_range(2.6, 3.6, lang="id") == "2,6–3,6"
    assert fmt.num_range(2.6, 3.6, lang="en") == "2.6–3.6"


@pytest.mark.parametrize("missing", [None, float("nan"), math.nan, pd.NA, "x"])
def test_missing_values_show_a_dash(missing) -> None:
    assert fmt.number(missing, 1, lang="id") == fmt.MISSING
    assert fmt.percent(missing, lang="en") == fmt.MISSING
    assert fmt.integer(missing, lang="id") == fmt.MISSING


def test_numpy_and_pandas_numbers() -> None:
    import numpy as np

    assert fmt.integer(np.int64(12345), lang="id") == "12.345"
    assert fmt.percent(np.float64(0.5), lang="id") == "50,0 %"


def test_default_language_outside_streamlit_is_indonesian() -> None:
    assert fmt.number(1234.5, 1) == "1.234,5"
    assert t("nav.kinerja") == "Kinerja"


def test_formatter_kinds() -> None:
    assert fmt.formatter("pct", lang="id")(0.5) == "50,0 %"
    assert fmt.formatter("int", lang="en")(1000) == "1,000"
    assert fmt.formatter("num1", lang="id")(71.25) == "71,3"
    assert fmt.formatter("pts", lang="id")(1.0) == "+1,0"
    with pytest.raises(KeyError):
        fmt.formatter("nope")


def test_impact_sentence_reads_like_the_brief() -> None:
    text = t(
        "impact.sentence.up",
        "id",
        min_jp=20,
        est=fmt.number(3.1, 1, lang="id"),
        lo=fmt.number(2.6, 1, lang="id"),
        hi=fmt.number(3.6, 1, lang="id"),
        nt=fmt.integer(1234, lang="id"),
        nc=fmt.integer(5678, lang="id"),
    )
    assert text == (
        "Pelatihan ≥ 20 JP menaikkan skor kinerja rata-rata 3,1 poin "
        "(IK 95 %: 2,6–3,6; n = 1.234 dilatih vs 5.678 pembanding)."
    )


@pytest.mark.parametrize(
    ("value", "grain", "lang", "label"),
    [
        (dt.date(2024, 5, 1), "month", "id", "Mei 2024"),
        (dt.date(2024, 5, 1), "month", "en", "May 2024"),
        (dt.date(2024, 8, 1), "month", "id", "Agu 2024"),
        (pd.Timestamp("2024-04-01"), "quarter", "id", "T2 2024"),
        (pd.Timestamp("2024-10-01"), "quarter", "en", "Q4 2024"),
        (dt.date(2023, 1, 1), "year", "id", "2023"),
        (2023, "year", "en", "2023"),
        ("2024-Q1", "quarter", "id", "2024-Q1"),
    ],
)
def test_period_label(value, grain, lang, label) -> None:
    assert period_label(value, grain, lang) == label


def test_code_labels_come_from_the_reference_tables() -> None:
    assert predikat_label(1, "id") == "Sangat Baik"
    assert predikat_label(5, "en") == "Very poor"
    assert jenis_jabatan_label(2, "id") == "Fungsional Tertentu"
    assert jenis_jabatan_label(4, "id") == "Pelaksana"
    assert jpm_band_label("MMS", "id") == "MMS – Masih Memenuhi Syarat"
    assert category_label("ict", "en") == "Information technology"
    assert competency_label("M1", "id") == "Integritas"
    assert predikat_label(9, "id") == "9"  # unknown codes are shown as they are


def test_every_string_is_a_pair_with_the_same_placeholders() -> None:
    import string

    for key, (id_text, en_text) in STRINGS.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(s) if f} for s in (id_text, en_text)]
        assert fields[0] == fields[1], key


def test_csv_has_bom_commas_and_reads_back() -> None:
    df = pd.DataFrame({"Wilayah": ["Kota Salatiga", "Kota Jambi"], "% Baik ke atas": [45.2, 50.0]})
    data = csv_bytes(df)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0] == "Wilayah,% Baik ke atas"
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back.equals(df)


def test_csv_values_keep_numbers_and_turn_shares_into_percent() -> None:
    shares = pd.Series([0.4523, 1.0])
    assert _csv_value("pct", shares, None).tolist() == [45.23, 100.0]
    assert _csv_value("int", pd.Series([3, 4]), None).tolist() == [3, 4]
    assert _csv_value("jenis_jabatan", pd.Series([1]), lambda v: "Struktural").tolist() == ["Struktural"]
