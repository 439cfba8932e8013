"""The sections of the public transparency view, Data Publik (issue #14): no sign-in, the
privacy threshold always applied, open data to download."""

from __future__ import annotations

import streamlit as st

from analytics import meta
from analytics.filters import Filters
from analytics.snapshot import WriterBusy
from reporting import opendata
from reporting.text import t
from ui import db
from ui.auth import current_user

_SWITCH = "publik_on"


def _switched() -> None:
    """The admin's switch, stored before the run that follows the click (one run, issue #13)."""
    wanted = bool(st.session_state[_SWITCH])
    try:
        with db.writing(timeout=10) as w:
            w.con.execute(
                "insert or replace into dataset_info values ('public_view', ?)", ["on" if wanted else "off"]
            )
    except WriterBusy:
        st.toast(t("unggah.busy"), icon=":material/hourglass_top:")
    db.clear()


def enabled() -> bool:
    """Is the public view on? An admin sees a switch to turn it off (or on again)."""
    con = db.connection()
    on = opendata.public_view_enabled(con)
    if current_user().can("admin"):
        st.session_state[_SWITCH] = on  # as stored (another admin may have switched it meanwhile)
        st.toggle(t("publik.admin.toggle"), help=t("publik.admin.help"), key=_SWITCH, on_change=_switched)
        return True
    if not on:
        st.info(t("publik.off"), icon=":material/visibility_off:")
    return on


def open_data(filters: Filters) -> None:
    """Every public table as CSV with its metadata, and the DCAT catalogue (also served at
    /opendata/catalog.json for the regional portal)."""
    st.subheader(t("publik.opendata.title"))
    st.caption(t("publik.opendata.c", catalog="`/opendata/catalog.json`"))
    con = db.connection()
    for dataset, source in opendata.DATASETS.items():
        with st.container(horizontal=True, gap="small"):
            st.download_button(
                t("publik.download.csv", title=t(source.title)),
                data=lambda d=dataset: opendata.csv_bytes(con, d, filters),
                file_name=f"{dataset}.csv", mime="text/csv", key=f"open_{dataset}", on_click="ignore",
                icon=":material/download:",
            )  # fmt: skip
            st.download_button(
                t("publik.download.meta"),
                data=lambda d=dataset: opendata.json_bytes(opendata.metadata(con, d, filters=filters)),
                file_name=f"{dataset}.json", mime="application/json", key=f"meta_{dataset}", on_click="ignore",
            )  # fmt: skip
    st.download_button(
        t("publik.download.catalog"),
        data=lambda: opendata.json_bytes(opendata.catalog(con, filters=filters)),
        file_name="catalog.json", mime="application/json", key="open_catalog", on_click="ignore",
        icon=":material/dataset:",
    )  # fmt: skip


def data_version() -> str:
    info = db.meta(meta.dataset_info) or {}
    return str(info.get("imported_at") or info.get("built_at") or "")[:10]
