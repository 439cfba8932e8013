"""Kualitas Data: whether each page has the data it needs and what would fill the gap,
then what is missing or doubtful per region and unit, study programmes without an
education field, and codes read from words (analytics.quality).

Everyone sees the answer, the readiness per page and the summary per region (small
groups of employees hidden for viewers); the per-unit detail and the codes read from
imported files are for signed-in analysts. Counts only: no names or NIPs.
"""

from __future__ import annotations

import streamlit as st

from analytics import quality
from ui import components as ui
from ui.auth import current_user
from ui.filters import current
from ui.i18n import t
from ui.sections import kualitas as section

filters = current(__file__)
analyst = current_user().can("analyst")
st.title(t("kualitas.title"))
st.caption(t("kualitas.intro"))
fname = "_".join(filters.regions)

readiness = ui.fetch(quality.page_readiness, filters)
# Viewers (ui.get, by each metric's spec): a region of fewer than 5 employees, and a count of
# employees lacking something that is (or leaves) fewer than 5, show "<5" / "x". Posts are
# not people. The readiness counts of employees below 5 likewise (quality.protect_readiness).
by_region = ui.get(quality.quality_by_region, filters)
shown = readiness if readiness is None or analyst else quality.protect_readiness(readiness)

section.answer(readiness, shown, by_region)
section.readiness_table(shown, fname)
section.region_table(by_region, fname)
section.unit_table(ui.fetch(quality.quality_by_unit, filters) if analyst else None, analyst, fname)
section.programs(ui.get(quality.unmapped_programs, filters), fname)
section.codes(ui.fetch(quality.mapped_codes) if analyst else None, analyst)
