"""Kinerja: is performance rising within the same employees (net of training and moves),
where fastest and slowest, and how high is the share rated Baik or better — said first, in
sentences computed from the numbers (:mod:`reporting.findings.kinerja`), each naming the
outcome it is on (hasil kerja Di Atas, a rating every region has; the 0–100 score only
where the data have one). Then the charts behind it; the other trends, the predikat per
period, the unit ranking, SIASN's kuadran and the predikat cap fold away with their
downloads (:mod:`ui.sections.kinerja`). Evaluations of every period type: a region rating
quarterly or annually has its trends too."""

from __future__ import annotations

import streamlit as st

from analytics import kinerja, privacy
from reporting.findings import kinerja as findings
from ui import components as ui
from ui.filters import current
from ui.i18n import t
from ui.sections import kinerja as section
from ui.sections.headline import headline

filters = current(__file__)
st.title(t("kinerja.title"))
fname = f"{filters.year_from}-{filters.year_to}"

# Viewers (ui.get, by each metric's spec): a trend point or reading over fewer than 5
# employees shows "<5" / "x", is not drawn and is in no sentence (employees = mean
# evaluated per evaluation period; for the within-employee trend, the employees it reads).
within = ui.get(kinerja.kinerja_within_trend, filters)
by_year = ui.get(kinerja.kinerja_trend, filters, grain="year")

# ---------------------------------------------------------------- the answer first
headline(findings.headline(within, by_year, privacy.min_group_size()))
section.basis(by_year, filters.year_from, filters.year_to)

# ---------------------------------------------------------------- within employees
ui.section(t("kinerja.within.q"), t("kinerja.within.c"))
if ui.has_rows(within):
    section.within_charts(within)
    section.within_table(within, fname)

# ---------------------------------------------------------------- share Baik, indicators
grain = section.grain_control()
trend = by_year if grain == "year" else ui.get(kinerja.kinerja_trend, filters, grain=grain)
if ui.has_rows(trend):
    left, right = ui.side_by_side(2)
    with left:
        section.baik_trend(trend)
    with right:
        section.indicators(ui.get(kinerja.kinerja_indicators, filters), fname)
    section.other_trends(trend, grain, fname)

# ---------------------------------------------------------------- folded: predikat, units, checks
# Viewers: a predikat given to fewer than 5 employees in a period is not drawn, nor a
# share that would give it back (a region-period's shares add up to 100 %).
section.predikat(ui.get(kinerja.predikat_distribution, filters, grain=grain))
section.ranking(ui.get(kinerja.unit_ranking, filters), fname)
section.kuadran(ui.get(kinerja.kuadran_check, filters), fname)
section.cap(ui.get(kinerja.predikat_cap_check, filters), filters.year_from, filters.year_to, fname)
