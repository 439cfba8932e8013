"""The machine load a figure was measured under.

Timings on a shared machine move with what else runs on it, so every table the
benchmarks print says the load average (1, 5 and 15 minutes, from
``os.getloadavg``) and the CPU count at the moment its figures were taken.
"""

from __future__ import annotations

import os


def load() -> tuple[float, float, float]:
    try:
        return os.getloadavg()
    except OSError:  # not available on this platform
        return (float("nan"),) * 3


def load_note() -> str:
    """E.g. ``load 3.10 / 2.55 / 1.90 (1/5/15 min) on 2 CPUs``."""
    one, five, fifteen = load()
    return f"load {one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min) on {os.cpu_count()} CPUs"
