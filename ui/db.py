"""The database connections and the cached calls the pages make.

Pages never touch the connection: they call ``query(kinerja.kinerja_trend,
filters, grain="quarter")``. Results are cached per (function, filters,
options, data version); the data version names the published snapshot the run
reads and comes from its ``dataset_info``, read once per script run by
:func:`refresh_data_version`, so a load published by anyone (this server, another
server, the CLI) or a call to :func:`clear` makes every page recompute.

The server only reads, through read-only connections to the current snapshot
(``analytics.snapshot``); the Unggah Data page and the admin's switches write
through :func:`writing`, which publishes a new snapshot. So the CLI can load
while the dashboard runs, and several server processes can serve one database.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from analytics import db as adb
from analytics import snapshot
from analytics.filters import Filters
from analytics.safelog import log_failure

log = logging.getLogger(__name__)

_VERSION_KEY = "_data_version"
_TARGET_KEY = "_data_snapshot"


class AnalyticsError(RuntimeError):
    """An analytics call failed; the message is safe to show (no data in it)."""


def database_path() -> Path:
    return adb.db_path()


class _Readers:
    """One read-only connection per published snapshot (analytics.snapshot) of each
    database path, shared by every session of this server process.

    A new snapshot (a load by the CLI, this or another server) is noticed at the next
    script run, which opens a connection to it; runs already under way finish on the
    snapshot they started with. The two newest connections per path are kept; an older
    one closes when the last query holding it ends.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[str, dict[str, duckdb.DuckDBPyConnection]] = {}

    def current(self, path: str) -> tuple[str, duckdb.DuckDBPyConnection]:
        target = str(snapshot.current(path))
        cons = self._open.get(path, {})
        if target in cons:
            return target, cons[target]
        with self._lock:  # one opener per process; a first open may bring marts up to date
            cons = self._open.setdefault(path, {})
            if target not in cons:
                opened, con = adb.read_current(path)
                target = str(opened)
                cons[target] = con
                for old in list(cons)[:-2]:
                    del cons[old]  # closed by DuckDB when no cursor uses it any more
            return target, cons[target]

    def get(self, path: str, target: str) -> duckdb.DuckDBPyConnection:
        """The connection to ``target`` if still open, else to the current snapshot."""
        con = self._open.get(path, {}).get(target)
        return con if con is not None else self.current(path)[1]

    def clear(self) -> None:
        with self._lock:
            self._open.clear()


@st.cache_resource(show_spinner=False)
def _readers() -> _Readers:
    return _Readers()


def _pinned() -> str | None:
    """The snapshot this script run reads (set by :func:`refresh_data_version`)."""
    try:
        return st.session_state.get(_TARGET_KEY)
    except Exception:  # outside a script run
        return None


def connection() -> duckdb.DuckDBPyConnection:
    """A read-only connection to the snapshot this run reads (the current one if the run
    has not pinned one). Writes go through :func:`writing`."""
    path = str(database_path())
    target = _pinned()
    if target is not None:
        return _readers().get(path, target)
    return _readers().current(path)[1]


def writing(timeout: float | None = None, **options):
    """Write a new snapshot of the database and publish it (``analytics.snapshot.writing``):
    ``with db.writing(timeout=2) as w: w.con.execute(...)``. Raises
    ``snapshot.WriterBusy`` if another writer holds it past ``timeout`` seconds."""
    return snapshot.writing(database_path(), timeout=timeout, **options)


@st.cache_resource(show_spinner=False)
def build_lock(path: str) -> threading.Lock:
    """One lock per database file, so two first visitors don't both build the demo."""
    return threading.Lock()


def ensure_database(progress: Callable[[float, str], None] | None = None) -> bool:
    """Build the demo database if the file is missing. Returns True if it built one.

    ``build_demo`` writes to a temporary file and moves it into place, so a build
    that dies half-way never leaves a broken database behind.
    """
    path = database_path()
    if path.exists():
        return False
    with build_lock(str(path)), snapshot.writer_lock(path):
        if path.exists():  # someone else (this process or another) built it while we waited
            return False
        from data.demo import build_demo

        build_demo(path, progress=progress)
        return True


def refresh_data_version() -> dict:
    """Read ``dataset_info`` once per run; remember its version token for the caches."""
    from analytics import meta

    target, con = _readers().current(str(database_path()))
    info = dict(meta.dataset_info(con))
    token = "|".join(
        [Path(target).name, *(str(info.get(k, "")) for k in ("built_at", "version", "imported_at"))]
    )
    st.session_state[_VERSION_KEY] = token
    st.session_state[_TARGET_KEY] = target
    return info


def data_version() -> str:
    return st.session_state.get(_VERSION_KEY, "")


def _resolve(module: str, name: str) -> Callable:
    return getattr(importlib.import_module(module), name)


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(module: str, name: str, filters: Filters | None, opts: tuple, version: str) -> pd.DataFrame:
    fn = _resolve(module, name)
    con = connection()
    if filters is None:
        return fn(con, **dict(opts))
    return fn(con, filters, **dict(opts))


def query(fn: Callable, filters: Filters | None = None, **opts) -> pd.DataFrame:
    """Call an analytics function through the cache.

    Raises :class:`AnalyticsError` (whose message carries no data) when the
    function fails; the full error goes to the server log only.
    """
    try:
        return _cached(fn.__module__, fn.__name__, filters, tuple(sorted(opts.items())), data_version())
    except Exception as exc:
        log_failure(log, f"analytics call {fn.__module__}.{fn.__name__}", exc)
        raise AnalyticsError(f"{fn.__name__}: {type(exc).__name__}") from exc


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_meta(module: str, name: str, args: tuple, version: str):
    return _resolve(module, name)(connection(), *args)


def meta(fn: Callable, *args):
    """Call a filter-bar helper (``analytics.meta``) through the cache."""
    try:
        return _cached_meta(fn.__module__, fn.__name__, tuple(args), data_version())
    except Exception as exc:
        log_failure(log, f"meta call {fn.__module__}.{fn.__name__}", exc)
        raise AnalyticsError(f"{fn.__name__}: {type(exc).__name__}") from exc


def clear() -> None:
    """Forget every cached result (call after importing new data)."""
    _cached.clear()
    _cached_meta.clear()
    st.session_state.pop(_VERSION_KEY, None)
    st.session_state.pop(_TARGET_KEY, None)
