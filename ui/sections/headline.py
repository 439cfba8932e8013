"""The answer a page gives first: its two or three sentences (from ``reporting.findings``)
right under the title, in a bordered box, the first in bold, one paragraph each. Names in
them are data: escaped, never markup. One look and one key on every page (the box is
``.st-key-jawaban`` in the browser)."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from reporting.safe import md

ANSWER_KEY = "jawaban"


def headline(sentences: Sequence[str | None], *, key: str = ANSWER_KEY) -> None:
    """The sentences in a bordered box (nothing when there are none; empty ones are left out)."""
    lines = [s for s in sentences if s]
    if not lines:
        return
    first, *rest = lines
    with st.container(border=True, key=key):
        st.markdown("\n\n".join([f"**{md(first)}**", *(md(s) for s in rest)]))
