"""The server around the dashboard: what ``dashboard.py`` hands to ``st.App``.

``streamlit run dashboard.py`` finds ``app = st.App(...)`` in that file and serves it
(Streamlit's ASGI mode); each browser session still runs ``dashboard.py`` as its
script. Around Streamlit's own routes this adds:

- :class:`ui.upload_guard.UploadGuard` in front of the upload route: files only
  from sessions signed in as analysts, within per-file, per-session and
  per-server caps;
- the routes that set and clear the sign-in cookie (:mod:`ui.auth_server`);
- the open data at stable URLs (:mod:`ui.opendata_routes`: ``/opendata/...``);
- at start, the sweep of upload files that a killed process left behind
  (:func:`data.importing.temp.sweep`).

Importing this module (``dashboard.py`` does, when the server starts) also turns off
Streamlit's old ``pages/`` folder mode (:func:`navigation_only`).
"""

from __future__ import annotations

import contextlib
import logging

from starlette.middleware import Middleware

from data.importing.temp import sweep
from ui import auth_server, opendata_routes
from ui.upload_guard import UploadGuard

log = logging.getLogger(__name__)


def navigation_only() -> None:
    """The app routes with ``st.navigation``; tell Streamlit before the first session.

    A folder named ``pages/`` beside the entry script makes Streamlit start in its old
    file-based page mode, which it leaves only when ``st.navigation`` is first called. The
    first browser session after a server start therefore ran twice (issue #13): a run of
    the old mode's menu (``dashboard.py`` as page "dashboard"), which the browser broke off
    to ask for the page of its URL. Streamlit has no setting for this; the flag below is
    the one ``st.navigation`` itself sets (tests/test_pages.py and bench/ patch it the
    same way for AppTest).
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # a Streamlit without it has no such mode either
        return
    if hasattr(PagesManager, "uses_pages_directory"):
        PagesManager.uses_pages_directory = False


navigation_only()

MIDDLEWARE = [Middleware(UploadGuard)]


def routes() -> list:
    return [*auth_server.routes(), *opendata_routes.routes()]


@contextlib.asynccontextmanager
async def lifespan(_app):
    removed = sweep()
    if removed:
        log.warning("removed %d upload file(s) left behind by a server or import that was killed", removed)
    yield
