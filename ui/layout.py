"""Layout of a page: sections titled by their question, cells side by side that wrap
on narrow screens, one column per region, KPI cards and region headings."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from reporting import regions
from reporting.charts.style import wrap_words
from reporting.text import region_name

# The question of the section being drawn and the region heading under it: the
# title and file name of the charts' PNG downloads (session state, one per user).
_SECTION = "_ui_section"

_SUBJECT = "_ui_subject"


def section(question: str, how_to_read: str) -> None:
    """A chart's title is the question it answers; the caption says how to read it."""
    st.subheader(question)
    st.caption(how_to_read)
    st.session_state[_SECTION] = question
    st.session_state.pop(_SUBJECT, None)


# One column of KPI cards per region: at most four a row (what a laptop shows at 180 px a
# column with the sidebar open), so six regions are two rows of three, twelve three of four.
REGIONS_PER_ROW = 4

MAX_GRID_COLUMNS = 24  # st.grid's limit


def balanced_columns(n: int, most: int) -> int:
    """Columns a row for ``n`` cells, at most ``most`` a row, with rows as even as possible
    (6 cells, at most 4: 3 a row, not 4 + 2)."""
    if n <= 0:
        return 1
    most = max(min(most, MAX_GRID_COLUMNS), 1)
    rows = math.ceil(n / most)
    return math.ceil(n / rows)


def side_by_side(n: int, *, min_width: int = 380, max_columns: int | None = None) -> list:
    """``n`` cells next to each other that wrap onto new rows when the screen is
    too narrow for ``min_width`` pixels each (laptop: side by side; tablet: stacked).

    ``max_columns``: at most this many a row, the rows as even as possible (one cell per
    region: however many regions there are, see :data:`REGIONS_PER_ROW`).
    """
    columns = balanced_columns(n, n if max_columns is None else max_columns)
    grid = st.grid(columns, min_column_width=min_width, gap="medium")
    return [grid.cell() for _ in range(n)]


def region_cells(region_ids: Sequence[str], *, min_width: int, per_row: int = REGIONS_PER_ROW) -> list:
    """One :func:`side_by_side` cell per region, at most ``per_row`` a row, evenly filled."""
    return side_by_side(len(region_ids), min_width=min_width, max_columns=per_row)


MAIN_WIDTH = 860  # pixels: the main area of a 1280-1440 px laptop screen, sidebar open

GRID_GAP = 16  # pixels between grid columns (gap="medium")


def heading_lines(region_ids: Sequence[str], *, min_width: int, per_row: int = REGIONS_PER_ROW) -> int:
    """How many lines the longest of these region headings takes in a :func:`region_cells`
    column on a laptop screen (about 8.5 px a character, word-wrapped; at most 3), so that
    the headings of a row take the same height and the cards under them line up."""
    cols = balanced_columns(len(region_ids), per_row)
    width = max(min_width, (MAIN_WIDTH - GRID_GAP * (cols - 1)) / cols)
    chars = max(int((width - 14) / 8.5), 8)
    lines = [len(wrap_words(region_name(r), chars, limit=3)) for r in region_ids]
    return max(lines, default=1)


def kpi(label: str, value: str, *, help: str | None = None, trend: Sequence | None = None) -> None:
    st.metric(
        label,
        value,
        help=help,
        border=True,
        chart_data=list(trend) if trend is not None and len(trend) > 1 else None,
        chart_type="line",
    )


def region_rows(df: pd.DataFrame | None, region_id: str) -> pd.DataFrame | None:
    """The rows of one region (None if there are none), e.g. for a KPI sparkline."""
    if df is None or df.empty:
        return None
    rows = df[df["region_id"] == region_id]
    return None if rows.empty else rows


def region_heading(region_id: str, *, lines: int = 1) -> None:
    """A region's name with its chart colour, above its column of KPI cards; ``lines``
    reserves room for a name that wraps (:func:`heading_lines`), so that the cards of a
    row of regions line up under headings of one and of two lines."""
    color = regions.region_color(region_id)
    name = html.escape(region_name(region_id))
    st.session_state[_SUBJECT] = region_name(region_id)
    height = f"min-height: {1.35 * lines:.2f}em; " if lines > 1 else ""
    st.markdown(
        f'<div style="border-left: 6px solid {color}; padding-left: .5rem; font-weight: 600; '
        f'font-size: 1.1rem; line-height: 1.35; {height}margin-bottom: .25rem">{name}</div>',
        unsafe_allow_html=True,
    )


# A tablet in portrait (820 px) keeps Streamlit's sidebar open, which leaves the page about
# 500 px: fold it once per browser tab below this width (the reader can open it again, and it
# then stays open). Streamlit folds it by itself only below 768 px ("auto").
FOLD_BELOW_PX = 1000
_FOLD_SCRIPT = f"""<script>
(() => {{
  if (window.innerWidth >= {FOLD_BELOW_PX} || sessionStorage.getItem("asn-sidebar-folded")) return;
  const fold = (tries) => {{
    const button = document.querySelector(
      '[data-testid="stSidebarCollapseButton"] button[aria-expanded="true"]');
    if (button) {{
      button.click();
      sessionStorage.setItem("asn-sidebar-folded", "1");
    }} else if (tries > 0) {{
      setTimeout(() => fold(tries - 1), 100);
    }}
  }};
  fold(30);
}})();
</script>"""


def fold_sidebar_on_tablet() -> None:
    """Fold the sidebar on a narrow screen (see :data:`FOLD_BELOW_PX`); a constant script,
    no user text in it."""
    st.sidebar.html(_FOLD_SCRIPT, unsafe_allow_javascript=True)
