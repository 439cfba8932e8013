"""Charts as plain Plotly figures (no Streamlit), for the pages and every file: the shared
look (:mod:`.style`), the charts many pages use (:mod:`.common`), and each topic's own
(:mod:`.kinerja`, :mod:`.placement`, :mod:`.talent`)."""

from reporting.charts.common import *  # noqa: F403
from reporting.charts.style import *  # noqa: F403
