"""Ringkasan: each selected region side by side, then the kinerja trend."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import kinerja, overview
from reporting import fmt
from ui import components as ui
from ui.filters import current
from ui.i18n import t


def privacy_hidden(df: pd.DataFrame, i, col: str) -> bool:
    """Is the cell hidden for this viewer (a number there, not shown)?"""
    from analytics import privacy

    return bool(privacy.is_suppressed(df, col).loc[i])


filters = current(__file__)
st.title(t("ringkasan.title"))
st.caption(t("ringkasan.intro", year=filters.year_to))


# Viewers: a region of fewer than 5 employees (one unit and one jenis jabatan chosen),
# and a rate over fewer than 5 moves, show "<5" / "x" (the spec of overview_kpis).
kpis = ui.get(overview.overview_kpis, filters)
# the quarterly lines: kinerja_trend at quarter grain (what overview_trend reads), with
# the number of employees evaluated per month behind each point
trend = ui.get(kinerja.kinerja_trend, filters, grain="quarter")

CARD_WIDTH = 180  # pixels, the narrowest a column of KPI cards gets

if ui.has_rows(kpis):
    # one column of cards per region, at most four a row and the rows evenly filled (six
    # regions: two rows of three); narrow screens wrap to fewer columns instead of
    # squeezing the cards, and the headings of a row take the same height
    region_ids = list(kpis["region_id"])
    lines = ui.heading_lines(region_ids, min_width=CARD_WIDTH)
    for (i, region_id), region_cell in zip(
        kpis["region_id"].items(), ui.region_cells(region_ids, min_width=CARD_WIDTH), strict=True
    ):
        spark = ui.region_rows(trend, region_id)

        def cell(col: str, formatter=fmt.percent, i=i) -> str:
            return ui.cell(kpis, i, col, formatter)

        with region_cell:
            ui.region_heading(region_id, lines=lines)
            ui.kpi(
                t("kpi.employees"),
                cell("employees", fmt.integer),
                help=t("kpi.employees.help", pns=cell("pns", fmt.integer), pppk=cell("pppk", fmt.integer)),
            )
            period = kpis.at[i, "period_type"]
            ui.kpi(
                t("kpi.share_baik"),
                cell("share_baik"),
                help=t(
                    "kpi.share_baik.help",
                    year=filters.year_to,
                    period=t(f"period_type.{period}") if isinstance(period, str) else fmt.MISSING,
                    low=cell("share_baik_low"),
                    high=cell("share_baik_high"),
                ),
                trend=None if spark is None else ui.shown_values(spark, "share_baik"),
            )
            scored = not pd.isna(kpis.at[i, "mean_score"]) or privacy_hidden(kpis, i, "mean_score")
            ui.kpi(
                t("kpi.mean_score"),
                cell("mean_score", lambda v: fmt.number(v, 1)),
                help=t("kpi.mean_score.help" if scored else "kpi.mean_score.none", year=filters.year_to),
                trend=None if spark is None or not scored else ui.shown_values(spark, "mean_score"),
            )
            ui.kpi(
                t("kpi.mean_jpm"),
                cell("mean_jpm", lambda v: fmt.number(v, 1)),
                help=t(
                    "kpi.mean_jpm.help",
                    optimal=cell("share_optimal"),
                    ratio=cell("mean_jpm_ratio", lambda v: fmt.number(v, 1)),
                ),
            )
            ui.kpi(
                t("kpi.share_jp_met"),
                cell("share_jp_met"),
                help=t("kpi.share_jp_met.help", year=filters.year_to),
            )
            ui.kpi(
                t("kpi.moves"),
                cell("moves_per_100", lambda v: fmt.number(v, 1)),
                help=t(
                    "kpi.moves.help",
                    y0=filters.year_from,
                    y1=filters.year_to,
                    declined=cell("share_declined"),
                ),
            )

ui.section(t("ringkasan.trend.q"), t("ringkasan.trend.c"))
if ui.has_rows(trend):
    ui.chart(
        ui.line_by_region(trend, "share_baik", y_label=t("col.share_baik"), percent=True),
        key="trend",
        data=trend,
    )

ui.section(t("ringkasan.table.q"), t("ringkasan.table.c"))
ui.table(
    kpis,
    [
        ("region_id", t("col.region"), "region"),
        ("employees", t("col.employees"), "int"),
        ("pns", t("col.pns"), "int"),
        ("pppk", t("col.pppk"), "int"),
        ("share_baik", t("col.share_baik"), "pct"),
        ("share_baik_low", t("col.ci_low"), "pct"),
        ("share_baik_high", t("col.ci_high"), "pct"),
        ("share_sangat_baik", t("col.share_sangat_baik"), "pct"),
        ("mean_score", t("col.mean_score"), "num1"),
        ("mean_jpm", t("col.mean_jpm"), "num1"),
        ("mean_jpm_ratio", t("col.mean_jpm_ratio"), "num1"),
        ("share_optimal", t("col.share_optimal"), "pct"),
        ("share_qualified", t("col.share_qualified"), "pct"),
        ("share_jp_met", t("col.share_jp_met"), "pct"),
        ("moves_per_100", t("col.moves_per_100"), "num1"),
        ("share_declined", t("col.share_declined"), "pct"),
    ],
    filename=f"ringkasan_{filters.year_from}-{filters.year_to}",
    key="kpis",
)
