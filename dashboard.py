"""Entry point: ``streamlit run dashboard.py``.

Builds the demo database on the very first start, draws the language switch
and the shared filters in the sidebar, then runs the chosen page.
"""

from __future__ import annotations

import logging

import streamlit as st

from ui import db
from ui.components import empty_state
from ui.filters import WANTED_PAGE, query_string_pairs, sidebar_filters
from ui.i18n import language_selector, t

log = logging.getLogger(__name__)

st.set_page_config(
    layout="wide",
    page_title="Dasbor ASN",
    page_icon=":material/groups:",
    initial_sidebar_state="expanded",
)

lang = language_selector()

if not db.database_path().exists():
    notice = st.empty()
    bar = st.progress(0.0, text=t("build.start"))

    def _progress(fraction: float, message: str) -> None:
        bar.progress(min(max(float(fraction), 0.0), 1.0), text=f"{t('build.start')} {message}")

    try:
        db.ensure_database(progress=_progress)
    except Exception:
        log.exception("building the demo database failed")
        bar.empty()
        st.error(t("build.failed"))
        st.stop()
    bar.empty()
    notice.success(t("build.done"), icon=":material/check_circle:")

try:
    info = db.refresh_data_version()
except Exception:
    log.exception("opening the database failed")
    st.error(t("error.database"))
    st.stop()

pages = [
    st.Page(
        "pages/ringkasan.py",
        title=t("nav.ringkasan"),
        icon=":material/dashboard:",
        url_path="ringkasan",
        default=True,
    ),
    st.Page(
        "pages/kompetensi.py", title=t("nav.kompetensi"), icon=":material/school:", url_path="kompetensi"
    ),
    st.Page("pages/kinerja.py", title=t("nav.kinerja"), icon=":material/trending_up:", url_path="kinerja"),
    st.Page(
        "pages/pelatihan.py", title=t("nav.pelatihan"), icon=":material/model_training:", url_path="pelatihan"
    ),
]
pg = st.navigation(pages)
wanted = st.session_state.pop(WANTED_PAGE, None)  # see ui.filters.current
if wanted and wanted != pg.url_path:
    st.switch_page(next(p for p in pages if p.url_path == wanted), query_params=query_string_pairs())

st.sidebar.title(t("app.title"))
if info.get("source") == "demo":
    st.sidebar.info(t("demo.notice"), icon=":material/science:")

try:
    filters = sidebar_filters()
except db.AnalyticsError:
    st.error(t("error.analytics"))
    st.stop()

if filters is None:
    st.title(pg.title)
    empty_state()
    st.stop()

pg.run()
