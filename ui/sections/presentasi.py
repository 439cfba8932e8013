"""The presentation view's parts (``pages/presentasi.py`` reads filters → slide → draw).

Laid out for a projector at 1280 x 720: one toolbar row on top with the region choice,
previous / next and the slide's number, and the report's downloads in a popover there
(the controls never go below the fold); then the topic, the question, the finding and
the chart with the numbers beside it (under it when the table is wide or many regions
share the legend), and how to read it with its caveats.
"""

from __future__ import annotations

import logging
import time

import streamlit as st

from analytics import privacy
from analytics.filters import Filters
from analytics.safelog import log_failure
from reporting import images
from reporting.regions import all_ids as all_region_ids
from reporting.report import HTML_MIME, PDF_MIME, PPTX_MIME, file_stem, make_reports
from reporting.safe import md, md_frame
from reporting.story import Slide, build_story, jabatan_label, regions_label, unit_label
from ui import components as ui
from ui import db
from ui.filters import KEY_REGIONS, seed_from_url, sync_to_url
from ui.i18n import current_lang, region_name, t

log = logging.getLogger(__name__)

KEY_SLIDE = "slide"
KEY_REGION_CHOICE = "pres_region"
ALL = "all"
EXPORT = "_pres_export"
CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
# The region choice is a row of buttons while "All" and the regions' names fit beside the
# slide buttons at 1280 px (the demo's four), else a dropdown (any number of regions).
SEGMENTED_MAX_REGIONS = 5
SEGMENTED_MAX_CHARS = 80
# A slide's table with more columns than this goes under the chart, and the chart gets the
# full width: also when more regions than STACKED_REGIONS share its legend.
SIDE_TABLE_COLUMNS = 6
STACKED_REGIONS = 6

# Large type for a room, narrow side padding (the sidebar is folded: its toggle stays, so
# the filters can still be reached). The Page Up / Page Down buttons exist only for their
# keyboard shortcuts. Value cells of the table never wrap ("3.129 (34,9 %)" on one line).
CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding: 3.6rem 2.5rem 1rem; max-width: 100%; }
[data-testid="stMain"] h1 { font-size: 2.1rem; line-height: 1.2; padding: 0 0 0.2rem; }
.st-key-pres_finding p { font-size: 1.35rem; line-height: 1.35; font-weight: 500; }
.st-key-pres_topic p { font-size: 1rem; text-transform: uppercase; letter-spacing: .08em; color: #0072B2;
                       margin: 0; }
.st-key-pres_table table { font-size: 0.95rem; }
.st-key-pres_table th, .st-key-pres_table td { padding: 0.15rem 0.45rem; line-height: 1.3; }
.st-key-pres_table td, .st-key-pres_table td * { white-space: nowrap !important; }
.st-key-pres_position p { font-size: 1.15rem; font-weight: 600; margin: 0; }
.st-key-slide_prev_page, .st-key-slide_next_page { display: none; }
</style>
"""


def slide_number(n: int) -> int:
    """The slide on screen, 1..n, from the session or the URL (``?slide=3``), kept in the URL."""
    seed_from_url(KEY_SLIDE, {str(i): i for i in range(1, n + 1)}, 1)
    index = min(max(int(st.session_state[KEY_SLIDE]), 1), n)
    sync_to_url(KEY_SLIDE, index, 1)
    return index


def _go(step: int, n: int) -> None:
    st.session_state[KEY_SLIDE] = min(max(int(st.session_state.get(KEY_SLIDE, 1)) + step, 1), n)


def _choose_region(known: list[str]) -> None:
    """The region control writes the shared region filter (a callback: before the sidebar draws)."""
    choice = st.session_state.get(KEY_REGION_CHOICE)
    if choice == ALL:
        st.session_state[KEY_REGIONS] = list(known)
    elif choice:
        st.session_state[KEY_REGIONS] = [choice]


def toolbar(filters: Filters, index: int, n: int) -> None:
    """One row: the region choice, previous / position / next (the arrow keys and a
    clicker's Page Up / Page Down press them) and the report's downloads."""
    known = list(all_region_ids())
    chosen = tuple(filters.regions)
    st.session_state[KEY_REGION_CHOICE] = (
        ALL if chosen == tuple(known) else chosen[0] if len(chosen) == 1 else None
    )
    labels = {ALL: t("presentasi.region.all")} | {r: region_name(r) for r in known}
    as_buttons = (
        len(known) <= SEGMENTED_MAX_REGIONS
        and sum(len(label) for label in labels.values()) <= SEGMENTED_MAX_CHARS
    )
    with st.container(horizontal=True, vertical_alignment="center", gap="small"):
        control = st.segmented_control if as_buttons else st.selectbox
        control(
            t("presentasi.region"),
            options=list(labels),
            format_func=lambda r: labels.get(r, str(r)),
            key=KEY_REGION_CHOICE,
            on_change=_choose_region,
            args=(known,),
            label_visibility="collapsed",
            **(
                {}
                if as_buttons
                else {"index": None, "placeholder": t("presentasi.region.some"), "width": 320}
            ),
        )
        st.space("stretch")
        # no arrow icons: the shortcut's key (← →) is shown on the button already
        st.button(t("presentasi.prev"), key="slide_prev", on_click=_go, args=(-1, n), disabled=index <= 1,
                  shortcut="Left")  # fmt: skip
        with st.container(key="pres_position", width="content"):
            st.markdown(t("presentasi.position", n=index, total=n))
        st.button(t("presentasi.next"), key="slide_next", on_click=_go, args=(1, n), type="primary",
                  disabled=index >= n, shortcut="Right")  # fmt: skip
        st.button(
            "PageUp",
            key="slide_prev_page",
            on_click=_go,
            args=(-1, n),
            disabled=index <= 1,
            shortcut="PageUp",
        )
        st.button("PageDown", key="slide_next_page", on_click=_go, args=(1, n), disabled=index >= n,
                  shortcut="PageDown")  # fmt: skip
        with st.popover(t("export.title"), icon=":material/download:"):
            export_panel(filters)
    if st.session_state[KEY_REGION_CHOICE] is None:
        st.caption(t("presentasi.region.custom", regions=md(regions_label(chosen))))


def slide(slide: Slide, filters: Filters) -> None:
    """The topic, the question, the finding, the chart with its numbers, how to read it."""
    with st.container(key="pres_topic"):
        st.markdown(slide.topic)
    st.title(slide.title)
    with st.container(key="pres_finding"):
        st.markdown(md(slide.finding))  # names of regions are data, never markup
    if slide.figure is None:
        ui.empty_state()
    else:
        # the table beside the chart, or under it at full width when it has many columns
        # (one per kotak with many regions) or many regions share the chart's legend
        if len(slide.table.columns) <= SIDE_TABLE_COLUMNS and len(filters.regions) <= STACKED_REGIONS:
            chart_col, table_col = st.columns([5, 4], gap="medium")
        else:
            chart_col = table_col = st.container()
        with chart_col:
            # theme=None: the slide's own look, the same as in the exported files
            st.plotly_chart(
                slide.figure, theme=None, width="stretch", key=f"slide_{slide.id}", config=CHART_CONFIG
            )
        with table_col, st.container(key="pres_table"):
            st.table(md_frame(slide.table), hide_index=True)  # st.table renders cells as Markdown
    st.caption(" ".join([slide.how_to_read, *slide.caveats]))
    where = t(
        "presentasi.filters",
        y0=filters.year_from,
        y1=filters.year_to,
        unit=md(unit_label(filters, ui.story_data())),
        jabatan=jabatan_label(filters),
    )
    st.caption(f"{where} {t('presentasi.keys')}")


# ---------------------------------------------------------------- the report's files
def _make_report(filters: Filters, wanted: tuple) -> None:
    """Build the story and the three files with a progress bar; keep them for the downloads."""
    started = time.perf_counter()
    with st.status(t("export.working"), expanded=True) as status:
        bar = st.progress(0.0, text=t("export.step.story"))
        try:
            story = build_story(filters, ui.story_data())
            files, reason = make_reports(story, progress=lambda f, m: bar.progress(f, text=m))
        except Exception as exc:  # the message may hold data: neither the log nor the user gets it
            log_failure(log, "report export", exc)
            status.update(label=t("export.failed"), state="error")
            return
        seconds = f"{time.perf_counter() - started:.0f}"
        status.update(label=t("export.done", seconds=seconds), state="complete", expanded=False)
    st.session_state[EXPORT] = {"key": wanted, "files": files, "reason": reason, "stem": file_stem(story)}


def export_panel(filters: Filters) -> None:
    """Make the report of the current filters, then download it as PPTX, PDF or HTML."""
    k = privacy.min_group_size()
    st.caption(t("export.intro", k=k))
    wanted = (filters, current_lang(), k, db.data_version())
    if st.button(t("export.make"), key="export_make", icon=":material/slideshow:"):
        _make_report(filters, wanted)
    made = st.session_state.get(EXPORT)
    if made is not None and made["key"] != wanted:
        st.info(t("export.stale"), icon=":material/update:")
        made = None
    reason = made["reason"] if made else images.unavailable_reason()  # (looked up now: tests swap it)
    if reason is not None:  # PPTX and PDF need chart images; say what is missing
        st.warning(t("export.no_images", reason=reason), icon=":material/image_not_supported:")
    files = made["files"] if made else {}
    stem = made["stem"] if made else "laporan"
    for ext, label, mime in (
        ("pptx", "export.pptx", PPTX_MIME),
        ("pdf", "export.pdf", PDF_MIME),
        ("html", "export.html", HTML_MIME),
    ):
        st.download_button(
            t(label),
            data=lambda ext=ext: files.get(ext, b""),  # no re-hashing of the bytes on every slide
            file_name=f"{stem}.{ext}",
            mime=mime,
            key=f"export_{ext}",
            icon=":material/download:",
            disabled=ext not in files,
            on_click="ignore",
            width="stretch",
        )
