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
"""

from __future__ import annotations

import contextlib
import logging

from starlette.middleware import Middleware

from data.importing.temp import sweep
from ui import auth_server, opendata_routes
from ui.upload_guard import UploadGuard

log = logging.getLogger(__name__)

MIDDLEWARE = [Middleware(UploadGuard)]


def routes() -> list:
    return [*auth_server.routes(), *opendata_routes.routes()]


@contextlib.asynccontextmanager
async def lifespan(_app):
    removed = sweep()
    if removed:
        log.warning("removed %d upload file(s) left behind by a server or import that was killed", removed)
    yield
