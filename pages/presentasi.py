"""Presentasi: the story one topic per screen, for a projector (1280 x 720).

Large type, the sidebar folded away, the slide number in the URL (``?slide=3``),
previous / next buttons that the arrow keys and a clicker's Page Up / Page Down
also press, a choice of one region or all side by side (it sets the shared
region filter), and the report of the current filters as PPTX, PDF and HTML in
the toolbar. The slides come from :mod:`reporting.story` (aggregates only, small
groups shown as "<5"), the files from :mod:`reporting.report`, the drawing from
:mod:`ui.sections.presentasi`.
"""

from __future__ import annotations

import streamlit as st

from reporting.story import TOPICS, build_slide
from ui import components as ui
from ui import db
from ui.filters import current
from ui.i18n import t
from ui.sections import presentasi as view

filters = current(__file__)
# the sidebar is folded by dashboard.py (FOLDED_PAGES), before anything is drawn
st.html(view.CSS)

index = view.slide_number(len(TOPICS))
view.toolbar(filters, index, len(TOPICS))
try:
    slide = build_slide(TOPICS[index - 1], filters, ui.story_data())
except db.AnalyticsError:
    st.error(t("error.analytics"), icon=":material/error:")
    st.stop()
view.slide(slide, filters)
