"""A working copy of a benchmark database, brought to this code's marts (untimed), so a
file built by older code does not make the first load or page rebuild everything and the
source file is never written."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def current_copy(source: Path, target: Path):
    """Copy ``source`` (and its WAL) to ``target``, upgrade it, make its marts current and
    yield an open read-write connection to it; checkpointed and closed on exit."""
    from analytics import db as adb

    shutil.copyfile(source, target)
    wal = source.with_name(source.name + ".wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + ".wal"))
    adb.upgrade_file(target)
    con = adb.connect(target)
    try:
        adb.ensure_current(con)
        con.execute("checkpoint")
        yield con
    finally:
        con.close()
