"""Kebutuhan pegawai: staffing need from workload analysis (ABK) against actual headcount
per region, unit and post, and retirements due by BUP in the next 1-5 years; the answer in
words first, then three charts, the tables folded away."""

from __future__ import annotations

import streamlit as st

from analytics import staffing
from reporting import regions
from reporting.findings import staffing as findings
from ui import components as ui
from ui.filters import current
from ui.i18n import t
from ui.sections import kebutuhan as section
from ui.sections.headline import headline

filters = current(__file__)
st.title(t("kebutuhan.title"))
st.caption(t("kebutuhan.intro"))
fname = regions.file_label(filters.regions)

# Viewers (ui.get, by each metric's spec): a headcount or a number retiring of fewer than
# 5 employees shows "<5", and the gap and fill rate that would give it back "x"; a unit's
# rows add up to its region's, so another unit is hidden with a small one. A post held by
# fewer than 5 has no rank. Sentences and charts use the shown cells only.
by_region = ui.get(staffing.staffing_by_region, filters)
by_post = ui.get(staffing.staffing_by_post, filters, n=section.TOP_POSTS)
longest = max(staffing.HORIZONS)  # the headline counts the five years ahead
headline(
    findings.sentences(by_region, by_post, ui.get(staffing.retirements_by_year, filters, horizon=longest))
)

section.regions(by_region, fname)
section.posts(by_post, ui.get(staffing.staffing_by_unit, filters), fname)

horizon = section.horizon()
section.retirements(
    ui.get(staffing.retirements_by_year, filters, horizon=horizon),
    ui.get(staffing.retirements_by_unit, filters, horizon=horizon),
    horizon,
    fname,
)
