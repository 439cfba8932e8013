"""Ringkasan: each selected region side by side, then the kinerja trend."""

from __future__ import annotations

import streamlit as st

from analytics import overview
from analytics.filters import ALL_REGIONS
from ui import components as ui
from ui import fmt
from ui.filters import current
from ui.i18n import t

filters = current()
st.title(t("ringkasan.title"))
st.caption(t("ringkasan.intro", year=filters.year_to))

kpis = ui.fetch(overview.overview_kpis, filters)
trend = ui.fetch(overview.overview_trend, filters)

if ui.has_rows(kpis):
    # one column per region, the same width however many are chosen; narrow
    # screens wrap to fewer columns instead of squeezing the cards
    grid = st.grid(len(ALL_REGIONS), min_column_width=180, gap="medium")
    for row in kpis.itertuples(index=False):
        spark = ui.region_rows(trend, row.region_id)
        with grid.cell():
            ui.region_heading(row.region_id)
            ui.kpi(
                t("kpi.employees"),
                fmt.integer(row.employees),
                help=t("kpi.employees.help", pns=fmt.integer(row.pns), pppk=fmt.integer(row.pppk)),
            )
            ui.kpi(
                t("kpi.share_baik"),
                fmt.percent(row.share_baik),
                help=t("kpi.share_baik.help", year=filters.year_to),
                trend=None if spark is None else spark["share_baik"],
            )
            ui.kpi(
                t("kpi.mean_score"),
                fmt.number(row.mean_score, 1),
                help=t("kpi.mean_score.help", year=filters.year_to),
                trend=None if spark is None else spark["mean_score"],
            )
            ui.kpi(
                t("kpi.mean_jpm"),
                fmt.number(row.mean_jpm, 1),
                help=t("kpi.mean_jpm.help", ms=fmt.percent(row.share_ms)),
            )
            ui.kpi(
                t("kpi.share_jp_met"),
                fmt.percent(row.share_jp_met),
                help=t("kpi.share_jp_met.help", year=filters.year_to),
            )
            ui.kpi(
                t("kpi.moves"),
                fmt.number(row.moves_per_100, 1),
                help=t(
                    "kpi.moves.help",
                    y0=filters.year_from,
                    y1=filters.year_to,
                    declined=fmt.percent(row.share_declined),
                ),
            )

ui.section(t("ringkasan.trend.q"), t("ringkasan.trend.c"))
if ui.has_rows(trend):
    ui.chart(ui.line_by_region(trend, "share_baik", y_label=t("col.share_baik"), percent=True), key="trend")

ui.section(t("ringkasan.table.q"), t("ringkasan.table.c"))
ui.table(
    kpis,
    [
        ("region_id", t("col.region"), "region"),
        ("employees", t("col.employees"), "int"),
        ("pns", t("col.pns"), "int"),
        ("pppk", t("col.pppk"), "int"),
        ("share_baik", t("col.share_baik"), "pct"),
        ("mean_score", t("col.mean_score"), "num1"),
        ("mean_jpm", t("col.mean_jpm"), "num1"),
        ("share_ms", t("col.share_ms"), "pct"),
        ("share_qualified", t("col.share_qualified"), "pct"),
        ("share_jp_met", t("col.share_jp_met"), "pct"),
        ("moves_per_100", t("col.moves_per_100"), "num1"),
        ("share_declined", t("col.share_declined"), "pct"),
    ],
    filename=f"ringkasan_{filters.year_from}-{filters.year_to}",
    key="kpis",
)
