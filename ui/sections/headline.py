"""The answer a page gives first: its two or three sentences (from ``reporting.findings``)
right under the title, the first in bold. Names in them are data: escaped, never markup."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from reporting.safe import md


def headline(sentences: Sequence[str], *, key: str = "headline") -> None:
    """The sentences in a bordered box (nothing when there are none)."""
    lines = [s for s in sentences if s]
    if not lines:
        return
    first, *rest = lines
    with st.container(border=True, key=key):
        st.markdown(" ".join([f"**{md(first)}**", *(md(s) for s in rest)]))
