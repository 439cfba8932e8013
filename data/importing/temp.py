"""Temporary files of an import: named after the process that made them, swept when it is gone.

An upload is personal data (names, NIPs, birth dates). While a file is read,
checked or loaded it sits in the system's temporary folder, as
``asn-import-<pid>-*`` (a converted copy, :mod:`data.importing.read`) or in a
folder ``asn-upload-<pid>-*`` (the bytes the Unggah Data page received,
:mod:`ui.uploads`), and it is deleted when that step ends. A process that is
killed cannot delete them: :func:`sweep` removes those whose process no longer
runs. The dashboard sweeps when its server starts, the CLI before every import.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

PREFIXES = ("asn-import-", "asn-upload-")
_NAME = re.compile(r"^asn-(?:import|upload)-(\d+)-")
# made before names carried the pid (mkstemp's 8 random characters): swept once an hour old
_LEGACY = re.compile(r"^asn-(?:import|upload)-[a-z0-9_]{8}(?:\.\w+)?$")
LEGACY_AGE_S = 3600.0


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it runs
        return True
    return True


def sweep(root: str | Path | None = None) -> int:
    """Delete the temporary import files and folders of processes that no longer run
    (under ``root``, default the system's temporary folder). Returns how many went."""
    root = Path(root or tempfile.gettempdir())
    removed = 0
    try:
        entries = list(root.iterdir())
    except OSError:
        return 0
    now = time.time()
    for path in entries:
        m = _NAME.match(path.name)
        if m is not None:
            if _alive(int(m.group(1))):
                continue
        elif not _LEGACY.match(path.name) or _age(path, now) < LEGACY_AGE_S:
            continue
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed += 1
        except OSError as exc:
            log.warning("could not remove stale upload file %s (%s)", path.name, type(exc).__name__)
    if removed:
        log.info("removed %d stale upload file(s) of processes that are gone", removed)
    return removed


def _age(path: Path, now: float) -> float:
    try:
        return now - path.lstat().st_mtime
    except OSError:
        return 0.0


@contextlib.contextmanager
def private_dir(root: str | Path | None = None) -> Iterator[Path]:
    """A folder of this process (mode 0700) for one step of an import, deleted after it."""
    path = Path(tempfile.mkdtemp(prefix=f"asn-upload-{os.getpid()}-", dir=root))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
