"""Pelatihan: do PNS get their 20 JP (lowest and highest region, the change since the first
year), and does training raise kinerja — the difference-in-differences estimate in the
unit of its outcome (score points, or percentage points of hasil kerja Di Atas where there
is no score) with its 95 % CI, n, comparison group and what it does not control for — said
first (:mod:`reporting.findings.training`), then the 20 JP chart and the effect per region.
PPPK's 24 JP, units short of 20 JP, the kinds of training, the month-by-month effect and
competencies after training fold away with their downloads (:mod:`ui.sections.pelatihan`)."""

from __future__ import annotations

import streamlit as st

from analytics import did, privacy, training
from reporting.findings import training as findings
from ui import components as ui
from ui.filters import current
from ui.i18n import t
from ui.sections import pelatihan as section
from ui.sections.headline import headline
from ui.sections.kinerja import fold

filters = current(__file__)
st.title(t("pelatihan.title"))
fname = f"{filters.year_from}-{filters.year_to}"
answer = st.container()  # filled below, once the controls under it are read
left, right = ui.side_by_side(2)
with left:
    ui.section(t("pelatihan.jp.q"), t("pelatihan.jp.c"))
    part_year = section.part_year_control()
with right:
    ui.section(t("pelatihan.impact.q"), t("pelatihan.region.c"))
    min_jp, outcome = section.impact_controls()

# Viewers (ui.get, by each metric's spec): a group of fewer than 5 employees shows "<5",
# what is computed over it "x"; charts and sentences leave both out.
jp = ui.get(training.jp_entitlement, filters, employee_type="PNS", part_year=part_year)
impact = section.impact_numbers(filters, min_jp, outcome)

# ---------------------------------------------------------------- the answer first
with answer:
    headline(findings.headline(jp, impact, min_jp, privacy.min_group_size()))
    section.method(impact, min_jp, outcome == did.AUTO, filters)

# ---------------------------------------------------------------- 20 JP, the effect per region
with left:
    pns = section.jp_columns(t("col.pns"), t("col.met"), t("col.share_jp_met"), part_year)
    section.entitlement(jp, "jp", pns, part_year, fname)
with right:
    section.effect(impact)
    section.effect_table(impact, min_jp, fname)

# ---------------------------------------------------------------- folded, with their downloads
with fold(t("pelatihan.event.q"), t("pelatihan.event.c")):
    chosen = outcome if impact is None or impact.empty else impact["outcome"].iloc[0]
    section.event_study(
        ui.get(training.training_event_study, filters, min_jp=min_jp, outcome=chosen), min_jp, fname
    )

with fold(t("pelatihan.unit.q"), t("pelatihan.unit.c")):
    # a unit of fewer than 5 PNS shows "<5" (the units add up to the region, the table above)
    section.units(ui.get(training.jp_by_unit, filters, part_year=part_year), fname)

with fold(t("pelatihan.pppk.q"), t("pelatihan.pppk.c")):
    pppk = ui.get(training.jp_entitlement, filters, employee_type="PPPK", part_year=part_year)
    columns = section.jp_columns(
        t("pelatihan.col.pppk"), t("pelatihan.col.met_pppk"), t("pelatihan.col.share_pppk_met"), part_year
    )
    section.entitlement(pppk, "jp_pppk", columns, part_year, fname)

with fold(t("pelatihan.volume.q"), t("pelatihan.volume.c")):
    section.volume(ui.get(training.training_volume, filters), fname)

with fold(t("pelatihan.comp.q"), t("pelatihan.comp.c")):
    section.competency_change(ui.get(training.competency_change_after_training, filters), fname)
