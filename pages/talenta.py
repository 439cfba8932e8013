"""Talenta: how many succession candidates (9-box boxes 7-9) each structural post to fill
has, and what share of the assessed sit in the succession pool — said first, in words
computed from the numbers (reporting.findings.talent) — then the cards per region and
one 9-box of kinerja x potensi (PermenPANRB 3/2020) per region, with configurable
potential cut-offs; the full tables folded away."""

from __future__ import annotations

import streamlit as st

from analytics import talent
from reporting.findings import talent as findings
from ui import components as ui
from ui.filters import current
from ui.i18n import t
from ui.sections import talenta as section
from ui.sections.headline import headline

filters = current(__file__)
st.title(t("talenta.title"))
st.caption(t("talenta.intro", y0=filters.year_from, y1=filters.year_to))
lead = st.container()  # the answer, written below once the numbers are in
cuts = section.cut_offs()

# Viewers (ui.get, by each metric's spec): a box, a pool or a number retiring of fewer than
# 5 shows "<5", what would give it back "x"; charts and sentences leave both out.
by_region = ui.get(talent.succession_by_region, filters, **cuts)
grid = ui.get(talent.talent_grid, filters, **cuts)
with lead:
    headline(findings.headline(grid, by_region))

section.succession(by_region)
section.grid(grid, filters, cuts)
# the units add up to the regions above
units = ui.get(talent.succession_by_unit, filters, **cuts)
section.succession_tables(by_region, units, filters)
