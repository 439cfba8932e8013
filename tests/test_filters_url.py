"""A shared link whose filters do not exist here (issue #11): a visible notice says what was
ignored, instead of Streamlit dropping the values silently."""

from __future__ import annotations

import test_pages as base  # the pages' AppTest fixtures (tests/ is on sys.path)
from streamlit.testing.v1 import AppTest

from ui.filters import ignored_in_url
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
ui_db, app_env = base.ui_db, base.app_env

NAMES = {"SLT": "Kota Salatiga", "JMB": "Kota Jambi"}
UNITS = {"Bappeda · Kota Salatiga": "SLT", "Diskominfo · Kota Jambi": "JMB"}


def test_what_a_link_holds_that_does_not_exist() -> None:
    params = {
        "wilayah": ["Kota Salatiga", "Kota Atlantis"],
        "tahun": ["2019", "2024", "dua ribu"],
        "unit": ["Diskominfo · Kota Jambi"],  # a unit of a region not chosen
        "jabatan": ["3"],
    }
    assert ignored_in_url(params, NAMES, 2021, 2025, UNITS) == [
        ("wilayah", "Kota Atlantis"),
        ("tahun", "2019"),
        ("tahun", "dua ribu"),
        ("unit", "Diskominfo · Kota Jambi"),
        ("jabatan", "3"),
    ]
    # a good link ignores nothing; with no region in the link any unit of the data will do
    good = {"wilayah": ["Kota Jambi"], "tahun": ["2021", "2025"], "unit": ["Diskominfo · Kota Jambi"]}
    assert ignored_in_url(good, NAMES, 2021, 2025, UNITS) == []
    assert (
        ignored_in_url({"unit": ["Bappeda · Kota Salatiga"], "jabatan": ["2"]}, NAMES, 2021, 2025, UNITS)
        == []
    )
    assert ignored_in_url({"unit": ["Dinas Entah · Kota Jambi"]}, NAMES, 2021, 2025, UNITS) == [
        ("unit", "Dinas Entah · Kota Jambi")
    ]


def test_the_page_says_what_it_ignored(app_env) -> None:
    at = AppTest.from_file(base.APP, default_timeout=90)
    at.query_params.update({"wilayah": ["Kota Salatiga", "Kota **Atlantis**"], "jabatan": "7"})
    at.run()
    base.assert_ok(at)
    notes = [w.value for w in at.warning]
    items = "; ".join(
        [t("filters.url.wilayah", value="Kota \\*\\*Atlantis\\*\\*"), t("filters.url.jabatan", value="7")]
    )
    assert t("filters.url.ignored", items=items) in notes, notes  # a name from the link is text, not markup
    assert at.multiselect(key="wilayah").value == ["SLT"]
    # once: the next run (the link is now the sidebar's) says nothing
    at.run()
    assert not at.warning
