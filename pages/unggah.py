"""Unggah Data: analysts load CSV/XLSX exports, see every problem before anything
is written, and can undo the latest import of a table. Signed-in analysts only.

The work is done by the import engine (:mod:`data.importing`), the same one the
``python -m data.load`` CLI uses; this page draws its reports (:mod:`ui.sections.unggah`).
"""

from __future__ import annotations

import streamlit as st

from analytics import meta
from ui import db
from ui.auth import require_role
from ui.filters import through_entry_script
from ui.i18n import t
from ui.sections import unggah as section

through_entry_script(__file__)
user = require_role("analyst")
st.title(t("unggah.title"))
st.caption(t("unggah.intro"))
if db.meta(meta.dataset_info).get("source") == "demo":
    st.warning(t("unggah.demo_db"), icon=":material/science:")

section.done_message()
tab_upload, tab_log, tab_templates = st.tabs(
    [t("unggah.tab.upload"), t("unggah.tab.log"), t("unggah.tab.templates")]
)
with tab_upload:
    section.upload(user)
with tab_log:
    section.log_and_undo(user)
with tab_templates:
    section.templates()
