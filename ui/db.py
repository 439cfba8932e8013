"""The one database connection and the cached calls the pages make.

Pages never touch the connection: they call ``query(kinerja.kinerja_trend,
filters, grain="quarter")``. Results are cached per (function, filters,
options, data version); the data version comes from ``dataset_info`` and is
read once per script run by :func:`refresh_data_version`, so an import that
rewrites ``dataset_info`` (or a call to :func:`clear`) makes every page
recompute.
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
from analytics.filters import Filters
from analytics.safelog import log_failure

log = logging.getLogger(__name__)

_VERSION_KEY = "_data_version"


class AnalyticsError(RuntimeError):
    """An analytics call failed; the message is safe to show (no data in it)."""


def database_path() -> Path:
    return adb.db_path()


@st.cache_resource(show_spinner=False)
def _connection(path: str) -> duckdb.DuckDBPyConnection:
    # Read-write: the upload feature writes through this same connection.
    # analytics.db.run takes its own cursor per query, so sharing is safe.
    if adb.upgrade_file(path):  # raw tables of an older shape: copied into this version's
        log.info("database file upgraded to schema version %s", adb.SCHEMA_VERSION)
    con = adb.connect(path)
    if adb.ensure_current(con):  # a file built by an older version of the dashboard
        log.info("views and derived tables rebuilt for this version")
    return con


def connection() -> duckdb.DuckDBPyConnection:
    """The app-wide connection for the current database file."""
    return _connection(str(database_path()))


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
    with build_lock(str(path)):
        if path.exists():  # someone else built it while we waited
            return False
        from data.demo import build_demo

        build_demo(path, progress=progress)
        return True


def refresh_data_version() -> dict:
    """Read ``dataset_info`` once per run; remember its version token for the caches."""
    from analytics import meta

    info = dict(meta.dataset_info(connection()))
    token = "|".join(str(info.get(k, "")) for k in ("built_at", "version", "imported_at"))
    st.session_state[_VERSION_KEY] = token
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
