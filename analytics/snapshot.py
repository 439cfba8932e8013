"""Published snapshots: readers never hold the file a loader writes (issue #13).

DuckDB lets one process write a file, or any number of processes read it, never
both. So the dashboard reads a *published snapshot* through read-only
connections, and a writer (the CLI loader, the Unggah Data page, a mart rebuild)
works on a copy and publishes it when it commits:

- the database path (``data/asn.duckdb``) is a symbolic link to the current
  snapshot, a file beside it named ``asn.duckdb.v<UTC time>``; a plain file at
  the path (a fresh demo, an older install) is the current snapshot until the
  first write turns the path into a link;
- :func:`writing` takes the writers' lock (``<path>.lock``, ``flock``: one writer
  at a time across processes), copies the current snapshot, hands a read-write
  connection to it to the caller, and on success checkpoints, closes and swings
  the link to the copy in one ``rename`` (atomic on POSIX); on failure the copy
  is deleted and nothing is published;
- a reader opens whatever the path points to when it opens; a connection keeps
  reading its snapshot while newer ones are published (the file stays readable
  after it is unlinked). :func:`current` says which one a new connection would
  get, so a server can tell when to open a new connection;
- the previous snapshot is kept for readers that resolved the link just before
  it moved; older ones are deleted.

The copy is the price of this: a write costs a copy of the file (measured in
``bench/load_bench.py``), on top of what it changes.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

_STAMP = re.compile(r"\.v\d{8}T\d{6}\d{6}(-\d+)?$")


class WriterBusy(RuntimeError):
    """Another process (or thread) is writing this database."""


def current(path: str | Path) -> Path:
    """The snapshot a connection opened now on ``path`` would read."""
    return Path(os.path.realpath(path))


def stable_path(target: str | Path) -> Path:
    """The database path of a snapshot file (the file itself if it is not one)."""
    target = Path(target)
    return target.with_name(_STAMP.sub("", target.name))


def snapshots(path: str | Path) -> list[Path]:
    """The snapshot files of ``path``, oldest first."""
    path = Path(path)
    return sorted(p for p in path.parent.glob(f"{path.name}.v*") if _STAMP.search(p.name) and p.is_file())


@contextmanager
def writer_lock(path: str | Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the writers' lock of ``path`` (``<path>.lock``), waiting at most ``timeout``
    seconds (None: as long as it takes); raises :class:`WriterBusy` when it runs out."""
    lock_path = Path(f"{path}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)  # a first start: the folder comes with the file
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                    raise
                if deadline is not None and time.monotonic() >= deadline:
                    raise WriterBusy() from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@dataclass
class Writing:
    """What :func:`writing` hands over: the connection to the new snapshot, and a way
    to say there is nothing to publish after all."""

    con: duckdb.DuckDBPyConnection
    path: Path
    publish: bool = True
    timings: dict[str, float] = field(default_factory=dict)

    def discard(self) -> None:
        """Publish nothing: the copy is deleted when the block ends."""
        self.publish = False


def _new_name(path: Path) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    candidate = path.with_name(f"{path.name}.v{stamp}")
    n = 0
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.v{stamp}-{n}")
    return candidate


def _checkpointed(source: Path) -> None:
    """A plain file can carry a write-ahead log (an older install wrote it in place): fold
    it in before copying, or the copy would lack those rows."""
    if Path(f"{source}.wal").exists():
        con = duckdb.connect(str(source))
        try:
            con.execute("checkpoint")
        finally:
            con.close()


def _remove(file: Path) -> None:
    file.unlink(missing_ok=True)
    Path(f"{file}.wal").unlink(missing_ok=True)
    shutil.rmtree(f"{file}.tmp", ignore_errors=True)


@contextmanager
def writing(
    path: str | Path,
    *,
    timeout: float | None = None,
    publish_despite: tuple[type[BaseException], ...] = (),
) -> Iterator[Writing]:
    """Write a new snapshot of the database at ``path`` and publish it when the block
    ends without an exception (unless :meth:`Writing.discard` was called).

    ``publish_despite``: exceptions after which what was committed is published all the
    same before they go on (an import refused while writing rolls its rows back but
    logs the rejection). Raises :class:`WriterBusy` if another writer holds the lock
    past ``timeout``.
    """
    from analytics import db as adb

    path = Path(path)
    with writer_lock(path, timeout):
        source = current(path)
        target = _new_name(path)
        timings: dict[str, float] = {}
        start = time.perf_counter()
        if source.exists():
            _checkpointed(source)
            shutil.copyfile(source, target)
        timings["copy"] = time.perf_counter() - start
        con = adb.connect(target, spill_for=path)
        handle = Writing(con, target, timings=timings)
        passed: BaseException | None = None
        try:
            try:
                yield handle
            except publish_despite as exc:
                passed = exc
            if handle.publish:
                start = time.perf_counter()
                con.execute("checkpoint")
                timings["checkpoint"] = time.perf_counter() - start
        except BaseException:
            con.close()
            _remove(target)
            raise
        con.close()
        if handle.publish:
            start = time.perf_counter()
            publish(path, target)
            prune(path, keep={target, source})
            timings["publish"] = time.perf_counter() - start
        else:
            _remove(target)
        if passed is not None:
            raise passed


def publish(path: str | Path, target: str | Path) -> None:
    """Point ``path`` at ``target`` in one rename (readers see the old or the new file,
    never a missing one)."""
    path, target = Path(path), Path(target)
    link = path.with_name(f".{path.name}.link-{os.getpid()}")
    link.unlink(missing_ok=True)
    os.symlink(target.name, link)  # relative: the folder can move
    os.replace(link, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def prune(path: str | Path, keep: set[Path]) -> list[Path]:
    """Delete the snapshots of ``path`` but the current one and ``keep`` (the one just
    replaced, which a reader may be about to open). A reader that has a deleted file
    open goes on reading it; the space returns when it closes."""
    keep = {current(p) for p in keep} | {current(path)}
    removed = []
    for snap in snapshots(path):
        if current(snap) not in keep:
            _remove(snap)
            removed.append(snap)
    return removed
