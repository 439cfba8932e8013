"""Number formatting for what users read: id-ID by default, English on request.

Hand-written (no locale database needed): Indonesian uses a dot for thousands
and a comma for decimals (``1.234,5``) and a space before the percent sign
(``45,2 %``); English uses ``1,234.5`` and ``45.2%``. Missing values show as
an en dash. Rounding is half-up on the decimal value people see, so 2.45
becomes ``2,5`` rather than the binary-float ``2,4``.

Every function takes ``lang`` ("id" or "en"); without it the language the
user chose in the sidebar is used (see :mod:`ui.i18n`).
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

MISSING = "–"


def _lang(lang: str | None) -> str:
    if lang is not None:
        return lang
    from reporting.text import current_lang

    return current_lang()


def _is_missing(x) -> bool:
    if x is None:
        return True
    try:
        return math.isnan(float(x))
    except (TypeError, ValueError):
        return True


def _round(x: float, decimals: int) -> Decimal:
    q = Decimal(1).scaleb(-decimals)
    d = Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP)
    return d if d != 0 else abs(d)  # no "-0,0"


def number(x, decimals: int = 0, *, lang: str | None = None, sign: bool = False) -> str:
    """``1234.5`` -> ``1.234,5`` (id) or ``1,234.5`` (en). ``sign`` adds ``+`` to positives."""
    if _is_missing(x):
        return MISSING
    d = _round(x, decimals)
    text = f"{d:,.{decimals}f}"
    if sign and d > 0:
        text = "+" + text
    if _lang(lang) == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def integer(x, *, lang: str | None = None) -> str:
    """A count: ``12345`` -> ``12.345`` (id) or ``12,345`` (en)."""
    return number(x, 0, lang=lang)


def percent(share, decimals: int = 1, *, lang: str | None = None, sign: bool = False) -> str:
    """A share 0–1 as a percentage: ``0.452`` -> ``45,2 %`` (id) or ``45.2%`` (en)."""
    if _is_missing(share):
        return MISSING
    text = number(float(share) * 100, decimals, lang=lang, sign=sign)
    return f"{text} %" if _lang(lang) == "id" else f"{text}%"


def points(x, decimals: int = 1, *, lang: str | None = None) -> str:
    """A difference in points with its sign: ``3.14`` -> ``+3,1``."""
    return number(x, decimals, lang=lang, sign=True)


def num_range(low, high, decimals: int = 1, *, lang: str | None = None) -> str:
    """An interval: ``(2.6, 3.6)`` -> ``2,6–3,6``."""
    return f"{number(low, decimals, lang=lang)}–{number(high, decimals, lang=lang)}"


def formatter(kind: str, *, lang: str | None = None):
    """A one-argument formatting function by kind, for tables.

    Kinds: ``int``, ``num1`` (one decimal), ``num2``, ``pct`` (share 0–1),
    ``pts`` (signed difference, one decimal), ``pp`` (a difference of shares 0–1 in
    signed percentage points, one decimal), ``text``.
    """
    lang = _lang(lang)
    kinds = {
        "int": lambda x: integer(x, lang=lang),
        "num1": lambda x: number(x, 1, lang=lang),
        "num2": lambda x: number(x, 2, lang=lang),
        "pct": lambda x: percent(x, 1, lang=lang),
        "pts": lambda x: points(x, 1, lang=lang),
        "pp": lambda x: points(float(x) * 100, 1, lang=lang),  # a share difference in percentage points
        "text": lambda x: MISSING if x is None else str(x),
    }
    return kinds[kind]
