"""Ringkasan: each region against the targets, ranked, in words first; the full table and
the quarterly trend folded away."""

from __future__ import annotations

import streamlit as st

from analytics import competency, kinerja, meta, overview, training
from reporting.findings import overview as findings
from ui import components as ui
from ui import db
from ui.filters import current
from ui.i18n import t
from ui.sections import ringkasan as section
from ui.sections.headline import headline

filters = current(__file__)
st.title(t("ringkasan.title"))
st.caption(t("ringkasan.intro", year=filters.year_to))

# Viewers (ui.get, by each metric's spec): a region of fewer than 5 employees (one unit and
# one jenis jabatan chosen) and a rate over fewer than 5 moves show "<5" / "x"; no sentence,
# status or rank uses a hidden value. The targets are settings (conventions, configurable).
kpis = ui.get(overview.overview_kpis, filters)
baik = ui.get(kinerja.kinerja_trend, filters, grain="year")
targets = findings.Targets.from_settings(db.meta(meta.settings))
headline(findings.sentences(kpis, targets, baik))

margin = targets.margin * 100
ui.section(
    t("ringkasan.card.q"),
    t(
        "ringkasan.card.c",
        year=filters.year_to,
        y0=filters.year_from,
        y1=filters.year_to,
        margin=f"{margin:g}",
    ),
)
if ui.has_rows(kpis):
    section.scorecard(
        kpis,
        targets,
        filters.year_to,
        baik=baik,
        optimal=ui.get(competency.jpm_trend, filters),
        jp=ui.get(training.jp_entitlement, filters),
    )
    section.targets_note(targets)

section.kpi_table(kpis, filename=f"ringkasan_{filters.year_from}-{filters.year_to}")
section.quarterly_trend(ui.get(kinerja.kinerja_trend, filters, grain="quarter"))
