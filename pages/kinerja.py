"""Kinerja: predikat spread, the Baik-or-better share and mean score over time,
units ranked, and the three indicators."""

from __future__ import annotations

import numpy as np
import streamlit as st

from analytics import kinerja
from analytics.reference import PREDIKAT_LABELS
from ui import components as ui
from ui.filters import current, seed_from_url, sync_to_url
from ui.i18n import current_lang, grain_label, t

GRAINS = ["month", "quarter", "year"]
MONTHS = {"month": 1, "quarter": 3, "year": 12}
TOP_N = 10

filters = current()
lang = current_lang()
st.title(t("kinerja.title"))
seed_from_url("grain", {g: g for g in GRAINS}, "quarter")
grain = st.segmented_control(
    t("grain.label"),
    options=GRAINS,
    format_func=lambda g: grain_label(g, lang),
    key="grain",
    required=True,
)
sync_to_url("grain", grain, "quarter")
st.caption(t("kinerja.intro", y0=filters.year_from, y1=filters.year_to, grain=grain_label(grain).lower()))
fname = f"{filters.year_from}-{filters.year_to}"

# ---------------------------------------------------------------- predikat distribution
ui.section(t("kinerja.predikat.q"), t("kinerja.predikat.c"))
dist = ui.fetch(kinerja.predikat_distribution, filters, grain=grain)
if dist is not None:
    # Viewers (ui.privacy_view): a predikat given to fewer than 5 employees in a period is
    # not drawn, nor a share that would give it back (a region-period's shares add up to
    # 100 %). One monthly evaluation per employee and month, so a cell has at least
    # evaluations / months-in-period employees.
    dist = ui.privacy_view(
        dist.assign(employees=np.ceil(dist["evaluations"] / MONTHS[grain])),
        count_col="employees",
        value_cols=("share", "evaluations"),
        group_cols=("region_id", "period"),
    )
if ui.has_rows(dist):
    data, periods = ui.period_label_column(
        ui.label_column(dist, "predikat", "predikat", "predikat_label"), grain
    )
    order = ui.ordered_labels(list(PREDIKAT_LABELS), "predikat")
    fig = ui.stacked_shares(
        data,
        x="period_label",
        share="share",
        color="predikat_label",
        x_label=t("axis.period"),
        color_label=t("col.predikat"),
        color_order=order,
        color_map=dict(zip(order, ui.PREDIKAT_COLORS.values(), strict=True)),
        x_order=periods,
        facet_region=dist["region_id"].nunique() > 1,
    )
    ui.chart(fig, key="predikat", data=dist)

# ---------------------------------------------------------------- trends
trend_all = ui.fetch(kinerja.kinerja_trend, filters, grain=grain)
# employees = evaluated per month on average over the period
trend = ui.privacy_view(
    trend_all,
    count_col="employees",
    value_cols=(
        "evaluations",
        "share_baik",
        "mean_score",
        "mean_hasil_kerja",
        "mean_sikap",
        "mean_disiplin",
    ),
)
left, right = ui.side_by_side(2)
with left:
    ui.section(t("kinerja.baik.q"), t("kinerja.baik.c"))
    if ui.has_rows(trend):
        ui.chart(
            ui.line_by_region(trend, "share_baik", y_label=t("col.share_baik"), grain=grain, percent=True),
            key="share_baik",
            data=trend,
        )
with right:
    ui.section(t("kinerja.score.q"), t("kinerja.score.c"))
    if ui.has_rows(trend):
        ui.chart(
            ui.line_by_region(trend, "mean_score", y_label=t("col.mean_score"), grain=grain),
            key="score",
            data=trend,
        )
if trend is not None and not trend.empty:
    data, _ = ui.period_label_column(trend, grain)
    ui.table(
        data,
        [
            ("region_id", t("col.region"), "region"),
            ("period_label", t("axis.period"), "text"),
            ("evaluations", t("col.evaluations"), "int"),
            ("employees", t("col.employees"), "int"),
            ("share_baik", t("col.share_baik"), "pct"),
            ("mean_score", t("col.mean_score"), "num1"),
            ("mean_hasil_kerja", t("col.mean_hasil_kerja"), "num1"),
            ("mean_sikap", t("col.mean_sikap"), "num1"),
            ("mean_disiplin", t("col.mean_disiplin"), "num1"),
        ],
        filename=f"kinerja_tren_{grain}_{fname}",
        key="trend",
        height=300,
    )

# ---------------------------------------------------------------- units ranked
ui.section(t("kinerja.units.q"), t("kinerja.units.c"))
# a unit of fewer than 5 employees evaluated per month gets no rank for viewers ("x", at
# the end of the download), so its place in the ranking does not give its score away
ranking = ui.privacy_view(
    ui.fetch(kinerja.unit_ranking, filters),
    count_col="employees",
    value_cols=("evaluations", "share_baik", "mean_score"),
    rank_col="rank",
)
unit_columns = [
    ("rank", t("col.rank"), "int"),
    ("region_id", t("col.region"), "region"),
    ("unit_name", t("col.unit"), "text"),
    ("employees", t("col.employees"), "int"),
    ("evaluations", t("col.evaluations"), "int"),
    ("share_baik", t("col.share_baik"), "pct"),
    ("mean_score", t("col.mean_score"), "num1"),
]
# narrower for the two tables side by side; the CSV has every column
side_by_side = [unit_columns[i] for i in (0, 2, 6, 5, 1)]
if ui.has_rows(ranking):
    top, bottom = ui.top_bottom(ranking, "rank", TOP_N)
    left, right = ui.side_by_side(2)
    with left:
        st.markdown(f"**{t('kinerja.units.top', n=len(top))}**")
        st.dataframe(ui.styled(top, side_by_side), width="stretch", hide_index=True)
    with right:
        st.markdown(f"**{t('kinerja.units.bottom', n=len(bottom))}**")
        st.dataframe(ui.styled(bottom, side_by_side), width="stretch", hide_index=True)
    ui.privacy_legend(ranking, [c for c, _, _ in unit_columns])
    ui.download(ranking, unit_columns, f"kinerja_peringkat_unit_{fname}", key="ranking")

# ---------------------------------------------------------------- indicators
ui.section(t("kinerja.indicators.q"), t("kinerja.indicators.c"))
indicators = ui.fetch(kinerja.kinerja_indicators, filters)
if trend_all is None and not ui.sees_everything():
    indicators = None  # no count to check them against (the trend's error is shown)
if indicators is not None and trend_all is not None:
    # the means have no count of their own: the most employees evaluated in a period
    # (per month) is a lower bound of the employees behind them
    evaluated = trend_all.groupby("region_id")["employees"].max().rename("evaluated")
    indicators = ui.privacy_view(
        indicators.join(evaluated, on="region_id").fillna({"evaluated": 0}),
        count_col="evaluated",
        value_cols=("mean_score",),
    )
if ui.has_rows(indicators):
    data = ui.label_column(indicators, "indicator", "indicator", "indicator_label")
    fig = ui.bar_by_region(
        data,
        x="indicator_label",
        y="mean_score",
        x_label=t("col.indicator"),
        y_label=t("col.mean_score"),
        category_order=ui.ordered_labels(["hasil_kerja", "sikap", "disiplin"], "indicator"),
    )
    ui.chart(fig, key="indicators", data=indicators)
    ui.table(
        indicators,
        [
            ("region_id", t("col.region"), "region"),
            ("indicator", t("col.indicator"), "indicator"),
            ("mean_score", t("col.mean_score"), "num1"),
        ],
        filename=f"kinerja_indikator_{fname}",
        key="indicators",
    )
