"""Layanan Publik: does the reform reach the public? IKM, feedback, staff satisfaction and
the units' outcome indicators, and how units that reorganised their posts compare."""

from __future__ import annotations

import streamlit as st

from analytics import outcomes, privacy
from reporting.charts import outcomes as oc
from reporting.findings import outcomes as fo
from ui import components as ui
from ui.filters import current
from ui.i18n import t
from ui.sections import layanan as sec
from ui.sections.headline import headline

filters = current(__file__)
st.title(t("layanan.title"))
st.caption(t("layanan.intro", y0=filters.year_from, y1=filters.year_to))
outcome, fit_step, lag = sec.controls()
opts = {"fit_step": fit_step, "lag_quarters": lag}

regions = ui.public(outcomes.public_regions, filters)
effect = ui.get(outcomes.outcome_step_effect, filters, outcome=outcome, **opts)
feedback = ui.get(outcomes.feedback_summary, filters)
change = ui.get(outcomes.indicator_change, filters, **opts)
if regions is not None and regions["ikm"].isna().all() and (feedback is None or feedback.empty):
    st.info(t("layanan.none"), icon=":material/upload_file:")
    st.stop()
headline(
    [
        fo.ikm_sentence(regions, filters.year_to),
        fo.step_sentence(effect, fit_step),
        fo.feedback_sentence(feedback),
        *fo.indicator_sentences(change),
    ]
)

left, right = ui.side_by_side(2)
with left:
    ui.section(t("layanan.trend.q"), t("layanan.trend.c"))
    trend = ui.get(outcomes.ikm_trend, filters)
    if ui.has_rows(trend):
        ui.chart(ui.figure(oc.ikm_trend_chart, trend), key="ikm", data=trend)
with right:
    sec.step_effect(effect, fit_step)

ui.section(t("layanan.feedback.q"), t("layanan.feedback.c"))
if ui.has_rows(feedback):
    ui.chart(ui.figure(oc.feedback_chart, feedback), key="feedback", data=feedback)

sec.indicators(ui.get(outcomes.indicator_series, filters, **opts), change, lag)

with st.expander(t("layanan.units.title")):
    ui.table(
        ui.get(outcomes.outcome_units, filters, **opts),
        ui.spec_columns(
            outcomes.outcome_units, "region_id", "unit_name", "ikm", "mutu", "ikm_change", "satisfaction",
            "received", "share_resolved", "mean_days_to_resolve", "staff", "share_fit", "share_jp_met",
            "share_baik", "step_quarter",
        ),
        f"layanan_per_unit_{filters.year_to}",
        key="units",
        height=420,
    )  # fmt: skip
with st.expander(t("layanan.method.title"), icon=":material/menu_book:"):
    st.markdown(t("layanan.method.body", k=privacy.min_group_size()))
