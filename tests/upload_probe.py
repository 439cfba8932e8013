"""A client for the dashboard's upload path that is not a browser: what issue #12's probe did.

:func:`open_session` opens a Streamlit session the way the front end does (the
index page for the XSRF cookie, then the websocket, a rerun request, and the
session id from the server's first message) and never signs in;
:func:`put_file` sends one file to ``/_stcore/upload_file/<session>/<file>``
with that session's XSRF token. :func:`rss_mb` reads a process's resident memory
from ``/proc``. Used by tests/test_upload_guard.py.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

XSRF_COOKIE = "_streamlit_xsrf"


@dataclass
class Session:
    base: str
    session_id: str
    xsrf: str
    websocket: object

    async def close(self) -> None:
        await self.websocket.close()


async def open_session(base: str, page: str = "ringkasan", timeout: float = 60.0) -> Session:
    async with httpx.AsyncClient(timeout=timeout) as client:
        await client.get(f"{base}/")
        await client.get(f"{base}/_stcore/host-config")
        xsrf = client.cookies.get(XSRF_COOKIE) or ""
    ws = await websockets.connect(
        base.replace("http", "ws", 1) + "/_stcore/stream",
        subprotocols=["streamlit", xsrf or "-"],
        additional_headers={"Cookie": f"{XSRF_COOKIE}={xsrf}", "Origin": base},
        max_size=None,
    )
    back = BackMsg()
    back.rerun_script.query_string = ""
    back.rerun_script.page_name = page  # not the root: it redirects, a second run
    await ws.send(back.SerializeToString())
    session_id = None
    while True:  # until the first page run has finished: the server has settled
        msg = ForwardMsg()
        msg.ParseFromString(await asyncio.wait_for(ws.recv(), timeout))
        kind = msg.WhichOneof("type")
        if kind == "new_session":
            session_id = msg.new_session.initialize.session_id
        elif kind == "script_finished" and session_id is not None:
            return Session(base, session_id, xsrf, ws)


def settled_rss_mb(pid: int, tolerance: float = 0.01, timeout: float = 30.0) -> float:
    """Resident memory once it has stopped moving (two readings a second apart within 1 %)."""
    import time

    last = rss_mb(pid)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = rss_mb(pid)
        if abs(now - last) <= tolerance * last:
            return now
        last = now
    return last


async def put_file(session: Session, data: bytes, name: str = "probe.csv", timeout: float = 120.0) -> int:
    """The HTTP status of one upload (a dropped connection counts as 0: nothing accepted)."""
    url = f"{session.base}/_stcore/upload_file/{session.session_id}/{uuid.uuid4()}"
    async with httpx.AsyncClient(timeout=timeout, cookies={XSRF_COOKIE: session.xsrf}) as client:
        try:
            response = await client.put(
                url, files={"file": (name, data, "text/csv")}, headers={"X-Xsrftoken": session.xsrf}
            )
        except httpx.TransportError:
            return 0
    return response.status_code


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (VmRSS)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")
