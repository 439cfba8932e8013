"""Penempatan: does kinerja rise after a move, how many moves a year and how many are
declined, do people fit their new post better — said first, in words computed from the
numbers (reporting.findings.placement) — then the charts behind it, where moves go,
and how many good performers sit in ill-fitting posts (counts for everyone; the named
list with NIPs and the reason in words for signed-in analysts only)."""

from __future__ import annotations

import streamlit as st

from analytics import overview, placement
from reporting.findings import placement as findings
from ui import components as ui
from ui.auth import current_user
from ui.filters import current, impact_outcome
from ui.i18n import t
from ui.sections import penempatan as section
from ui.sections.headline import headline

filters = current(__file__)
st.title(t("penempatan.title"))
st.caption(t("penempatan.intro", y0=filters.year_from, y1=filters.year_to))
lead = st.container()  # the answer, written below once the numbers are in

# Viewers (ui.get, by each metric's spec): fewer than 5 employees (moves, proposals,
# candidates) show "<5", what is computed over them "x"; charts and sentences leave both out.
ui.section(t("penempatan.kinerja.q"), t("penempatan.kinerja.c"))
outcome = impact_outcome()
change = ui.get(placement.kinerja_change_after_move, filters, outcome=outcome)
section.kinerja(change, filters, outcome)

rates = ui.get(placement.move_rates, filters)
declined = ui.get(placement.declined_by_region, filters)
section.moves(rates, declined, filters)

fit = ui.get(placement.fit_before_after, filters)
section.fit(fit, filters)

# the regions' moves, proposals and declines over the years (as Ringkasan shows them)
kpis = ui.get(overview.overview_kpis, filters)
with lead:
    headline(findings.headline(change, rates, kpis, fit, y0=filters.year_from, y1=filters.year_to))

section.flows(filters)
section.candidates(filters, analyst=current_user().can("analyst"))
