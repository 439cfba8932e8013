"""Chart images (reporting.images): a real PNG from Chromium, and a clear error without it.

The real-image tests need Chromium (``apt-get install chromium``); without it
they skip locally and fail under CI (``CI=true``), like tests/test_browser.py.
"""

from __future__ import annotations

import os
import struct
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import plotly.express as px
import plotly.graph_objects as go
import pytest

from reporting import images
from reporting.images import ImageExportUnavailable

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which follows the signature."""
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    return struct.unpack(">II", data[16:24])


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture
def chromium() -> None:
    if not images.images_available():
        reason = f"no Chromium for chart images: {images.unavailable_reason()}"
        if _in_ci():
            pytest.fail(f"{reason}; CI is set, so this is a failure, not a skip")
        pytest.skip(reason)


@pytest.fixture
def fresh() -> None:
    """No browser left over from another test (and none left behind)."""
    images.shutdown()
    yield
    images.shutdown()


def bar() -> go.Figure:
    return px.bar(x=["Kota Salatiga", "Kota Jambi"], y=[3, 5])


# ---------------------------------------------------------------- with Chromium


@pytest.mark.parametrize(
    ("width", "height", "scale", "size"), [(1280, 720, 1.0, (1280, 720)), (400, 300, 2, (800, 600))]
)
def test_a_real_png_of_the_asked_size(chromium, width, height, scale, size) -> None:
    data = images.figure_png(bar(), width=width, height=height, scale=scale)
    assert png_size(data) == size
    assert len(data) > 1000


def test_defaults_are_a_1280_by_720_slide(chromium) -> None:
    assert png_size(images.figure_png(bar())) == (1280, 720)


def test_threads_get_their_own_images(chromium) -> None:
    widths = [301, 402, 503, 604]
    with ThreadPoolExecutor(4) as pool:
        made = list(pool.map(lambda w: images.figure_png(bar(), width=w, height=200), widths))
    assert [png_size(d)[0] for d in made] == widths


def test_the_browser_stays_open_between_images(chromium, fresh) -> None:
    images.figure_png(bar(), width=200, height=100)
    started = time.perf_counter()
    for _ in range(3):
        images.figure_png(bar(), width=200, height=100)
    assert (time.perf_counter() - started) / 3 < 2.0  # a cold start is a browser start each time


# ---------------------------------------------------------------- without it


def test_missing_chromium_is_a_clear_error(fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    assert not images.images_available()
    started = time.perf_counter()
    with pytest.raises(ImageExportUnavailable) as error:
        images.figure_png(bar())
    assert time.perf_counter() - started < 2
    message = str(error.value)
    assert (
        "Chromium" in message and "apt-get install chromium" in message and "/nonexistent/chromium" in message
    )
    assert error.value.missing == "Chromium" and error.value.hint == "apt-get install chromium"


def test_no_chromium_anywhere(fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setattr(images, "chromium_path", lambda: None)
    assert images.unavailable_reason() and "apt-get install chromium" in images.unavailable_reason()
    with pytest.raises(ImageExportUnavailable, match="none was found on this machine"):
        images.figure_png(bar())


def test_a_browser_that_does_not_start_is_an_error_not_a_hang(fresh, tmp_path: Path, monkeypatch) -> None:
    broken = tmp_path / "chromium"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setenv("BROWSER_PATH", str(broken))
    assert images.images_available()  # it exists; only starting it tells
    started = time.perf_counter()
    with pytest.raises(ImageExportUnavailable, match="did not start"):
        images.figure_png(bar())
    assert time.perf_counter() - started < images.START_TIMEOUT
    # remembered: the buttons say so instead of trying again on every click
    assert not images.images_available()
    assert "did not start" in images.unavailable_reason()


# ---------------------------------------------------------------- Streamlit's placeholder colours


def test_streamlit_placeholder_colours_become_real_ones() -> None:
    fig = go.Figure(go.Scatter(y=[1, 2], line={"color": "#000001"}))
    fig.update_layout(template={"layout": {"colorway": [f"#0000{i:02d}" for i in range(1, 11)]}})
    out = images._static_template(fig.to_dict())
    assert out["data"][0]["line"]["color"] == "#0068c9"
    assert out["layout"]["template"]["layout"]["xaxis"]["automargin"] is True
    # a figure with real colours is left as it is
    plain = go.Figure(go.Scatter(y=[1], line={"color": "#123456"}), layout={"template": "plotly"}).to_dict()
    assert images._static_template(plain) is plain
