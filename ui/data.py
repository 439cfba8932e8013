"""Where a page gets its numbers: the cached analytics functions, through the privacy
rules of each metric's spec for anyone but a signed-in analyst, and what an empty
section says."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from analytics import privacy
from reporting import fmt
from reporting.safe import md
from reporting.text import region_name, t
from ui.db import AnalyticsError, query


def fetch(fn: Callable, filters=None, **opts) -> pd.DataFrame | None:
    """Run an analytics function (cached). On failure show a friendly error, return None."""
    try:
        return query(fn, filters, **opts)
    except AnalyticsError:
        st.error(t("error.analytics"), icon=":material/error:")
        return None


def has_rows(df: pd.DataFrame | None) -> bool:
    """True if there is something to draw; otherwise show the empty state (:func:`empty_state`:
    why, where the data checks know) or nothing more if an error is already shown."""
    if df is None:
        return False
    if df.empty:
        empty_state()
        return False
    return True


CURRENT_PAGE = "_ui_current_page"  # session state: the url path of the page being run (dashboard.py)


def empty_state() -> None:
    """Nothing to draw. When the current page lacks data it needs under the current
    filters (:func:`analytics.quality.empty_reasons`), say what, for which regions, and
    which file fills it, with a link to Kualitas Data; otherwise (a filter that selects
    nothing) the generic message. The check is one cached query per filter set."""
    import contextlib

    from streamlit.errors import StreamlitAPIException

    from analytics import quality
    from ui.filters import _FILTERS

    page, filters = st.session_state.get(CURRENT_PAGE), st.session_state.get(_FILTERS)
    reasons, staffed = None, 0
    if page in quality.PAGES and filters is not None:
        try:
            readiness = query(quality.page_readiness, filters)
        except AnalyticsError:
            readiness = None  # the generic message is still true
        reasons = quality.empty_reasons(readiness, page)
        staffed = len(quality.staffed_regions(readiness))
    if reasons is None or reasons.empty:
        st.info(t("empty"), icon=":material/filter_alt_off:")
        return

    viewer, k = not sees_everything(), privacy.min_group_size()

    def count(value, counted: str) -> str:
        small = viewer and counted == "employees" and 0 < value < k
        return privacy.marker(k) if small else fmt.integer(value)

    def place(name: str, have, total, counted: str) -> str:
        if pd.isna(total) or total == 0:
            return name
        unit = t(f"kualitas.counted.{counted}")
        return t(
            "kualitas.empty.counts",
            place=name,
            have=count(have, counted),
            total=count(total, counted),
            unit=unit,
        )

    lines = []
    for requirement, rows in reasons.groupby("requirement", sort=False):
        first = rows.iloc[0]
        if len(rows) == staffed > 2:  # every region the filters select: one sum, not a list
            everywhere = t("kualitas.empty.all_regions", n=staffed)
            places = [place(everywhere, rows["have"].sum(), rows["total"].sum(min_count=1), first.counted)]
        else:
            places = [
                place(md(region_name(r.region_id)), r.have, r.total, r.counted) for r in rows.itertuples()
            ]
        fill = [t("kualitas.fill.template", names=first.template)] if pd.notna(first.template) else []
        if pd.notna(first.export):
            fill.append(t("kualitas.fill.export", name=first.export))
        lines.append(
            t("kualitas.empty.reason", thing=t(f"kualitas.req.{requirement}"), regions=", ".join(places))
            + " "
            + t("kualitas.empty.fill", fill=t("kualitas.fill.or").join(fill))
        )
    with st.container():
        st.info("\n\n".join(lines), icon=":material/database:")
        # outside dashboard.py (no page list) there is no link; the text says where to look
        with contextlib.suppress(StreamlitAPIException):
            st.page_link("pages/kualitas.py", label=t("kualitas.empty.link"), icon=":material/fact_check:")


def sees_everything() -> bool:
    """A signed-in analyst (or admin) sees small groups; everyone else sees them suppressed."""
    from ui.auth import current_user

    return current_user().can("analyst")


def get(fn: Callable, filters=None, **opts) -> pd.DataFrame | None:
    """A metric's frame as this user may see it: the cached result of ``fn`` (see
    :func:`fetch`), and for anyone but a signed-in analyst through
    :func:`analytics.privacy.protect` by the metric's own spec (``fn.spec``): a group
    below the threshold shows "<5", what is computed over it and what would give it back
    "x", in the table, its CSV and XLSX (:func:`table`), and charts drawn from the frame
    leave those cells out (:func:`chart` with ``data=`` says so). The report
    (``reporting.story``) reads the same way, so the screen and the handout cannot differ."""
    if sees_everything():
        return fetch(fn, filters, **opts)
    try:
        return _protected_query(fn, filters, opts)
    except AnalyticsError:
        st.error(t("error.analytics"), icon=":material/error:")
        return None


def protected(df: pd.DataFrame | None, fn: Callable) -> pd.DataFrame | None:
    """``df``, a frame of ``fn``, as this user may see it (see :func:`get`)."""
    if df is None or sees_everything():
        return df
    return privacy.protect(df, fn.spec)


def _protected_query(fn: Callable, filters, opts: dict) -> pd.DataFrame:
    """``fn``'s cached frame through :func:`analytics.privacy.protect`, itself cached: the
    same for every viewer of the same numbers (the rules depend only on the frame, the
    spec and the threshold), so it is not worked out again on every run of every page."""
    from ui import db

    return _cached_protect(
        fn,
        fn.__module__,
        fn.__name__,
        filters,
        tuple(sorted(opts.items())),
        db.data_version(),
        privacy.min_group_size(),
    )


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_protect(
    _fn: Callable, module: str, name: str, filters, opts: tuple, version: str, threshold: int
) -> pd.DataFrame:
    # keyed by the function's module and name (``_fn`` is not hashed), the version and the
    # threshold: query reads the version itself and protect the threshold (ASN_MIN_GROUP_SIZE)
    return privacy.protect(query(_fn, filters, **dict(opts)), _fn.spec)


def story_data():
    """The numbers of the report (:class:`reporting.story.Data`) through the app's cache,
    as the pages read them."""
    from reporting.story import Data
    from ui import db

    return Data(db.query, db.meta)


def public(fn: Callable, filters=None, **opts) -> pd.DataFrame | None:
    """A metric's frame for the public view: through the privacy rules of its spec always,
    whoever looks (a signed-in analyst too), like the open data (:mod:`reporting.opendata`)."""
    try:
        return _protected_query(fn, filters, opts)
    except AnalyticsError:
        st.error(t("error.analytics"), icon=":material/error:")
        return None
