"""A chart on the page: the Plotly figure (:mod:`reporting.charts`), a note where
privacy left cells out, and its PNG download drawn when clicked."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics import privacy
from reporting import export
from reporting.cells import any_hidden
from reporting.charts.style import CHART_HEIGHT, PNG_TITLE_SPACE, figure_with_title
from reporting.text import t
from ui.layout import _SECTION, _SUBJECT

PNG_WIDTH = 1200  # layout pixels of a chart's PNG download (scale 2: 2400 wide)


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
