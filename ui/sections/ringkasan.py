"""The Ringkasan's drawing: the scorecard of the regions against the targets, the note on
the targets, and the full table and the quarterly trend folded away."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.reference import TARGET_MARGIN, TARGETS
from reporting import fmt
from reporting.charts import overview as charts
from reporting.findings import overview as findings
from ui import components as ui
from ui.i18n import t


def scorecard(kpis, targets: findings.Targets, year_to: int, *, baik, optimal, jp) -> None:
    """One row per region, ranked, each target's trend on a shared scale (the frames as
    protected: a hidden value is drawn as its marker, never as a point)."""
    fig = ui.figure(_scorecard_chart, kpis, targets, year_to, baik, optimal, jp)
    ui.chart(fig, key="scorecard", data=[kpis, baik, optimal, jp])


def _scorecard_chart(kpis, targets: findings.Targets, year_to: int, baik, optimal, jp):
    """The scorecard's figure (built once per input: ui.figure)."""
    card = findings.scorecard(kpis, targets)
    lines = charts.trend_lines(baik, optimal, jp)
    return charts.scorecard_chart(card, lines, targets, year_to=year_to)


def targets_note(targets: findings.Targets) -> None:
    """The targets in use, said to be configurable conventions."""
    values = [f"{t(f'ringkasan.card.name.{i}')} {targets.label(i)}" for i in findings.INDICATORS]
    values.append(t("ringkasan.targets.near", pts=fmt.number(targets.margin * 100)))
    keys = ", ".join(f"`{k}`" for k in [*TARGETS.values(), TARGET_MARGIN])
    st.caption(t("ringkasan.targets", targets="; ".join(values), keys=keys))


def kpi_columns() -> list[ui.Column]:
    return [
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
    ]


def kpi_table(kpis: pd.DataFrame | None, filename: str) -> None:
    """Every overview figure per region, with its downloads, behind an expander."""
    with st.expander(t("ringkasan.more.table"), icon=":material/table:"):
        ui.section(t("ringkasan.table.q"), t("ringkasan.table.c"))
        ui.table(kpis, kpi_columns(), filename=filename, key="kpis")


def quarterly_trend(trend: pd.DataFrame | None) -> None:
    """The share Baik or better per quarter, one line per region, behind an expander."""
    with st.expander(t("ringkasan.more.trend"), icon=":material/show_chart:"):
        ui.section(t("ringkasan.trend.q"), t("ringkasan.trend.c"))
        if ui.has_rows(trend):
            fig = ui.figure(ui.line_by_region, trend, "share_baik", y_label=t("col.share_baik"), percent=True)
            ui.chart(fig, key="trend", data=trend)
