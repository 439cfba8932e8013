"""Logging a failure without its message.

DuckDB's error messages quote the values involved (``Duplicate key "nip:
198507122010011005"``), and an exception's message can carry a name or NIP
into the server log. :func:`log_failure` logs what failed, the exception's
type and where it was raised (file:line of the innermost frames), never the
message.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path


def where(exc: BaseException, frames: int = 6) -> str:
    """The innermost frames of the traceback, innermost first: ``file.py:12 function``."""
    stack = traceback.extract_tb(exc.__traceback__)[-frames:]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))


def log_failure(logger: logging.Logger, what: str, exc: BaseException) -> None:
    logger.error("%s failed: %s at %s", what, type(exc).__name__, where(exc) or "?")
