"""The language switch of the app; the texts themselves are :mod:`reporting.text`
(re-exported here, so pages and widgets read ``ui.i18n.t`` as before).

The language is chosen in the sidebar and kept in the session and in the URL as
``?lang=en`` (Indonesian is the default and leaves the URL clean).
"""

from __future__ import annotations

import streamlit as st

from reporting.text import *  # noqa: F403 (the texts, labels and current_lang)
from reporting.text import DEFAULT_LANG, LANG_KEY, LANGS, current_lang, set_lang, t


def language_selector() -> str:
    """Draw the language switch in the sidebar; keep ``?lang=`` in the URL in step.

    Not a bound widget: ``bind="query-params"`` writes the displayed label to the
    URL, and we want the short code (``?lang=en``). The URL is re-written on every
    run, so it also survives a page switch.
    """
    if LANG_KEY not in st.session_state:
        wanted = st.query_params.get(LANG_KEY)
        st.session_state[LANG_KEY] = wanted if wanted in LANGS else DEFAULT_LANG
    st.sidebar.segmented_control(
        t("lang.label"),
        options=list(LANGS),
        format_func=LANGS.get,
        key=LANG_KEY,
        required=True,
        width="stretch",
    )
    set_lang(None)  # this run reads the session's choice (a report built in it too)
    lang = current_lang()
    if lang == DEFAULT_LANG:
        if LANG_KEY in st.query_params:
            del st.query_params[LANG_KEY]
    elif st.query_params.get(LANG_KEY) != lang:
        st.query_params[LANG_KEY] = lang
    return lang
