"""Peak memory of a command, measured right even from a large parent process.

The kernel's ``ru_maxrss`` of a child counts the memory it had between ``fork`` and
``exec`` — a copy of the parent's. Measured from a 1.2 GB pytest process every child
"peaked" at 1.2 GB, whatever it did. So the command runs under a small launcher
process: the launcher is forked from the large parent, but the command is forked from
the launcher (a few MB) and the launcher reports its ``RUSAGE_CHILDREN``, which is
then the command's own peak.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

_LAUNCHER = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    out.write(f"{code} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
sys.exit(min(abs(code), 255))
"""


def run_peak(
    command: Sequence[str],
    *,
    cwd: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 600,
) -> tuple[int, str, float, float]:
    """(exit code, output (stdout and stderr), seconds, peak RSS in MB) of ``command``;
    killed after ``timeout`` seconds, with its exit code then -9."""
    with tempfile.TemporaryDirectory(prefix="asn-peak-") as tmp:
        report = Path(tmp) / "maxrss"
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(report), *map(str, command)],
            cwd=cwd,
            env=None if env is None else dict(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # the launcher and the command: one group to kill
        )
        try:
            out, _ = proc.communicate(timeout=timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
            code = -9
        seconds = time.perf_counter() - start
        reported = report.read_text().split() if report.exists() else []
    if reported:  # the command's own exit code (negative: killed by that signal) and peak
        return int(reported[0]), out, seconds, int(reported[1]) / 1024
    return code, out, seconds, float("nan")
