"""A line on the server's stderr for every script run, when ``ASN_DEBUG_RUNS=1`` (off by
default): how many times a visit or a click runs the script (issue #13: a page should run
once on a visit and once per interaction; tests/test_browser.py counts these lines).

Each line names the browser session by the first 8 characters of Streamlit's random
session id and the run's number in that session, and the page once it is known; nothing
about the user (no query string, no widget values, no username).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Iterator

import streamlit as st

ENV = "ASN_DEBUG_RUNS"
PREFIX = "asn-run"
_COUNT = "_runlog_count"  # session state: script runs of this session so far

log = logging.getLogger("asn.runs")


def enabled() -> bool:
    return os.environ.get(ENV, "").strip().lower() not in ("", "0", "false", "no")


def _logger() -> logging.Logger:
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return log


def _session() -> str:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.session_id[:8] if ctx is not None else "-"


def started() -> None:
    """At the very top of a run (before anything can stop or rerun it)."""
    if not enabled():
        return
    n = st.session_state.get(_COUNT, 0) + 1
    st.session_state[_COUNT] = n
    _logger().info("%s session=%s run=%d start", PREFIX, _session(), n)


@contextlib.contextmanager
def run() -> Iterator[None]:
    """Around a whole run: :func:`started`, then a line with its time on the server and how
    it ended ("done", or the exception: StopException for st.stop, RerunException for a
    rerun or a page switch, which is how a second run begins)."""
    if not enabled():
        yield
        return
    started()
    began = time.perf_counter()
    ended = "done"
    try:
        yield
    except BaseException as exc:
        ended = type(exc).__name__
        raise
    finally:
        ms = (time.perf_counter() - began) * 1000
        _logger().info(
            "%s session=%s run=%d %s after %.0f ms",
            PREFIX,
            _session(),
            st.session_state.get(_COUNT, 0),
            ended,
            ms,
        )


def page(url_path: str) -> None:
    """Once the page of the run is known (``url_path`` is one of dashboard.PAGES' paths)."""
    if enabled():
        _logger().info(
            "%s session=%s run=%d page=%s", PREFIX, _session(), st.session_state.get(_COUNT, 0), url_path
        )
