"""Presentasi: the story one topic per screen, for a projector (1280 x 720).

Large type, the sidebar folded away, the slide number in the URL (``?slide=3``),
previous / next buttons that the arrow keys and a clicker's Page Up / Page Down
also press, a choice of one region or all side by side (it sets the shared
region filter), and the report of the current filters as PPTX, PDF and HTML.
The slides come from :mod:`reporting.story` (aggregates only, small groups shown as
"<5"), the files from :mod:`reporting.report`.
"""

from __future__ import annotations

import logging
import time

import streamlit as st

from analytics import privacy
from analytics.safelog import log_failure
from reporting.images import unavailable_reason
from reporting.regions import all_ids as all_region_ids
from reporting.report import HTML_MIME, PDF_MIME, PPTX_MIME, file_stem, make_reports
from reporting.safe import md, md_frame
from reporting.story import TOPICS, build_slide, build_story, jabatan_label, regions_label, unit_label
from ui import components as ui
from ui import db
from ui.filters import KEY_REGIONS, current, seed_from_url, sync_to_url
from ui.i18n import current_lang, region_name, t

log = logging.getLogger(__name__)

KEY_SLIDE = "slide"
KEY_REGION_CHOICE = "pres_region"
ALL = "all"
EXPORT = "_pres_export"
CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
SLIDE_CODES = {str(i): i for i in range(1, len(TOPICS) + 1)}  # ?slide=1..7
# The region choice is a row of buttons while "All" and the regions' names fit beside the
# slide buttons at 1280 px (the demo's four), else a dropdown (any number of regions).
SEGMENTED_MAX_REGIONS = 5
SEGMENTED_MAX_CHARS = 80
# A slide's table with more columns than this goes under the chart, and the chart gets the
# full width: also when more regions than STACKED_REGIONS share its legend.
SIDE_TABLE_COLUMNS = 6
STACKED_REGIONS = 6

# Large type for a room; the sidebar's toggle stays, so filters can still be reached.
# The two Page Up / Page Down buttons exist only for their keyboard shortcuts.
CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 3.6rem; padding-bottom: 1rem; max-width: 100%; }
[data-testid="stMain"] h1 { font-size: 2.2rem; line-height: 1.2; padding: 0 0 0.2rem; }
.st-key-pres_finding p { font-size: 1.35rem; line-height: 1.35; font-weight: 500; }
.st-key-pres_topic p { font-size: 1rem; text-transform: uppercase; letter-spacing: .08em; color: #0072B2;
                       margin: 0; }
.st-key-pres_table table { font-size: 0.95rem; }
.st-key-pres_table th, .st-key-pres_table td { padding: 0.15rem 0.45rem; line-height: 1.3; }
.st-key-pres_position p { font-size: 1.15rem; font-weight: 600; margin: 0; }
.st-key-slide_prev_page, .st-key-slide_next_page { display: none; }
</style>
"""

filters = current(__file__)
lang = current_lang()
# the sidebar is folded by dashboard.py (FOLDED_PAGES), before anything is drawn
st.html(CSS)
n = len(TOPICS)


# ---------------------------------------------------------------- slide number (in the URL)
def _go(step: int) -> None:
    st.session_state[KEY_SLIDE] = min(max(int(st.session_state.get(KEY_SLIDE, 1)) + step, 1), n)


def _choose_region(known: list[str]) -> None:
    """The region control writes the shared region filter (a callback: before the sidebar draws)."""
    choice = st.session_state.get(KEY_REGION_CHOICE)
    if choice == ALL:
        st.session_state[KEY_REGIONS] = list(known)
    elif choice:
        st.session_state[KEY_REGIONS] = [choice]


seed_from_url(KEY_SLIDE, SLIDE_CODES, 1)
index = min(max(int(st.session_state[KEY_SLIDE]), 1), n)
sync_to_url(KEY_SLIDE, index, 1)

# ---------------------------------------------------------------- toolbar: region, position, previous / next
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
with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
    region_control = st.segmented_control if as_buttons else st.selectbox
    region_control(
        t("presentasi.region"),
        options=list(labels),
        format_func=lambda r: labels.get(r, str(r)),
        key=KEY_REGION_CHOICE,
        on_change=_choose_region,
        args=(known,),
        label_visibility="collapsed",
        **({} if as_buttons else {"index": None, "placeholder": t("presentasi.region.some"), "width": 360}),
    )
    st.space("stretch")
    st.button(
        t("presentasi.prev"),
        key="slide_prev",
        on_click=_go,
        args=(-1,),
        icon=":material/arrow_back:",
        disabled=index <= 1,
        shortcut="Left",
    )
    with st.container(key="pres_position", width="content"):
        st.markdown(t("presentasi.position", n=index, total=n))
    st.button(
        t("presentasi.next"),
        key="slide_next",
        on_click=_go,
        args=(1,),
        icon=":material/arrow_forward:",
        icon_position="right",
        type="primary",
        disabled=index >= n,
        shortcut="Right",
    )
    st.button(
        "PageUp", key="slide_prev_page", on_click=_go, args=(-1,), disabled=index <= 1, shortcut="PageUp"
    )
    st.button(
        "PageDown", key="slide_next_page", on_click=_go, args=(1,), disabled=index >= n, shortcut="PageDown"
    )
if st.session_state[KEY_REGION_CHOICE] is None:
    st.caption(t("presentasi.region.custom", regions=md(regions_label(chosen))))

# ---------------------------------------------------------------- the slide
try:
    slide = build_slide(TOPICS[index - 1], filters, ui.story_data())
except db.AnalyticsError:
    st.error(t("error.analytics"), icon=":material/error:")
    st.stop()

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
    if len(slide.table.columns) <= SIDE_TABLE_COLUMNS and len(chosen) <= STACKED_REGIONS:
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
caption = slide.how_to_read
if slide.suppressed:
    caption += " " + t("report.suppressed", k=privacy.min_group_size())
st.caption(caption)
st.caption(
    t(
        "presentasi.filters",
        y0=filters.year_from,
        y1=filters.year_to,
        unit=md(unit_label(filters, ui.story_data())),
        jabatan=jabatan_label(filters),
    )
    + " "
    + t("presentasi.keys")
)


# ---------------------------------------------------------------- report export
def _make_report(wanted: tuple) -> None:
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


with st.expander(t("export.title"), icon=":material/download:"):
    k = privacy.min_group_size()
    st.caption(t("export.intro", k=k))
    wanted = (filters, lang, k, db.data_version())
    if st.button(t("export.make"), key="export_make", icon=":material/slideshow:"):
        _make_report(wanted)
    made = st.session_state.get(EXPORT)
    if made is not None and made["key"] != wanted:
        st.info(t("export.stale"), icon=":material/update:")
        made = None
    reason = made["reason"] if made else unavailable_reason()
    if reason is not None:  # PPTX and PDF need chart images; say what is missing
        st.warning(t("export.no_images", reason=reason), icon=":material/image_not_supported:")
    files = made["files"] if made else {}
    stem = made["stem"] if made else "laporan"
    with st.container(horizontal=True):
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
            )
