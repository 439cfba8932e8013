"""User-supplied text on screen: never markup.

File names, unit and post names, people's names, programmes, reasons and any text
from a file reach Streamlit elements that render Markdown (``st.markdown``,
``st.success``, ``st.info``, captions, widget labels). :func:`md` escapes every
character Markdown or Streamlit's extensions give a meaning to, and breaks the
patterns GitHub-flavoured Markdown turns into links by itself (``http://``,
``www.``, an e-mail address) with an invisible word joiner, so such text shows
as written: ``x **nama** ![t](http://...)`` stays those characters, with no bold,
no link and no image fetched. :func:`html_text` is the same for the few snippets
drawn with ``unsafe_allow_html``.
"""

from __future__ import annotations

import html
import re

# CommonMark's punctuation escapes, plus Streamlit's :colour[...] / :material/...: directives
# and $ (LaTeX)
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:&])")
# what GFM's autolink extension links without any markup: a scheme's "://", "www.", "x@y"
_AUTOLINK = re.compile(r"(?i)(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)")
WORD_JOINER = "\u2060"


def md(text: object) -> str:
    """``text`` escaped for any Markdown-rendering Streamlit element (line breaks become spaces)."""
    flat = " ".join(str(text).split())
    return _SPECIAL.sub(r"\\\1", _AUTOLINK.sub(WORD_JOINER, flat))


def html_text(text: object) -> str:
    """``text`` for an ``unsafe_allow_html`` snippet: tags and entities shown, not obeyed."""
    return html.escape(str(text), quote=True)


def md_frame(frame):
    """A DataFrame for ``st.table``, which renders every cell and header as Markdown: text
    cells and the column names escaped (:func:`md`), other cells as they are."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype).startswith("str"):
            out[col] = out[col].map(lambda v: md(v) if isinstance(v, str) else v)
    out.columns = [md(c) if isinstance(c, str) else c for c in out.columns]
    return out
