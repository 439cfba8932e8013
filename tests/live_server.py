"""``streamlit run dashboard.py`` as a real server for a test: started on a free port on
a copy of a database, stopped (by its process id) when the test is done.

The tests of issue #12 need what only the real server does: its upload route and
the middleware in front of it, the sign-in cookie's routes, the start-up sweep.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path
    db: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


@contextlib.contextmanager
def serve(
    db: Path, workdir: Path, env: dict[str, str] | None = None, timeout: float = 90, *, copy: bool = True
) -> Iterator[Server]:
    """The dashboard on a copy of ``db`` (``copy=False``: on ``db`` itself, which several
    servers may share: they read its published snapshot, analytics.snapshot)."""
    port = free_port()
    if copy:
        served = workdir / "asn.duckdb"
        shutil.copyfile(db, served)
    else:
        served = Path(db)
    log_path = workdir / ("streamlit.log" if copy else f"streamlit-{port}.log")
    environ = {**os.environ, "ASN_DB_PATH": str(served), "PYTHONUNBUFFERED": "1", **(env or {})}
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]  # fmt: skip
    with log_path.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=environ, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while not healthy(url):
            if proc.poll() is not None:
                raise RuntimeError(
                    f"streamlit exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}"
                )
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"streamlit did not answer within {timeout} s:\n{log_path.read_text()[-3000:]}"
                )
            time.sleep(0.25)
        yield Server(url, proc, log_path, served)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
