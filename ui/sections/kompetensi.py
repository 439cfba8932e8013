"""The Kompetensi page's drawing: the competencies met least often, the JPM mapping bands
and the weakest units, each with its numbers folded away; the gap per competency, the
match by kind of post and the education fit behind expanders."""

from __future__ import annotations

import streamlit as st

from analytics.reference import JENIS_JABATAN
from reporting.charts import competency as charts
from ui import components as ui
from ui.i18n import t

# the mapping bands of the all-staff view, green to red as the selection bands are drawn
MAPPING_BANDS = ["Optimal", "Cukup Optimal", "Kurang Optimal"]
JPM_COLUMNS = [
    ("mean_jpm", "col.mean_jpm", "num1"),
    ("mean_jpm_ratio", "col.mean_jpm_ratio", "num1"),
    ("share_optimal", "col.share_optimal", "pct"),
    ("share_kurang_optimal", "col.share_kurang_optimal", "pct"),
    ("share_qualified", "col.share_qualified", "pct"),
]


def _columns(specs) -> list[ui.Column]:
    return [(c, t(h), k) for c, h, k in specs]


def numbers(label_key: str):
    """An expander for a chart's numbers (its table and downloads)."""
    return st.expander(t(label_key), icon=":material/table:")


def coverage(df, fname: str) -> None:
    """The share meeting the standard per competency and region (least met on top), its
    table and the mean gap per competency."""
    ui.section(t("kompetensi.coverage.q"), t("kompetensi.coverage.c"))
    if not ui.has_rows(df):
        return
    ui.chart(ui.figure(charts.competency_dots, df), key="coverage", data=df)
    data = ui.label_column(df, "competency_name", "competency_name", "competency")
    with numbers("kompetensi.more.coverage"):
        cols = [("region_id", "col.region", "region"), ("competency", "col.competency", "text"),
                ("assessed", "col.assessed", "int"), ("meeting", "col.meeting", "int"),
                ("share_meeting", "col.share_meeting", "pct"), ("mean_gap", "col.mean_gap", "num2")]  # fmt: skip
        ui.table(data, _columns(cols), filename=f"kompetensi_cakupan_{fname}", key="coverage")
        ui.section(t("kompetensi.gap.q"), t("kompetensi.gap.c"))
        ui.chart(ui.figure(_gap_chart, data), key="gap", data=df)


def bands(df, fname: str) -> None:
    """Employees per JPM mapping band and region (100 % stacked), and the table."""
    ui.section(t("kompetensi.jpm.q"), t("kompetensi.jpm.c"))
    if not ui.has_rows(df):
        return
    ui.chart(ui.figure(_bands_chart, df), key="jpm_bands", data=df)
    with numbers("kompetensi.more.bands"):
        cols = [("region_id", "col.region", "region"), ("band", "col.band_mapping", "band"),
                ("employees", "col.employees", "int"), ("share", "axis.share", "pct")]  # fmt: skip
        ui.table(df, _columns(cols), filename=f"kompetensi_band_jpm_{fname}", key="jpm_bands")


def units(df, fname: str) -> None:
    """The weakest units by mean JPM, and every unit in a table."""
    ui.section(t("kompetensi.unit.q"), t("kompetensi.unit.c", n=charts.WEAKEST_UNITS))
    if not ui.has_rows(df):
        return
    ui.chart(ui.figure(charts.unit_dots, df), key="jpm_unit", data=df)
    with numbers("kompetensi.more.units"):
        cols = [("region_id", "col.region", "region"), ("unit_name", "col.unit", "text"),
                ("employees", "col.employees", "int"), *JPM_COLUMNS]  # fmt: skip
        ui.table(df, _columns(cols), filename=f"kompetensi_per_unit_{fname}", key="jpm_unit", height=420)


def by_jenis(df, fname: str) -> None:
    """Mean JPM per kind of post and region, behind an expander."""
    with st.expander(t("kompetensi.jenis.q"), icon=":material/work:"):
        ui.section(t("kompetensi.jenis.q"), t("kompetensi.jenis.c"))
        if not ui.has_rows(df):
            return
        ui.chart(ui.figure(_jenis_chart, df), key="jpm_jenis", data=df)
        cols = [("region_id", "col.region", "region"), ("jenis_jabatan", "col.jenis_jabatan", "jenis_jabatan"),
                ("employees", "col.employees", "int"), *JPM_COLUMNS]  # fmt: skip
        ui.table(df, _columns(cols), filename=f"kompetensi_per_jenis_jabatan_{fname}", key="jpm_jenis")


def qualification(df, fname: str) -> None:
    """Employees whose education field fits the post, per kind of post, behind an expander."""
    with st.expander(t("kompetensi.qual.q"), icon=":material/school:"):
        ui.section(t("kompetensi.qual.q"), t("kompetensi.qual.c"))
        if not ui.has_rows(df):
            return
        ui.chart(ui.figure(_qualification_chart, df), key="qual_fit", data=df)
        cols = [("region_id", "col.region", "region"), ("jenis_jabatan", "col.jenis_jabatan", "jenis_jabatan"),
                ("employees", "col.employees", "int"), ("fit", "col.fit", "int"),
                ("share_fit", "col.share_fit", "pct")]  # fmt: skip
        ui.table(df, _columns(cols), filename=f"kompetensi_kesesuaian_pendidikan_{fname}", key="qual_fit")


# ---------------------------------------------------------------- the figures (built once per input: ui.figure)
def _gap_chart(data):
    """The mean gap per competency and region (``data``: the coverage frame with its labels)."""
    fig = ui.bar_by_region(
        data, x="competency", y="mean_gap", x_label=t("col.competency"), y_label=t("col.mean_gap"),
        horizontal=True, category_order=list(dict.fromkeys(data["competency"])),
    )  # fmt: skip
    return ui.reference_line(fig, 0, axis="x", dash="solid")


def _bands_chart(df):
    data = ui.label_column(df, "band", "band", "band_label")
    labels = ui.ordered_labels(MAPPING_BANDS, "band")
    return ui.stacked_shares(
        data, x="region", share="share", color="band_label", x_label=t("col.region"),
        color_label=t("col.band_mapping"), color_order=labels,
        color_map=dict(zip(labels, ui.JPM_BAND_COLORS.values(), strict=True)), x_order=ui.region_order(df),
        horizontal=True, height=110 + 40 * df["region_id"].nunique(),
    )  # fmt: skip


def _jenis_chart(df):
    data = ui.label_column(df, "jenis_jabatan", "jenis_jabatan", "jenis")
    fig = ui.bar_by_region(
        data, x="jenis", y="mean_jpm", x_label=t("col.jenis_jabatan"), y_label=t("col.mean_jpm"),
        category_order=ui.ordered_labels(list(JENIS_JABATAN), "jenis_jabatan"),
    )  # fmt: skip
    return ui.reference_line(fig, 90)


def _qualification_chart(df):
    data = ui.label_column(df, "jenis_jabatan", "jenis_jabatan", "jenis")
    return ui.bar_by_region(
        data, x="jenis", y="share_fit", x_label=t("col.jenis_jabatan"), y_label=t("col.share_fit"),
        percent=True, category_order=ui.ordered_labels(list(JENIS_JABATAN), "jenis_jabatan"),
    )  # fmt: skip
