"""A chart on the page: the Plotly figure (:mod:`reporting.charts`), built once per its
inputs (:func:`figure`), a note where privacy left cells out, and its PNG download drawn
when clicked."""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics import privacy
from reporting import export, regions
from reporting.cells import any_hidden
from reporting.charts.style import CHART_HEIGHT, PNG_TITLE_SPACE, figure_with_title
from reporting.text import t
from ui.layout import _SECTION, _SUBJECT

PNG_WIDTH = 1200  # layout pixels of a chart's PNG download (scale 2: 2400 wide)

# ---------------------------------------------------------------- figures built once
# Building a Plotly figure (validating every property) was the largest part of a warm page
# run after the analytics were cached: about half of Kinerja's. The figures depend only on
# their arguments (frames as the user may see them, options), the language and the
# regions' names and colours, so they are kept in this process per those inputs and shared
# by every session that draws the same chart.
FIGURES_KEPT = 256

_figures: OrderedDict[tuple, go.Figure] = OrderedDict()
_figures_lock = threading.Lock()
_building: dict[tuple, threading.Lock] = {}  # a lock per figure being built


class Unkeyable(Exception):
    """An argument the caches here cannot tell apart reliably: work without them."""


def _frame_key(df: pd.DataFrame | pd.Series) -> tuple:
    try:
        hashed = pd.util.hash_pandas_object(df, index=True).to_numpy()
    except (TypeError, ValueError) as exc:  # unhashable cells (lists): no key
        raise Unkeyable from exc
    digest = hashlib.blake2b(hashed.tobytes(), digest_size=16).hexdigest()
    if isinstance(df, pd.Series):
        layout = (repr(df.name), str(df.dtype), repr(df.index.names))
    else:
        layout = (tuple(map(repr, df.columns)), tuple(map(str, df.dtypes)), repr(df.index.names))
    return (type(df).__name__, layout, len(df), digest, input_key(dict(df.attrs)))


def input_key(value) -> object:
    """A hashable stand-in for ``value`` that differs whenever the figure could."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return (type(value).__name__, value)
    if isinstance(value, (np.integer, np.floating, np.bool_)):
        return (type(value).__name__, value.item())
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return _frame_key(value)
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(input_key(v) for v in value))
    if isinstance(value, dict):
        return ("dict", tuple((input_key(k), input_key(v)) for k, v in value.items()))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__qualname__, input_key(dataclasses.astuple(value)))
    if callable(value) and getattr(value, "__closure__", None) is None and "<" not in value.__qualname__:
        return ("fn", value.__module__, value.__qualname__)  # a module-level function (a label)
    raise Unkeyable(type(value).__name__)


def figure(build: Callable[..., go.Figure], *args, **kwargs) -> go.Figure:
    """``build(*args, **kwargs)``, kept per its inputs (see above) and shared by every
    session: the figure returned must not be changed (draw it with :func:`chart`; put
    anything that changes it, e.g. a reference line, inside ``build``). ``build`` must be a
    module-level function whose figure depends only on its arguments, the language and
    the regions. An argument the cache cannot key (a lambda, an unhashable cell) builds
    the figure anew."""
    from reporting.text import current_lang

    try:
        directory = regions.directory()
        key = (
            build.__module__,
            build.__qualname__,
            input_key(args),
            input_key(kwargs),
            current_lang(),
            directory.ids,
            tuple(directory.names.items()),
            tuple(directory.colors.items()),
        )
        if "<" in build.__qualname__:
            raise Unkeyable(build.__qualname__)
    except Unkeyable:
        return build(*args, **kwargs)
    with _figures_lock:
        kept = _figures.get(key)
        if kept is not None:
            _figures.move_to_end(key)
            return kept
        building = _building.setdefault(key, threading.Lock())
    # sessions asking for the same figure at once (a page opened by many) build it once
    with building:
        with _figures_lock:
            kept = _figures.get(key)
        if kept is not None:
            return kept
        try:
            fig = build(*args, **kwargs)
            with _figures_lock:
                _figures[key] = fig
                while len(_figures) > FIGURES_KEPT:
                    _figures.popitem(last=False)
        finally:
            with _figures_lock:
                _building.pop(key, None)
    return fig


def chart(
    fig: go.Figure,
    *,
    key: str | None = None,
    title: str | None = None,
    filename: str | None = None,
    data: pd.DataFrame | Sequence[pd.DataFrame | None] | None = None,
) -> None:
    """The chart, and below it a PNG download of it (see :func:`png_download`).

    ``data``: the frame(s) the chart was drawn from; if :func:`get` hid some of
    their cells (which the chart helpers leave out), a note under the chart says so.
    """
    st.plotly_chart(
        fig,
        width="stretch",
        key=key,
        config={"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]},
    )
    frames = [data] if isinstance(data, pd.DataFrame) else list(data or [])
    if any(any_hidden(f) for f in frames):
        k = next(f.attrs.get(privacy.ATTR_THRESHOLD) for f in frames if any_hidden(f))
        st.caption(t("privacy.chart", k=k or privacy.min_group_size()))
    png_download(fig, key=key, title=title, filename=filename)


def png_download(
    fig: go.Figure, *, key: str | None = None, title: str | None = None, filename: str | None = None
) -> None:
    """A "Download PNG" button whose image is drawn only when clicked (Streamlit's
    deferred download data), so it costs a page render nothing.

    The image carries the chart's question as its title (``title``, else the
    current :func:`section` and region heading); the file is named after it.
    Without Chromium the button is disabled and says so (:mod:`reporting.images`).
    """
    from reporting import images

    if title is None:
        parts = [st.session_state.get(_SECTION), st.session_state.get(_SUBJECT)]
        title = " — ".join(p for p in parts if p)
    name = filename or export.slug(title or t("download.png.file"))
    reason = images.unavailable_reason()
    if reason is not None:
        st.download_button(
            t("download.png.unavailable"),
            data=b"",
            key=f"png_{key}" if key else None,
            help=t("download.png.unavailable.help", hint=images.INSTALL_HINT),
            icon=":material/image_not_supported:",
            type="tertiary",
            disabled=True,
        )
        return
    height = int(fig.layout.height or CHART_HEIGHT)

    def draw() -> bytes:  # runs on click, in a thread of its own
        return images.figure_png(
            figure_with_title(fig, title, height=height),
            width=PNG_WIDTH,
            height=height + (PNG_TITLE_SPACE if title else 0),
            scale=2,
        )

    st.download_button(
        t("download.png"),
        data=draw,
        file_name=f"{name}.png",
        mime="image/png",
        key=f"png_{key}" if key else None,
        help=t("download.png.help"),
        icon=":material/image:",
        type="tertiary",
        on_click="ignore",
    )
