"""User-supplied text on screen: never markup.

File names, unit and post names, programmes and any text from a file reach
Streamlit elements that render Markdown (``st.markdown``, ``st.success``,
``st.info``, captions, widget labels). :func:`md` escapes every character
Markdown or Streamlit's extensions give a meaning to, so such text shows as
written: ``x **nama** ![t](http://...)`` stays those characters, with no bold
and no image fetched.
"""

from __future__ import annotations

import re

# CommonMark's punctuation escapes, plus Streamlit's :colour[...] / :material/...: directives
# and $ (LaTeX)
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:&])")


def md(text: object) -> str:
    """``text`` escaped for any Markdown-rendering Streamlit element (line breaks become spaces)."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
