"""The presentation view, run in-process with ``AppTest`` on the small demo database.

Every slide renders (both languages) with its question, finding, chart and
table; next / previous change the slide and the URL's ``?slide=``; a link with
``?slide=3`` opens the third slide; the region control sets the shared region
filter; the report is made with a progress indicator and offered as PPTX, PDF
and HTML, and without Chromium only the HTML, with a message saying what is
missing; and the view shows no name or NIP.
"""

from __future__ import annotations

import pytest
import test_pages as base  # the other pages' AppTest fixtures and helpers (tests/ is on sys.path)

from data.demo import REGION_IDS as ALL_REGIONS
from data.demo import REGION_NAMES
from reporting import images
from reporting.story import TOPIC_NAV, TOPICS
from ui.i18n import region_name, t

running_server_page_mode = base.running_server_page_mode
ui_db = base.ui_db
app_env = base.app_env
raw = base.raw
assert_ok, open_page = base.assert_ok, base.open_page

QUESTIONS = {
    "overview": "story.overview.q",
    "competency": "story.competency.q",
    "kinerja": "story.kinerja.q",
    "training": "story.training.q",
    "placement": "story.placement.q",
    "talent": "story.talent.q",
    "succession": "story.succession.q",
}


def title(at) -> str:
    return at.title[0].value


def markdown(at) -> list[str]:
    return [m.value for m in at.markdown]


def button(at, key: str):
    return next(b for b in at.button if b.key == key)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_slide_renders_and_next_previous_step_through(app_env, lang: str) -> None:
    at = open_page("presentasi", {"lang": "en"} if lang == "en" else None)
    for i, topic in enumerate(TOPICS, start=1):
        assert title(at) == t(QUESTIONS[topic], lang), topic
        assert t(TOPIC_NAV[topic], lang) in markdown(at)
        assert t("presentasi.position", lang, n=i, total=len(TOPICS)) in markdown(at)
        assert len(at.get("plotly_chart")) == 1, topic
        assert len(at.table) == 1, topic
        assert at.query_params.get("slide") == (None if i == 1 else str(i))
        assert button(at, "slide_prev").disabled == (i == 1)
        assert button(at, "slide_next").disabled == (i == len(TOPICS))
        if i < len(TOPICS):
            button(at, "slide_next").click().run()
            assert_ok(at)
    button(at, "slide_prev").click().run()
    assert_ok(at)
    assert title(at) == t(QUESTIONS[TOPICS[-2]], lang)
    assert at.query_params.get("slide") == str(len(TOPICS) - 1)


def test_the_slide_comes_from_the_url(app_env) -> None:
    at = open_page("presentasi", {"slide": "3"})
    assert title(at) == t(QUESTIONS[TOPICS[2]])
    # the Page Up / Page Down buttons (a clicker) step too
    button(at, "slide_next_page").click().run()
    assert title(at) == t(QUESTIONS[TOPICS[3]])
    button(at, "slide_prev_page").click().run()
    button(at, "slide_prev_page").click().run()
    assert title(at) == t(QUESTIONS[TOPICS[1]])


def test_talent_slide_shows_the_9box_grid(app_env) -> None:
    """Slide 6 is the 9-box: one small grid per region side by side, a row per box and a
    column per region in the table; for one region its grid and the levels of each box."""
    at = open_page("presentasi", {"slide": str(TOPICS.index("talent") + 1)})
    assert title(at) == t("story.talent.q")
    table = at.table[0].value
    assert list(table[t("col.box")]) == [str(b) for b in range(1, 10)]
    assert [c for c in table.columns if c != t("col.box")] == [region_name(r) for r in ALL_REGIONS]
    assert '"type":"heatmap"' in at.get("plotly_chart")[0].proto.spec.replace(" ", "")
    one = ALL_REGIONS[-1]
    at.segmented_control(key="pres_region").set_value(one).run()
    assert_ok(at)
    table = at.table[0].value
    assert list(table.columns) == [
        t("col.box"),
        t("col.kinerja_level"),
        t("col.potensi_level"),
        REGION_NAMES[one],
    ]
    # the succession pool follows on the next slide, same topic
    button(at, "slide_next").click().run()
    assert title(at) == t("story.succession.q")
    assert t("nav.talenta") in markdown(at)


def test_region_control_sets_the_shared_filter(app_env) -> None:
    at = open_page("presentasi")
    assert at.segmented_control(key="pres_region").value == "all"
    one = ALL_REGIONS[2]
    at.segmented_control(key="pres_region").set_value(one).run()
    assert_ok(at)
    assert at.multiselect(key="wilayah").value == [one]
    table = at.table[0].value
    assert REGION_NAMES[one] in table.columns
    assert not any(REGION_NAMES[r] in table.columns for r in ALL_REGIONS if r != one)
    at.segmented_control(key="pres_region").set_value("all").run()
    assert at.multiselect(key="wilayah").value == list(ALL_REGIONS)
    # two regions chosen in the side filters: the control shows none, a caption says which
    two = ALL_REGIONS[:2]
    at.multiselect(key="wilayah").set_value(two).run()
    assert_ok(at)
    assert at.segmented_control(key="pres_region").value is None
    assert any(", ".join(REGION_NAMES[r] for r in two) in c.value for c in at.caption)


def export_buttons(at) -> dict[str, object]:
    return {b.key: b for b in at.get("download_button")}


def test_report_is_made_with_progress_and_offered_in_three_formats(app_env) -> None:
    if images.unavailable_reason():
        pytest.skip(images.unavailable_reason())
    at = open_page("presentasi")
    buttons = export_buttons(at)
    assert all(b.disabled for b in buttons.values())  # nothing made yet
    button(at, "export_make").click().run(timeout=120)
    assert_ok(at)
    assert at.status and at.status[0].state == "complete"
    buttons = export_buttons(at)
    assert set(buttons) == {"export_pptx", "export_pdf", "export_html"}
    assert not any(b.disabled for b in buttons.values())
    # a changed filter makes the report stale
    at.selectbox(key="jabatan").set_value(2).run()
    assert t("export.stale") in [i.value for i in at.info]
    assert all(b.disabled for b in export_buttons(at).values())


def test_without_chromium_only_html_with_the_reason(app_env, monkeypatch: pytest.MonkeyPatch) -> None:
    reason = "Chart images (PNG) need Chromium, and none was found on this machine."
    monkeypatch.setattr(images, "unavailable_reason", lambda: reason)
    at = open_page("presentasi")
    assert t("export.no_images", reason=reason) in [w.value for w in at.warning]
    button(at, "export_make").click().run(timeout=120)
    assert_ok(at)
    buttons = export_buttons(at)
    assert not buttons["export_html"].disabled
    assert buttons["export_pptx"].disabled and buttons["export_pdf"].disabled


def test_no_name_or_nip_on_any_slide(app_env, raw) -> None:
    people = raw("select nip, name from employees where name like '% %'")
    at = open_page("presentasi")
    seen = []
    for i, _ in enumerate(TOPICS, start=1):
        seen += [e.value for kind in ("title", "markdown", "caption") for e in getattr(at, kind)]
        seen += [at.table[0].value.to_csv(), at.get("plotly_chart")[0].proto.spec]
        if i < len(TOPICS):
            button(at, "slide_next").click().run()
    text = "\n".join(str(s) for s in seen)
    assert [nip for nip, _ in people if nip in text] == []
    assert [name for _, name in people if name in text] == []
