"""Entry point: ``streamlit run dashboard.py``.

Routes to the pages (PAGES below), builds the demo database on the very first start,
draws the language switch, the account block (ui.auth: sign in near the top) and the
shared filters in the sidebar, then runs the chosen page.
"""

from __future__ import annotations

import contextlib
import logging

import streamlit as st

from analytics import meta
from analytics.safelog import log_failure
from reporting import regions
from ui import db, runlog
from ui.auth import sidebar_account
from ui.components import CURRENT_PAGE, empty_state
from ui.filters import WANTED_PAGE, page_run, sidebar_filters, switch_keeping_query
from ui.i18n import language_selector, t
from ui.layout import fold_sidebar_on_tablet

log = logging.getLogger(__name__)
JUST_BUILT = "_demo_just_built"

PAGES = [
    # (file, url_path, title key). No page icons: the active page's icon becomes the
    # favicon, a :material/...: favicon is fetched from Google's font servers (a
    # console error on a closed network), and emoji need a font many machines lack.
    ("pages/ringkasan.py", "ringkasan", "nav.ringkasan"),
    ("pages/kompetensi.py", "kompetensi", "nav.kompetensi"),
    ("pages/kinerja.py", "kinerja", "nav.kinerja"),
    ("pages/pelatihan.py", "pelatihan", "nav.pelatihan"),
    ("pages/talenta.py", "talenta", "nav.talenta"),
    ("pages/kebutuhan.py", "kebutuhan", "nav.kebutuhan"),
    ("pages/penempatan.py", "penempatan", "nav.penempatan"),
    ("pages/layanan.py", "layanan", "nav.layanan"),
    ("pages/presentasi.py", "presentasi", "nav.presentasi"),
    ("pages/kualitas.py", "kualitas", "nav.kualitas"),
    ("pages/publik.py", "publik", "nav.publik"),
    ("pages/unggah.py", "unggah", "nav.unggah"),
]
# Every page is in everyone's menu: Unggah Data asks a viewer to sign in
# (ui.auth.require_role), Kualitas Data shows viewers its summary.
# Pages that work without any data (an empty database is filled through them).
NO_DATA_PAGES = {"unggah"}
# Pages shown with the sidebar folded (a projector).
FOLDED_PAGES = {"presentasi"}


def main() -> None:
    """One page run: routing, the frame around every page, then the page."""
    lang = language_selector()

    # ---------------------------------------------------------------- routing
    pages = [st.Page(f, title=t(title), url_path=path) for f, path, title in PAGES]

    def _home() -> None:
        """The root URL: go to Ringkasan, so every page has its own path (/ringkasan ...)."""
        switch_keeping_query(pages[0])

    home = st.Page(_home, title=t("nav.ringkasan"), default=True, visibility="hidden")
    pg = st.navigation([home, *pages])
    # One page config per run, once the page is known: a config that opens the sidebar
    # followed by the presentation's that folds it made the sidebar flash open on every
    # click there (and sometimes stay open).
    st.set_page_config(
        layout="wide",
        page_title=t("app.short"),
        initial_sidebar_state="collapsed" if pg.url_path in FOLDED_PAGES else "expanded",
    )
    # The page being run, for the empty states (why a chart is empty: ui.components.empty_state).
    st.session_state[CURRENT_PAGE] = pg.url_path
    runlog.page(pg.url_path)
    # Redirect before any filter widget is drawn: "/" goes to /ringkasan, and a page
    # that was run on its own comes back through here (see ui.filters.current).
    wanted = st.session_state.pop(WANTED_PAGE, None)
    target = next((p for p in pages if p.url_path == wanted), pages[0] if pg is home else None)
    if target is not None and target is not pg:
        switch_keeping_query(target)

    # ---------------------------------------------------------------- first start: the demo
    if not db.database_path().exists():
        notice = st.empty()
        notice.info(t("build.start"), icon=":material/hourglass_top:")
        bar = st.progress(0.0)

        def _progress(fraction: float, message: str) -> None:
            fraction = min(max(float(fraction), 0.0), 1.0)
            # the builder reports its stages in Indonesian
            bar.progress(fraction, text=message if lang == "id" else f"{fraction:.0%}")

        try:
            db.ensure_database(progress=_progress)
        except Exception as exc:
            log_failure(log, "building the demo database", exc)
            bar.empty()
            st.error(t("build.failed"))
            st.stop()
        bar.empty()
        notice.empty()
        st.session_state[JUST_BUILT] = True

    if st.session_state.pop(JUST_BUILT, False):
        st.toast(t("build.done"), icon=":material/check_circle:")

    try:
        info = db.refresh_data_version()
    except Exception as exc:
        log_failure(log, "opening the database", exc)
        st.error(t("error.database"))
        st.stop()

    # The regions' names and colours, read once for the run: every region name drawn
    # (table cells, legends, headings) otherwise reads them through the cache again,
    # a copy of the frame each time (about 1,000 reads on Kinerja, seconds a visit).
    # A load or an undo clears the caches and reruns (ui.sections.unggah), so the next
    # run reads them anew.
    try:
        scope = regions.using(db.meta(meta.region_options))
    except db.AnalyticsError:  # logged; names are then read where they are drawn, as before
        scope = contextlib.nullcontext()
    with scope:
        _frame_and_page(pg, info)


def _frame_and_page(pg, info: dict) -> None:
    """The frame around every page (title line, account, filters), then the page."""
    # ---------------------------------------------------------------- frame around every page
    head, badge = st.columns([4, 1], vertical_alignment="center")
    head.caption(f"**{t('app.title')}** — {t('app.subtitle')}")
    if info.get("source") == "demo":
        badge.badge(t("demo.badge"), icon=":material/science:", color="orange", help=t("demo.notice"))

    # Sign-in at the top of the sidebar, under the menu and the language (not below the filters).
    sidebar_account()
    if pg.url_path not in FOLDED_PAGES:
        fold_sidebar_on_tablet()

    try:
        filters = sidebar_filters()
    except db.AnalyticsError:
        st.error(t("error.analytics"))
        st.stop()

    if info.get("source") == "demo":
        st.sidebar.info(t("demo.notice"), icon=":material/science:")

    if db.meta(meta.year_bounds) is None and pg.url_path not in NO_DATA_PAGES:
        # an empty database (python -m data.load --new-db): say how data gets in
        st.title(pg.title)
        st.info(t("empty.database"), icon=":material/upload_file:")
        st.stop()

    if filters is None and pg.url_path not in NO_DATA_PAGES:
        st.title(pg.title)
        empty_state()
        st.stop()

    with page_run():
        pg.run()


if __name__ == "__main__":  # a browser session's page run (Streamlit runs this file as __main__)
    with runlog.run():  # ASN_DEBUG_RUNS=1: lines per run on stderr (ui.runlog), else nothing
        main()
else:
    # `streamlit run dashboard.py` first imports this file to find `app`, the server:
    # Streamlit's, with the upload guard in front of its upload route, the sign-in
    # cookie's routes, and the sweep of stale upload files at start (ui/server.py).
    from ui import server

    app = st.App(__file__, middleware=server.MIDDLEWARE, routes=server.routes(), lifespan=server.lifespan)
