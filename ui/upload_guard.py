"""Who may send files to the server, and how much it holds: the upload path closed to
everyone but signed-in analysts.

Streamlit's ``st.file_uploader`` sends each file with ``PUT
/_stcore/upload_file/<session>/<file>`` and Streamlit stores it in memory for
any session that is open, signed in or not, as often as it is sent (issue #12:
3 × 50 MB from a session that never signed in, memory 556 → 708 MB and staying).
:class:`UploadGuard` is an ASGI middleware in front of that route
(``dashboard.py`` serves the app through ``st.App(middleware=...)``):

- a ``PUT`` from a session that holds no grant is answered 403 before a byte of
  its body is read. :mod:`ui.auth` grants a session on every page run of a
  signed-in analyst (:func:`grant`) and takes it back when the run is a viewer's
  or on sign-out (:func:`revoke`); a grant lasts :data:`GRANT_S` unless renewed;
- a file over :data:`FILE_BYTES` (``server.maxUploadSize``) is refused by its
  ``Content-Length`` (413), and a body without one is counted as it arrives;
- the bytes held for uploads (Streamlit's upload manager plus the bodies on
  their way in) stay under :data:`SESSION_BYTES` per session and
  :data:`SERVER_BYTES` for the server: past them the upload is refused (413 for
  the session, 503 for the server) before it is read.

``DELETE`` (the uploader removing a file) and everything else pass untouched.
The grants live in this process (a dict behind a lock): the middleware runs
outside any script run, where ``st.session_state`` does not exist.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MB = 1 << 20
MULTIPART_OVERHEAD = 64 * 1024  # the form's boundary and headers around one file
GRANT_S = 8 * 3600.0  # a grant not renewed by a page run ends (the sign-in lasts as long)


def _mb_env(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, default))) * MB
    except ValueError:
        return default * MB


SESSION_BYTES = _mb_env("ASN_UPLOAD_SESSION_MB", 500)  # one analyst's files at once
SERVER_BYTES = _mb_env("ASN_UPLOAD_SERVER_MB", 1000)  # everybody's


def file_bytes() -> int:
    """The largest file accepted: Streamlit's ``server.maxUploadSize`` (MB)."""
    try:
        from streamlit import config

        return int(config.get_option("server.maxUploadSize")) * MB
    except Exception:
        return 200 * MB


_UPLOAD_PATH = re.compile(r"(?:^|/)_stcore/upload_file/([^/]+)/([^/]+)/?$")

_lock = threading.Lock()
_grants: dict[str, tuple[str, float]] = {}  # session id -> (username, until: time.monotonic())
_arriving: dict[str, int] = {}  # session id -> bytes of bodies being received


# ---------------------------------------------------------------- grants (called from script runs)
def current_session_id() -> str | None:
    """The Streamlit session of the script run in this thread (None outside a run)."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx(suppress_warning=True)
    except Exception:
        return None
    return getattr(ctx, "session_id", None) if ctx is not None else None


def grant(username: str, session_id: str | None = None, *, seconds: float = GRANT_S) -> None:
    """Let this session (default: the current run's) upload, for ``seconds``."""
    session_id = session_id or current_session_id()
    if not session_id:
        return
    now = time.monotonic()
    with _lock:
        for sid in [s for s, (_u, until) in _grants.items() if until <= now]:
            del _grants[sid]
        _grants[session_id] = (username, now + seconds)


def revoke(session_id: str | None = None) -> None:
    """This session (default: the current run's) may no longer upload; what it holds is dropped."""
    session_id = session_id or current_session_id()
    if not session_id:
        return
    with _lock:
        had = _grants.pop(session_id, None)
    if had is not None:
        release_files(session_id)


def granted(session_id: str) -> str | None:
    """The username a session uploads as, or None."""
    with _lock:
        entry = _grants.get(session_id)
        if entry is None:
            return None
        if entry[1] <= time.monotonic():
            del _grants[session_id]
            return None
        return entry[0]


def _upload_manager():
    try:
        from streamlit.runtime import Runtime

        return Runtime.instance().uploaded_file_mgr
    except Exception:
        return None


def release_files(session_id: str | None = None) -> None:
    """Drop the uploaded bytes Streamlit holds for a session (after a load, on sign-out):
    the file uploader's copy in memory, which it would otherwise keep until the session ends."""
    session_id = session_id or current_session_id()
    manager = _upload_manager()
    if session_id and manager is not None:
        manager.remove_session_files(session_id)


def held_bytes(session_id: str | None = None) -> int:
    """Bytes Streamlit holds for uploads: of one session, or of all."""
    manager = _upload_manager()
    storage = getattr(manager, "file_storage", None)
    if storage is None:
        return 0
    try:
        with manager._lock:  # MemoryUploadedFileManager's own lock (its dict changes under it)
            if session_id is not None:
                return sum(len(f.data) for f in storage.get(session_id, {}).values())
            return int(getattr(manager, "_total_bytes", 0)) or sum(
                len(f.data) for files in storage.values() for f in files.values()
            )
    except Exception:
        return 0


# ---------------------------------------------------------------- the middleware
async def _respond(send: Send, status: int, text: str, headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = text.encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class UploadGuard:
    """ASGI middleware: uploads only from granted sessions, within the byte caps."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http" or scope.get("method") != "PUT":
            await self.app(scope, receive, send)
            return
        match = _UPLOAD_PATH.search(scope.get("path", ""))
        if match is None:
            await self.app(scope, receive, send)
            return
        session_id = match.group(1)
        user = granted(session_id)
        if user is None:
            log.warning("upload refused: session not signed in as an analyst")
            await _respond(send, 403, "Sign in as an analyst to upload files.")
            return
        length = _content_length(scope)
        limit = file_bytes() + MULTIPART_OVERHEAD
        if length is not None and length > limit:
            await _respond(send, 413, "File too large.")
            return
        reserve = length or 0
        with _lock:
            arriving_all = sum(_arriving.values())
            arriving_mine = _arriving.get(session_id, 0)
        if held_bytes(session_id) + arriving_mine + reserve > SESSION_BYTES:
            log.warning("upload refused: %r holds its limit of %d MB", user[:64], SESSION_BYTES // MB)
            await _respond(send, 413, "Too much uploaded at once: remove files or load them first.")
            return
        if held_bytes() + arriving_all + reserve > SERVER_BYTES:
            log.warning("upload refused: the server holds its limit of %d MB of uploads", SERVER_BYTES // MB)
            await _respond(
                send, 503, "The server holds too many uploads; try again shortly.", [(b"retry-after", b"30")]
            )
            return
        with _lock:
            _arriving[session_id] = _arriving.get(session_id, 0) + reserve
        counted = 0

        async def counted_receive() -> Message:
            nonlocal counted
            message = await receive()
            if message.get("type") == "http.request":
                counted += len(message.get("body", b""))
                over = counted > limit or (length is None and counted + held_bytes() > SERVER_BYTES)
                if over:  # a body longer than it said, or without a length: cut here
                    log.warning("upload cut off after %d bytes", counted)
                    return {"type": "http.disconnect"}
            return message

        try:
            await self.app(scope, counted_receive, send)
        finally:
            with _lock:
                left = _arriving.get(session_id, 0) - reserve
                if left > 0:
                    _arriving[session_id] = left
                else:
                    _arriving.pop(session_id, None)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
