"""The sections of the Layanan Publik page (issue #14)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import outcomes, privacy
from reporting.charts import outcomes as oc
from reporting.findings import outcomes as fo
from reporting.text import t
from ui import components as ui

STEPS = (0.03, 0.05, 0.10)  # the fit rises a reform step can be set to (shares of the staff)


def controls() -> tuple[str, float, int]:
    """Outcome, fit step and lag, bound to the URL."""
    left, middle, right = ui.side_by_side(3, min_width=220)
    outcome = left.selectbox(
        t("layanan.control.outcome"), list(outcomes.STEP_OUTCOMES), format_func=lambda o: t(f"layanan.choice.{o}"),
        key="hasil", bind="query-params",
    )  # fmt: skip
    step = middle.selectbox(
        t("layanan.control.step"), STEPS, index=STEPS.index(outcomes.DEFAULT_FIT_STEP),
        format_func=lambda s: f"{round(s * 100)} {t('layanan.unit.pp')}", key="langkah", help=t("layanan.control.step.help"),
        bind="query-params",
    )  # fmt: skip
    lag = right.selectbox(
        t("layanan.control.lag"),
        list(range(0, 5)),
        index=outcomes.DEFAULT_LAG_QUARTERS,
        key="jeda",
        bind="query-params",
    )
    return outcome, float(step), int(lag)


def step_effect(effect: pd.DataFrame | None, fit_step: float) -> None:
    ui.section(t("layanan.step.q"), t("layanan.step.c"))
    if not ui.has_rows(effect):
        return
    if effect["n_treated"].iloc[0] == 0 or privacy.is_suppressed(effect, "estimate").any():
        st.info(fo.step_sentence(effect, fit_step), icon=":material/info:")
    else:
        factor = 100.0 if effect["unit"].iloc[0] == "pp" else 1.0
        ui.chart(ui.figure(oc.step_effect_chart, effect, factor=factor), key="step", data=effect)
    st.caption(t("layanan.step.caveat"))


def indicators(series: pd.DataFrame | None, change: pd.DataFrame | None, lag: int) -> None:
    ui.section(t("layanan.indicator.q"), t("layanan.indicator.c"))
    if not ui.has_rows(series):
        return
    ui.chart(ui.figure(oc.indicator_chart, series, lag_quarters=lag), key="indicators", data=series)
    with st.expander(t("layanan.indicator.table")):
        ui.table(change, ui.spec_columns(outcomes.indicator_change, "unit_name", "indicator", "unit_of_measure",
                 "reference_quarter", "mean_before", "mean_after", "estimate", "ci_low", "ci_high"),
                 "layanan_indikator", key="indicator_change")  # fmt: skip
