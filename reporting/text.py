"""What users read, in Bahasa Indonesia (default) and English — without Streamlit.

``t("key")`` looks a string up in :data:`STRINGS` (:mod:`reporting.strings`);
``t("key", n=3)`` fills ``{n}``; ``t("key", "en")`` asks for a language. The language
is the one set for this context (:func:`using_lang`, :func:`set_lang`), else — in a
Streamlit run — the one the user chose in the sidebar (``ui.i18n`` keeps it in the
session and the URL as ``?lang=en``), else Indonesian. Labels for codes (predikat,
jenis jabatan, JPM bands, training categories, competencies) come from
:mod:`analytics.reference`, so there is one source for them.

This module never imports Streamlit: the report, the charts and the files are built
with it in scripts and tests as in the app.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from contextvars import ContextVar

from analytics import reference as ref
from reporting.strings import STRINGS

LANGS = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANG = "id"
LANG_KEY = "lang"  # the Streamlit session key (ui.i18n)

_LANG: ContextVar[str | None] = ContextVar("lang", default=None)


def current_lang() -> str:
    """The language of this context: set by :func:`using_lang` / :func:`set_lang`, else the
    Streamlit session's choice (if this is a Streamlit run), else Indonesian."""
    lang = _LANG.get()
    if lang is None:
        st = sys.modules.get("streamlit")  # only if the app has loaded it: never imported here
        try:
            lang = st.session_state.get(LANG_KEY) if st is not None else None
        except Exception:  # outside a Streamlit run (plain scripts, unit tests)
            lang = None
    return lang if lang in LANGS else DEFAULT_LANG


def set_lang(lang: str | None) -> None:
    """Set the language of this context (None: back to the session's, or Indonesian)."""
    _LANG.set(lang if lang in LANGS else None)


@contextlib.contextmanager
def using_lang(lang: str) -> Iterator[None]:
    """Texts in ``lang`` inside the block (a report in English from a script)."""
    token = _LANG.set(lang if lang in LANGS else DEFAULT_LANG)
    try:
        yield
    finally:
        _LANG.reset(token)


def pick(pair: tuple[str, str], lang: str | None = None) -> str:
    """The Indonesian or English one of a ``(id, en)`` pair: the one translation rule."""
    return pair[1] if (lang or current_lang()) == "en" else pair[0]


def t(key: str, lang: str | None = None, **values) -> str:
    """The text for ``key`` in the current language, with ``{placeholders}`` filled."""
    pair = STRINGS.get(key)
    if pair is None:
        return key  # visible but harmless; tests check that every key used exists
    text = pick(pair, lang)
    return text.format(**values) if values else text


# ---------------------------------------------------------------- code labels
_PREDIKAT = ref.PREDIKAT_LABELS
_JENIS = ref.JENIS_JABATAN
_CATEGORIES = {c[0]: (c[1], c[2]) for c in ref.TRAINING_CATEGORIES}
_BANDS = {b[1]: (b[4], b[5]) for b in ref.JPM_BANDS}
_COMPETENCIES = {c[0]: (c[2], c[3]) for c in ref.COMPETENCIES}
_INDICATORS = {"hasil_kerja", "perilaku", "sikap", "disiplin"}


def _pick(pair: tuple[str, str] | None, code, lang: str | None) -> str:
    if pair is None:
        return "–" if code is None else str(code)
    return pick(pair, lang)


def _int_or_none(code):
    try:
        return int(code)
    except (TypeError, ValueError):
        return None


def region_name(code: str) -> str:
    """A region's name (regions are data: :mod:`reporting.regions`)."""
    from reporting import regions

    return regions.region_name(code)


def predikat_label(code, lang: str | None = None) -> str:
    return _pick(_PREDIKAT.get(_int_or_none(code)), code, lang)


def jenis_jabatan_label(code, lang: str | None = None) -> str:
    return _pick(_JENIS.get(_int_or_none(code)), code, lang)


def category_label(code, lang: str | None = None) -> str:
    return _pick(_CATEGORIES.get(code), code, lang)


def jpm_band_label(code, lang: str | None = None) -> str:
    pair = _BANDS.get(code)
    if not pair:
        return str(code)
    name = _pick(pair, code, lang)
    return name if name == code else f"{code} – {name}"  # "MS – Memenuhi Syarat", "Optimal"


def competency_label(code, lang: str | None = None) -> str:
    return _pick(_COMPETENCIES.get(code), code, lang)


def indicator_label(code, lang: str | None = None) -> str:
    return t(f"indicator.{code}", lang) if code in _INDICATORS else str(code)


def grain_label(code: str, lang: str | None = None) -> str:
    return t(f"grain.{code}", lang)
