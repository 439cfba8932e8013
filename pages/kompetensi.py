"""Kompetensi: coverage of competency standards, JPM bands, drill-down by unit
and by jenis jabatan, and education fit."""

from __future__ import annotations

import streamlit as st

from analytics import competency
from analytics.reference import COMPETENCIES, JENIS_JABATAN
from ui import components as ui
from ui.filters import current
from ui.i18n import t

# the mapping bands of the all-staff view, green to red as the selection bands are drawn
MAPPING_BANDS = ["Optimal", "Cukup Optimal", "Kurang Optimal"]
MAPPING_COLORS = dict(zip(MAPPING_BANDS, ui.JPM_BAND_COLORS.values(), strict=True))

filters = current(__file__)
st.title(t("kompetensi.title"))
st.caption(t("kompetensi.intro", y0=filters.year_from, y1=filters.year_to))
fname = f"{filters.year_from}-{filters.year_to}"

# ---------------------------------------------------------------- coverage heatmap + gap
# Viewers (ui.get, by each metric's spec): a group of fewer than 5 employees shows "<5", what is
# computed over it "x"; the rows of a region that add up to its total are protected
# together (the total is shown on this page or the others).
coverage = ui.get(competency.competency_coverage, filters)
ui.section(t("kompetensi.coverage.q"), t("kompetensi.coverage.c"))
if ui.has_rows(coverage):
    data = ui.region_label_column(
        ui.label_column(coverage, "competency_name", "competency_name", "competency")
    )
    comp_order = ui.ordered_labels([c[0] for c in COMPETENCIES], "competency")
    fig = ui.heatmap(
        data,
        x="region",
        y="competency",
        z="share_meeting",
        x_label=t("col.region"),
        y_label=t("col.competency"),
        z_label=t("col.share_meeting"),
        x_order=ui.region_order(coverage),
        y_order=[c for c in comp_order if c in set(data["competency"])],
    )
    ui.chart(fig, key="coverage", data=coverage)

    ui.section(t("kompetensi.gap.q"), t("kompetensi.gap.c"))
    fig = ui.bar_by_region(
        data,
        x="competency",
        y="mean_gap",
        x_label=t("col.competency"),
        y_label=t("col.mean_gap"),
        horizontal=True,
        category_order=comp_order,
    )
    ui.chart(ui.reference_line(fig, 0, axis="x", dash="solid"), key="gap", data=coverage)
    ui.table(
        data,
        [
            ("region_id", t("col.region"), "region"),
            ("competency", t("col.competency"), "text"),
            ("assessed", t("col.assessed"), "int"),
            ("meeting", t("col.meeting"), "int"),
            ("share_meeting", t("col.share_meeting"), "pct"),
            ("mean_gap", t("col.mean_gap"), "num2"),
        ],
        filename=f"kompetensi_cakupan_{fname}",
        key="coverage",
    )

# ---------------------------------------------------------------- JPM bands
ui.section(t("kompetensi.jpm.q"), t("kompetensi.jpm.c"))
bands = ui.get(competency.jpm_distribution, filters)
if ui.has_rows(bands):
    data = ui.label_column(bands, "band", "band", "band_label")
    fig = ui.stacked_shares(
        data,
        x="region",
        share="share",
        color="band_label",
        x_label=t("col.region"),
        color_label=t("col.band_mapping"),
        color_order=ui.ordered_labels(MAPPING_BANDS, "band"),
        color_map=dict(zip(ui.ordered_labels(MAPPING_BANDS, "band"), MAPPING_COLORS.values(), strict=True)),
        x_order=ui.region_order(bands),
        horizontal=True,
        height=120 + 60 * bands["region_id"].nunique(),
    )
    ui.chart(fig, key="jpm_bands", data=bands)
    ui.table(
        bands,
        [
            ("region_id", t("col.region"), "region"),
            ("band", t("col.band_mapping"), "band"),
            ("employees", t("col.employees"), "int"),
            ("share", t("axis.share"), "pct"),
        ],
        filename=f"kompetensi_band_jpm_{fname}",
        key="jpm_bands",
    )

# ---------------------------------------------------------------- by unit
ui.section(t("kompetensi.unit.q"), t("kompetensi.unit.c"))
ui.table(
    ui.get(competency.jpm_by_unit, filters),
    [
        ("region_id", t("col.region"), "region"),
        ("unit_name", t("col.unit"), "text"),
        ("employees", t("col.employees"), "int"),
        ("mean_jpm", t("col.mean_jpm"), "num1"),
        ("mean_jpm_ratio", t("col.mean_jpm_ratio"), "num1"),
        ("share_optimal", t("col.share_optimal"), "pct"),
        ("share_kurang_optimal", t("col.share_kurang_optimal"), "pct"),
        ("share_qualified", t("col.share_qualified"), "pct"),
    ],
    filename=f"kompetensi_per_unit_{fname}",
    key="jpm_unit",
    height=420,
)

# ---------------------------------------------------------------- by jenis jabatan
jenis_order = ui.ordered_labels(list(JENIS_JABATAN), "jenis_jabatan")
ui.section(t("kompetensi.jenis.q"), t("kompetensi.jenis.c"))
by_jenis = ui.get(competency.jpm_by_jenis_jabatan, filters)
if ui.has_rows(by_jenis):
    data = ui.label_column(by_jenis, "jenis_jabatan", "jenis_jabatan", "jenis")
    fig = ui.bar_by_region(
        data,
        x="jenis",
        y="mean_jpm",
        x_label=t("col.jenis_jabatan"),
        y_label=t("col.mean_jpm"),
        category_order=jenis_order,
    )
    ui.chart(ui.reference_line(fig, 90), key="jpm_jenis", data=by_jenis)
    ui.table(
        by_jenis,
        [
            ("region_id", t("col.region"), "region"),
            ("jenis_jabatan", t("col.jenis_jabatan"), "jenis_jabatan"),
            ("employees", t("col.employees"), "int"),
            ("mean_jpm", t("col.mean_jpm"), "num1"),
            ("mean_jpm_ratio", t("col.mean_jpm_ratio"), "num1"),
            ("share_optimal", t("col.share_optimal"), "pct"),
            ("share_kurang_optimal", t("col.share_kurang_optimal"), "pct"),
            ("share_qualified", t("col.share_qualified"), "pct"),
        ],
        filename=f"kompetensi_per_jenis_jabatan_{fname}",
        key="jpm_jenis",
    )

# ---------------------------------------------------------------- qualification fit
ui.section(t("kompetensi.qual.q"), t("kompetensi.qual.c"))
fit = ui.get(competency.qualification_fit, filters)
if ui.has_rows(fit):
    data = ui.label_column(fit, "jenis_jabatan", "jenis_jabatan", "jenis")
    fig = ui.bar_by_region(
        data,
        x="jenis",
        y="share_fit",
        x_label=t("col.jenis_jabatan"),
        y_label=t("col.share_fit"),
        percent=True,
        category_order=jenis_order,
    )
    ui.chart(fig, key="qual_fit", data=fit)
    ui.table(
        fit,
        [
            ("region_id", t("col.region"), "region"),
            ("jenis_jabatan", t("col.jenis_jabatan"), "jenis_jabatan"),
            ("employees", t("col.employees"), "int"),
            ("fit", t("col.fit"), "int"),
            ("share_fit", t("col.share_fit"), "pct"),
        ],
        filename=f"kompetensi_kesesuaian_pendidikan_{fname}",
        key="qual_fit",
    )
