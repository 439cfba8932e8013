"""Kompetensi: how many employees fit their post, which competencies and units match worst
(the answer in words first, then three charts); the numbers, the gap per competency, the
match by kind of post and the education fit folded away."""

from __future__ import annotations

import streamlit as st

from analytics import competency
from reporting.findings import competency as findings
from ui import components as ui
from ui.filters import current
from ui.i18n import t
from ui.sections import kompetensi as section
from ui.sections.headline import headline

filters = current(__file__)
st.title(t("kompetensi.title"))
st.caption(t("kompetensi.intro", y0=filters.year_from, y1=filters.year_to))
fname = f"{filters.year_from}-{filters.year_to}"

# Viewers (ui.get, by each metric's spec): a group of fewer than 5 employees shows "<5", what
# is computed over it "x"; the rows of a region that add up to its total are protected
# together. Sentences and charts use the shown cells only.
coverage = ui.get(competency.competency_coverage, filters)
bands = ui.get(competency.jpm_distribution, filters)
units = ui.get(competency.jpm_by_unit, filters)
headline(findings.sentences(bands, coverage, units, ui.get(competency.jpm_trend, filters)))

section.coverage(coverage, fname)
section.bands(bands, fname)
section.units(units, fname)
section.by_jenis(ui.get(competency.jpm_by_jenis_jabatan, filters), fname)
section.qualification(ui.get(competency.qualification_fit, filters), fname)
