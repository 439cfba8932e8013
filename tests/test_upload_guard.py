"""The dashboard's upload path is closed to everyone but signed-in analysts (issue #12,
finding 1), with caps on what the server holds.

Against a real server (``streamlit run dashboard.py``, started here): issue #12's
probe — a session that never signed in sends 3 × 50 MB to
``/_stcore/upload_file/<session>/<id>`` — is refused every time, and the server's
memory after the burst is within 10 % of before. In-process: the middleware
(:class:`ui.upload_guard.UploadGuard`) refuses before reading a byte, enforces the
per-file, per-session and per-server caps, and lets granted uploads and deletes through.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from live_server import serve
from upload_probe import open_session, put_file, rss_mb, settled_rss_mb

from ui import upload_guard
from ui.upload_guard import MB, UploadGuard


# ---------------------------------------------------------------- the real server
@pytest.fixture(scope="module")
def server(small_db: Path, tmp_path_factory: pytest.TempPathFactory):
    with serve(small_db, tmp_path_factory.mktemp("guard_server")) as srv:
        yield srv


def test_a_session_that_never_signed_in_cannot_upload_and_memory_stays(server) -> None:
    """3 × 50 MB from a session that is open but not signed in: each refused (403), not
    stored (204); the server's resident memory afterwards is within 10 % of before."""
    data = os.urandom(50 * MB)

    async def burst() -> tuple[list[int], float, float]:
        session = await open_session(server.url)  # its first page run has finished
        try:
            await put_file(session, b"warm-up")
            before = settled_rss_mb(server.process.pid)
            statuses = [await put_file(session, data, f"x{i}.csv") for i in range(3)]
            await asyncio.sleep(1.0)
            return statuses, before, rss_mb(server.process.pid)
        finally:
            await session.close()

    statuses, before, after = asyncio.run(burst())
    print(f"RSS {before:.0f} -> {after:.0f} MB")
    assert statuses == [403, 403, 403]
    assert after <= before * 1.10, f"server memory {before:.0f} MB before, {after:.0f} MB after the burst"
    assert "upload refused: session not signed in" in server.log_text()


def test_an_unknown_session_is_refused_too(server) -> None:
    async def one() -> int:
        session = await open_session(server.url)
        try:
            session.session_id = "00000000-0000-0000-0000-000000000000"
            return await put_file(session, b"nip\n1\n")
        finally:
            await session.close()

    assert asyncio.run(one()) == 403


# ---------------------------------------------------------------- the middleware in-process
class _App:
    """The app behind the guard: records whether it was called and how much body it read."""

    def __init__(self) -> None:
        self.called = False
        self.read = 0

    async def __call__(self, scope, receive, send) -> None:
        self.called = True
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            self.read += len(message.get("body", b""))
            if not message.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})


def _call(method: str, session: str, length: int | None, body_chunks: list[bytes] | None = None):
    app = _App()
    chunks = list(body_chunks or [b"x" * (length or 0)])
    received = []
    sent = []
    headers = [(b"content-length", str(length).encode())] if length is not None else []
    scope = {
        "type": "http",
        "method": method,
        "path": f"/_stcore/upload_file/{session}/file-1",
        "headers": headers,
    }

    async def receive():
        received.append(1)
        body = chunks.pop(0) if chunks else b""
        return {"type": "http.request", "body": body, "more_body": bool(chunks)}

    async def send(message):
        sent.append(message)

    asyncio.run(UploadGuard(app)(scope, receive, send))
    status = next((m["status"] for m in sent if m["type"] == "http.response.start"), None)
    return status, app, len(received)


@pytest.fixture
def grants():
    yield
    upload_guard._grants.clear()
    upload_guard._arriving.clear()


def test_refused_before_a_byte_is_read(grants) -> None:
    status, app, reads = _call("PUT", "not-granted", 10 * MB)
    assert (status, app.called, reads) == (403, False, 0)


def test_a_granted_session_uploads_and_deletes_pass(grants) -> None:
    upload_guard.grant("analis", "s-1")
    status, app, _reads = _call("PUT", "s-1", 1000)
    assert (status, app.called, app.read) == (204, True, 1000)
    status, app, _reads = _call("DELETE", "other", None)  # the uploader removing a file
    assert (status, app.called) == (204, True)
    upload_guard.revoke("s-1")
    assert _call("PUT", "s-1", 1000)[0] == 403


def test_a_grant_ends(grants) -> None:
    upload_guard.grant("analis", "s-2", seconds=-1)
    assert upload_guard.granted("s-2") is None
    assert _call("PUT", "s-2", 10)[0] == 403


def test_file_session_and_server_caps(grants, monkeypatch) -> None:
    upload_guard.grant("analis", "s-3")
    too_big = upload_guard.file_bytes() + upload_guard.MULTIPART_OVERHEAD + 1
    status, app, reads = _call("PUT", "s-3", too_big)
    assert (status, app.called, reads) == (413, False, 0)
    # what a session and the server already hold counts
    monkeypatch.setattr(upload_guard, "held_bytes", lambda sid=None: 450 * MB)
    assert _call("PUT", "s-3", 60 * MB)[0] == 413  # 450 + 60 > 500 MB for one session
    monkeypatch.setattr(upload_guard, "held_bytes", lambda sid=None: 0 if sid else 990 * MB)
    assert _call("PUT", "s-3", 20 * MB)[0] == 503  # 990 + 20 > 1000 MB for the server
    monkeypatch.setattr(upload_guard, "held_bytes", lambda sid=None: 0)
    assert _call("PUT", "s-3", 20 * MB)[0] == 204


def test_a_body_longer_than_it_said_is_cut_off(grants, monkeypatch) -> None:
    monkeypatch.setattr(upload_guard, "file_bytes", lambda: 1 * MB)
    upload_guard.grant("analis", "s-4")
    chunks = [b"x" * (512 * 1024)] * 4  # 2 MB with no Content-Length
    status, app, _reads = _call("PUT", "s-4", None, chunks)
    assert app.called and status is None  # the app saw a disconnect and answered nothing
    assert app.read <= 1 * MB + upload_guard.MULTIPART_OVERHEAD
