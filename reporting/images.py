"""PNG images of plotly figures, drawn by a headless Chromium through kaleido.

One Chromium is started on the first image and kept open, on a background
thread with its own event loop: the first image costs the browser start
(about 2 s), each one after it about 0.15 s. Callers on any thread (Streamlit
script runs, deferred downloads, report exports) share it; each request waits
for its own result.

Why not ``kaleido.start_sync_server()``: when the browser cannot start, its
server thread dies and every later call blocks forever; and it pairs requests
with results through two shared queues, so two threads asking at once can get
each other's image. The same ``kaleido.Kaleido`` is used here with a timeout
on every call.

Chromium is the one kaleido finds: ``$BROWSER_PATH`` if set, else
``chromium`` / ``chrome`` on the ``PATH`` or in the usual places
(``/usr/bin/chromium`` on Debian). Without it :func:`images_available` is
False and :func:`figure_png` raises :class:`ImageExportUnavailable`, whose
message says what is missing and how to install it. A browser that fails to
start or stops answering is reported the same way, and tried again after
``RETRY_AFTER`` seconds.

Module-level state on purpose (STYLE.md prefers ``st.cache_resource``): the
browser also serves report exports and tests that run outside Streamlit.
"""

from __future__ import annotations

import asyncio
import atexit
import json
import logging
import os
import re
import threading
import time
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

log = logging.getLogger(__name__)

INSTALL_HINT = "apt-get install chromium"
START_TIMEOUT = 60.0  # seconds for the browser to start
RENDER_TIMEOUT = 60.0  # seconds for one image
RETRY_AFTER = 300.0  # seconds before trying a browser that failed again


class ImageExportUnavailable(RuntimeError):
    """Chart images cannot be made here; the message says what is missing and what to do.

    ``missing`` names the missing piece ("Chromium"), ``hint`` the command that
    installs it.
    """

    def __init__(self, message: str, *, missing: str = "Chromium", hint: str = INSTALL_HINT) -> None:
        super().__init__(message)
        self.missing = missing
        self.hint = hint


# ---------------------------------------------------------------- finding Chromium
_found: tuple[float, str | None] | None = None  # (when, path) of the last search
FOUND_TTL = 30.0  # seconds a search result is reused (every chart asks on every render)


def chromium_path() -> str | None:
    """The browser kaleido would use: ``$BROWSER_PATH``, else one found on this machine."""
    global _found
    override = os.environ.get("BROWSER_PATH", "").strip()
    if override:
        return override
    if _found is not None and time.monotonic() - _found[0] < FOUND_TTL:
        return _found[1]
    _found = (time.monotonic(), _find_chromium())
    return _found[1]


def _find_chromium() -> str | None:
    try:
        from choreographer.browsers import Chromium

        return Chromium.find_browser(skip_local=False)
    except Exception:  # an older or newer choreographer: look ourselves
        import shutil

        for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
            if found := shutil.which(name):
                return found
        return None


def _is_executable(path: str | None) -> bool:
    return bool(path) and Path(path).is_file() and os.access(path, os.X_OK)


def _missing_message(path: str | None) -> str:
    where = f"at {path} (BROWSER_PATH)" if os.environ.get("BROWSER_PATH", "").strip() else "on this machine"
    return (
        f"Chart images (PNG) need Chromium, and none was found {where}. "
        f"Install it with `{INSTALL_HINT}` (Debian/Ubuntu), or set BROWSER_PATH to a "
        "Chromium or Chrome executable, then restart the dashboard."
    )


# ---------------------------------------------------------------- the browser
class _Renderer:
    """One kaleido (one Chromium tab) kept open on its own event loop thread."""

    def __init__(self, path: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="png-renderer", daemon=True)
        self._thread.start()
        self._kaleido = None
        try:
            self._kaleido = self._call(self._open(path), START_TIMEOUT)
        except BaseException:
            self.close()
            raise

    @staticmethod
    async def _open(path: str):
        import kaleido

        # mathjax=False: no formulas here, and the default loads MathJax from a CDN
        k = kaleido.Kaleido(n=1, timeout=RENDER_TIMEOUT, mathjax=False, path=path)
        await k.open()
        return k

    def _call(self, coroutine, timeout: float) -> Any:
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout)
        except FutureTimeout:
            future.cancel()
            raise

    def render(self, figure: dict, opts: dict) -> bytes:
        return self._call(self._kaleido.calc_fig(figure, opts=opts), RENDER_TIMEOUT + 5)

    def close(self) -> None:
        if self._kaleido is not None:
            try:
                self._call(self._kaleido.close(), 10)
            except Exception:
                log.warning("closing the PNG renderer's browser failed", exc_info=True)
            self._kaleido = None
        if self._loop.is_running():
            try:
                self._call(_cancel_pending(), 5)
            except Exception:
                log.debug("cancelling the PNG renderer's tasks failed", exc_info=True)
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        if not self._loop.is_running():
            self._loop.close()


async def _cancel_pending() -> None:
    """Cancel what the browser left running (its watchdog), so the loop closes cleanly."""
    tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


_lock = threading.Lock()
_renderer: _Renderer | None = None
_failure: tuple[float, str] | None = None  # (when, why) the browser last failed


def _browser_errors() -> tuple[type[BaseException], ...]:
    from kaleido.errors import BrowserClosedError, BrowserFailedError, ChromeNotFoundError

    errors: list[type[BaseException]] = [BrowserClosedError, BrowserFailedError, ChromeNotFoundError]
    try:
        from choreographer.channels import ChannelClosedError

        errors.append(ChannelClosedError)
    except ImportError:
        pass
    return (*errors, FutureTimeout, TimeoutError, OSError)


def _recent_failure() -> str | None:
    if _failure is None:
        return None
    when, why = _failure
    return why if time.monotonic() - when < RETRY_AFTER else None


def unavailable_reason() -> str | None:
    """Why images cannot be made right now (None if they can, as far as is known)."""
    path = chromium_path()
    if not _is_executable(path):
        return _missing_message(path)
    return _recent_failure()


def images_available() -> bool:
    """Can chart images be made? Cheap (looks for the browser, starts nothing)."""
    return unavailable_reason() is None


def _get_renderer() -> _Renderer:
    global _renderer, _failure
    if _renderer is not None:
        return _renderer
    reason = unavailable_reason()
    if reason:
        raise ImageExportUnavailable(reason)
    path = chromium_path()
    started = time.perf_counter()
    try:
        _renderer = _Renderer(path)
    except _browser_errors() as exc:
        why = (
            f"Chromium ({path}) did not start for chart images ({type(exc).__name__}). "
            f"Check that it runs (`{path} --headless --version`); reinstall with `{INSTALL_HINT}`."
        )
        _failure = (time.monotonic(), why)
        log.warning("PNG renderer: %s", why, exc_info=True)
        raise ImageExportUnavailable(why) from exc
    _failure = None
    log.info("PNG renderer: Chromium started in %.1f s", time.perf_counter() - started)
    return _renderer


def _discard(exc: BaseException) -> None:
    """The browser broke mid-way: drop it, so the next image starts a fresh one."""
    global _renderer, _failure
    broken, _renderer = _renderer, None
    _failure = (time.monotonic(), f"Chromium stopped answering ({type(exc).__name__}).")
    if broken is not None:
        threading.Thread(target=broken.close, daemon=True).start()


# Streamlit registers a plotly template "streamlit" (the default once streamlit is
# imported) whose colours are placeholders -- #000001..#000010 the colour cycle,
# #000011..#000020 the sequential scale, #000021..#000030 the diverging one --
# that its front end swaps for the theme's, and which leaves axis automargin off.
# plotly express copies those placeholders into the traces. Exported as they are,
# charts come out near-black with their tick labels cut off; so the export swaps
# them for Streamlit's light-theme colours and a real template.
STATIC_TEMPLATE = "plotly_white"
_THEME_COLORS = [
    # categorical
    *[
        "#0068c9",
        "#83c9ff",
        "#ff2b2b",
        "#ffabab",
        "#29b09d",
        "#7defa1",
        "#ff8700",
        "#ffd16a",
        "#6d3fc0",
        "#d5dae5",
    ],
    # sequential
    *[
        "#e4f5ff",
        "#c7ebff",
        "#a6dcff",
        "#83c9ff",
        "#60b4ff",
        "#3d9df3",
        "#1c83e1",
        "#0068c9",
        "#0054a3",
        "#004280",
    ],
    # diverging
    *[
        "#7d353b",
        "#bd4043",
        "#ff4b4b",
        "#ff8c8c",
        "#ffc7c7",
        "#a6dcff",
        "#60b4ff",
        "#1c83e1",
        "#0054a3",
        "#004280",
    ],
]
_PLACEHOLDER = re.compile(r'"#0000([0-2][0-9]|30)"', re.IGNORECASE)


def _static_template(figure: dict) -> dict:
    """The figure with Streamlit's placeholder colours and template made real."""
    import plotly.io as pio

    text = pio.to_json(figure, validate=False)
    if not _PLACEHOLDER.search(text):
        return figure
    text = _PLACEHOLDER.sub(lambda m: f'"{_THEME_COLORS[int(m.group(1)) - 1]}"', text)
    out = json.loads(text)
    out.setdefault("layout", {})["template"] = pio.templates[STATIC_TEMPLATE].to_plotly_json()
    return out


def figure_png(fig: go.Figure | dict, *, width: int = 1280, height: int = 720, scale: float = 1.0) -> bytes:
    """The figure as PNG bytes, ``width`` x ``height`` layout pixels times ``scale``.

    Raises :class:`ImageExportUnavailable` (message: what is missing, how to
    install it) when there is no working Chromium.
    """
    figure = _static_template(fig.to_dict() if isinstance(fig, go.Figure) else fig)
    opts = {"format": "png", "width": int(width), "height": int(height), "scale": float(scale)}
    with _lock:
        renderer = _get_renderer()
    try:
        return renderer.render(figure, opts)
    except _browser_errors() as exc:
        with _lock:
            if renderer is _renderer:
                _discard(exc)
        raise ImageExportUnavailable(
            f"Chromium did not make the chart image ({type(exc).__name__}); try again in a few minutes. "
            f"If it keeps failing, reinstall it with `{INSTALL_HINT}`."
        ) from exc


def shutdown() -> None:
    """Close the browser (at exit, and in tests)."""
    global _renderer, _failure
    with _lock:
        renderer, _renderer, _failure = _renderer, None, None
    if renderer is not None:
        renderer.close()


atexit.register(shutdown)
