"""The shared filter bar in the sidebar; its state lives in the URL.

Each filter is kept in a query parameter, so a copied link reproduces the view
and the values survive page switches (the sidebar is drawn by ``dashboard.py``
on every run). Regions, years and unit use ``bind="query-params"``; jenis
jabatan keeps its code (see :func:`seed_from_url`). Parameter names are
Indonesian, like the UI: ``wilayah``, ``tahun``, ``unit``, ``jabatan``. A value
equal to its default is left out of the URL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import streamlit as st
from streamlit.errors import StreamlitAPIException

from analytics import did, meta
from analytics.filters import Filters
from reporting import regions
from reporting.safe import md
from ui import db
from ui.i18n import LANGS, current_lang, jenis_jabatan_label, region_name, t

KEY_REGIONS = "wilayah"
KEY_YEARS = "tahun"
KEY_UNIT = "unit"
KEY_JABATAN = "jabatan"
_FILTERS = "_filters"
WANTED_PAGE = "_wanted_page"
# Query parameters bound to widgets (bind="query-params"), here and on pages.
BOUND_KEYS = frozenset({KEY_REGIONS, KEY_YEARS, KEY_UNIT, "min_jp", "batas_bawah", "batas_atas", "pensiun"})
ENTRY_SCRIPT = "dashboard.py"

# "All" is 0 / "" rather than None: a selectbox whose Session State value is None
# shows no selection ("Choose an option") instead of the first option.
ALL_JENIS = 0
ALL_UNITS = ""
JENIS_JABATAN_OPTIONS: list[int] = [ALL_JENIS, 1, 2, 4]
JENIS_JABATAN_CODES = {"1": 1, "2": 2, "4": 4}  # ?jabatan=2


def _year_bounds() -> tuple[int, int]:
    """First and last year of the monthly evaluations (this year if there are none)."""
    bounds = db.meta(meta.year_bounds)
    if bounds is None:
        this_year = dt.date.today().year
        return this_year, this_year
    first, last = bounds
    return int(first), int(last)


def _reset(first: int, last: int) -> None:
    st.session_state[KEY_REGIONS] = list(regions.all_ids())
    st.session_state[KEY_YEARS] = (first, last)
    st.session_state[KEY_UNIT] = ALL_UNITS
    st.session_state[KEY_JABATAN] = ALL_JENIS


def sidebar_filters() -> Filters | None:
    """Draw the filters; return the chosen :class:`Filters` (None if no region is chosen).

    The result is also kept for the page scripts (:func:`current`).
    """
    known = list(regions.all_ids())
    first, last = _year_bounds()

    _url_notice(known, first, last)
    sb = st.sidebar
    # format functions must not look the language up later (AppTest calls them
    # outside the script run), so bind the texts now
    lang = current_lang()
    all_units, all_jenis = t("filters.unit.all"), t("filters.jabatan.all")
    sb.header(t("filters.title"))
    names = {r: region_name(r) for r in known}
    chosen = sb.multiselect(
        t("filters.regions"),
        options=known,
        default=known,
        format_func=lambda r: names.get(r, str(r)),
        key=KEY_REGIONS,
        bind="query-params",
        placeholder=t("widget.choose_many"),
    )
    chosen_regions = tuple(r for r in known if r in chosen)  # canonical order

    if first < last:
        year_from, year_to = sb.slider(
            t("filters.years"),
            min_value=first,
            max_value=last,
            value=(first, last),
            step=1,
            key=KEY_YEARS,
            bind="query-params",
        )
    else:  # one year of data: nothing to choose
        sb.markdown(f"**{t('filters.years')}:** {first}")
        year_from, year_to = first, last

    units = db.meta(meta.unit_options, chosen_regions) if chosen_regions else None
    unit_ids: list[str] = [ALL_UNITS]
    unit_names: dict[str, str] = {}
    if units is not None and not units.empty:
        for row in units.itertuples(index=False):
            unit_ids.append(row.unit_id)
            # names repeat across regions ("Dinas Kesehatan"), so always say which one;
            # the label is also the URL value, so it must not depend on the selection
            unit_names[row.unit_id] = f"{row.unit_name} · {names.get(row.region_id, row.region_id)}"
    _code_not_label(
        KEY_UNIT,
        unit_ids,
        {t("filters.unit.all", lang=lang): ALL_UNITS for lang in LANGS}
        | {name: u for u, name in unit_names.items()},
        ALL_UNITS,
    )
    unit_id = sb.selectbox(
        t("filters.unit"),
        options=unit_ids,
        format_func=lambda u: all_units if u == ALL_UNITS else unit_names.get(u, str(u)),
        key=KEY_UNIT,
        bind="query-params",
    )

    seed_from_url(KEY_JABATAN, JENIS_JABATAN_CODES, ALL_JENIS)
    _code_not_label(
        KEY_JABATAN,
        JENIS_JABATAN_OPTIONS,
        {t("filters.jabatan.all", lang=lang): ALL_JENIS for lang in LANGS}
        | {jenis_jabatan_label(j, lang): j for j in JENIS_JABATAN_OPTIONS[1:] for lang in LANGS},
        ALL_JENIS,
    )
    jenis = sb.selectbox(
        t("filters.jabatan"),
        options=JENIS_JABATAN_OPTIONS,
        format_func=lambda j: all_jenis if j == ALL_JENIS else jenis_jabatan_label(j, lang),
        key=KEY_JABATAN,
    )
    sync_to_url(KEY_JABATAN, jenis, ALL_JENIS)

    sb.button(
        t("filters.reset"),
        on_click=_reset,
        args=(first, last),
        icon=":material/restart_alt:",
        width="stretch",
    )
    sb.caption(t("filters.link"))

    if not chosen_regions:
        sb.warning(t("filters.regions.none"))
        st.session_state[_FILTERS] = None
        return None
    filters = Filters(
        regions=chosen_regions,
        year_from=int(year_from),
        year_to=int(year_to),
        unit_id=unit_id or None,
        jenis_jabatan=jenis or None,
    )
    st.session_state[_FILTERS] = filters
    return filters


def _code_not_label(key: str, codes, labels: dict[str, str], default: str) -> None:
    """Keep a selectbox's value a code across a language switch. Switched back to
    Indonesian, the unit and jenis jabatan boxes came back holding a label (e.g. "Semua
    jenis jabatan", or "All units" of the English run) instead of a code: every page then
    had no data and the label went to the URL. Take the code back from its label (any
    language; ``labels``: label -> code) before the box is drawn, else ``default``."""
    value = st.session_state.get(key)
    if value is None or value in codes:
        return
    st.session_state[key] = labels.get(str(value), default)


URL_CHECKED = "_url_checked"


def ignored_in_url(
    params: dict[str, list[str]],
    region_names: dict[str, str],
    first: int,
    last: int,
    unit_labels: dict[str, str],
) -> list[tuple[str, str]]:
    """The values of a shared link's filters that do not exist here, as (filter, value):
    a region that is not in the database, a year that is no number or outside the data's
    years, a unit of another region (or none at all), a jenis jabatan code that does not
    exist. Streamlit drops such values silently; the page says what it ignored.
    ``unit_labels``: unit label -> its region id (the label is what the URL holds)."""
    ignored: list[tuple[str, str]] = []
    names = {name: rid for rid, name in region_names.items()}
    chosen = [names[v] for v in params.get(KEY_REGIONS, []) if v in names]
    ignored += [(KEY_REGIONS, v) for v in params.get(KEY_REGIONS, []) if v not in names]
    for v in params.get(KEY_YEARS, []):
        if not v.strip().isdigit() or not first <= int(v) <= last:
            ignored.append((KEY_YEARS, v))
    for v in params.get(KEY_UNIT, []):
        region = unit_labels.get(v)
        if region is None or (chosen and region not in chosen):
            ignored.append((KEY_UNIT, v))
    ignored += [(KEY_JABATAN, v) for v in params.get(KEY_JABATAN, []) if v not in JENIS_JABATAN_CODES]
    return ignored


def _url_notice(known: list[str], first: int, last: int) -> None:
    """Once a session, before the filter widgets read the link: say which of its values
    were ignored (a mistyped shared link)."""
    if st.session_state.get(URL_CHECKED):
        return
    st.session_state[URL_CHECKED] = True
    qp = st.query_params
    params = {k: qp.get_all(k) for k in (KEY_REGIONS, KEY_YEARS, KEY_UNIT, KEY_JABATAN) if k in qp}
    if not params:
        return
    names = {r: region_name(r) for r in known}
    units = db.meta(meta.unit_options, tuple(known)) if known else None
    labels = {}
    if units is not None:
        labels = {
            f"{u.unit_name} · {names.get(u.region_id, u.region_id)}": u.region_id for u in units.itertuples()
        }
    ignored = ignored_in_url(params, names, first, last, labels)
    if ignored:
        items = "; ".join(t(f"filters.url.{key}", value=md(value)) for key, value in ignored)
        st.warning(t("filters.url.ignored", items=items), icon=":material/link_off:")


PAGE_RUN = "_page_run"  # session state: set by dashboard.py while it runs the chosen page


@contextlib.contextmanager
def page_run() -> Iterator[None]:
    """``dashboard.py`` runs the chosen page inside this: a page can tell it was routed
    (:func:`current`) without looking at the call stack."""
    st.session_state[PAGE_RUN] = True
    try:
        yield
    finally:
        st.session_state.pop(PAGE_RUN, None)


def current(page_file: str) -> Filters:
    """The filters drawn by ``dashboard.py`` in this run (every page starts with
    ``current(__file__)``).

    A page can be run without ``dashboard.py`` in Streamlit's old ``pages/`` folder
    mode: ``AppTest`` starts every run in it (a server no longer does, since
    :func:`ui.server.navigation_only`; before that its first session did). Then go
    through the entry script, which comes back to this page with the same query string.
    """
    through_entry_script(page_file)
    if _FILTERS not in st.session_state:
        _come_back(page_file)
    return st.session_state[_FILTERS]


def through_entry_script(page_file: str) -> None:
    """Make sure ``dashboard.py`` (sign-in, language, frame) is running this page; if
    not, go through it and come back (pages that need no filters call this)."""
    if not st.session_state.get(PAGE_RUN):
        _come_back(page_file)


def _come_back(page_file: str) -> NoReturn:
    st.session_state[WANTED_PAGE] = Path(page_file).stem
    switch_keeping_query(ENTRY_SCRIPT)


def switch_keeping_query(page) -> NoReturn:
    """``st.switch_page`` that keeps the query string (repeated keys too).

    Streamlit refuses to set a query parameter that is already bound to a widget
    in this session; those widgets keep their values in the session anyway, so
    then only the other parameters are carried over.
    """
    qp = st.query_params
    params = {k: qp.get_all(k) for k in qp}
    try:
        st.switch_page(page, query_params=params)
    except StreamlitAPIException:
        st.switch_page(page, query_params={k: v for k, v in params.items() if k not in BOUND_KEYS})
    raise AssertionError("unreachable: st.switch_page does not return")


# ---------------------------------------------------------------- code-valued URL parameters
# ``bind="query-params"`` writes a widget's *label* to the URL. That suits region
# and unit names, which are the same in both languages, but not labels that are
# translated (jenis jabatan, grain): switching language would leave a URL that no
# longer matches. These widgets keep a short code in the URL instead (``?jabatan=2``,
# ``?grain=year``), written on every run so it survives page switches.


def seed_from_url(key: str, codes: dict[str, object], default: object) -> None:
    """Before drawing a widget: take its starting value from ``?key=code`` (once)."""
    if key not in st.session_state:
        st.session_state[key] = codes.get(st.query_params.get(key, ""), default)


def sync_to_url(key: str, value: object, default: object) -> None:
    """After drawing a widget: put its code in the URL, or drop it at the default."""
    if value == default or value is None:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != str(value):
        st.query_params[key] = str(value)


def impact_outcome() -> str:
    """The kinerja outcome of an effect (Pelatihan's training effect, Penempatan's kinerja
    after a move): automatic (the score where the data have one, else hasil kerja Di Atas)
    or one of :data:`analytics.did.OUTCOMES`; bound to the URL as ``ukuran``, the same on
    both pages."""
    return st.segmented_control(
        t("impact.outcome"),
        options=[did.AUTO, *did.OUTCOMES],
        default=did.AUTO,
        format_func=lambda o: t(f"impact.outcome.{o}"),
        key="ukuran",
        required=True,
        help=t("impact.outcome.help"),
        bind="query-params",
    )
