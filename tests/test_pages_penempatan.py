"""The Penempatan page, run in-process with ``AppTest`` on the small demo database.

Renders in both languages with every question; the region filter changes the
move rates as the raw tables say; a filter matching nothing shows the empty
state; and no NIP or name appears anywhere on the page (no one is signed in).
"""

from __future__ import annotations

import re

import pytest
import test_pages as base  # the other pages' AppTest fixtures and helpers (tests/ is on sys.path)

from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
ui_db = base.ui_db
app_env = base.app_env
raw = base.raw
assert_ok, infos, open_page = base.assert_ok, base.infos, base.open_page

QUESTIONS = [
    "penempatan.flows.q",
    "penempatan.rates.q",
    "penempatan.declined.q",
    "penempatan.declined_unit.q",
    "penempatan.fit.q",
    "penempatan.qual.q",
    "penempatan.kinerja.q",
    "penempatan.cand.q",
]


def page_text(at) -> str:
    """Everything the page shows: text elements, table cells, chart specs."""
    parts = [
        e.value for kind in ("title", "subheader", "caption", "markdown", "info") for e in getattr(at, kind)
    ]
    parts += [f"{m.label} {m.value} {m.help}" for m in at.metric]
    parts += [df.value.to_csv() for df in at.dataframe]
    parts += [c.proto.spec for c in at.get("plotly_chart")]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_page_renders(app_env, lang: str) -> None:
    at = open_page("penempatan", {"lang": "en"} if lang == "en" else None)
    assert at.title[0].value == t("penempatan.title", lang)
    subheaders = [s.value for s in at.subheader]
    for key in QUESTIONS:
        assert t(key, lang) in subheaders, key
    assert len(at.get("plotly_chart")) >= 6
    assert len(at.dataframe) == len(at.download_button) >= 6
    assert t("penempatan.cand.privacy", lang) in infos(at)
    assert t("empty", lang) not in infos(at)
    labels = [m.label for m in at.metric]
    assert labels == [t("penempatan.group.all", lang), t("penempatan.group.good_ill_fit", lang)]


def test_flows_by_jenis_jabatan(app_env) -> None:
    at = open_page("penempatan")
    at.segmented_control(key="alur").set_value("jenis_jabatan").run()
    assert_ok(at)
    flows = at.dataframe[0].value
    assert set(flows[t("penempatan.col.from")]) <= {"1", "2", "4"}


def test_region_filter_changes_the_move_rates(app_env, raw) -> None:
    at = open_page("penempatan")
    at.multiselect(key="wilayah").set_value(["SWL"]).run()
    assert_ok(at)
    y0, y1 = at.slider(key="tahun").value
    rates = at.dataframe[1].value
    assert set(rates[t("col.region")]) == {"SWL"}
    (headcount,) = raw(
        "select count(*) from employees join positions using (position_id) join units using (unit_id) "
        "where region_id = 'SWL'"
    )[0]
    (rotations,) = raw(
        "select count(*) from placements pl join positions p on p.position_id = pl.to_position_id "
        "join units u using (unit_id) where u.region_id = 'SWL' and pl.move_type = 'rotasi' "
        "and pl.status = 'executed' and year(pl.effective_date) between ? and ?",
        y0,
        y1,
    )[0]
    row = rates[rates[t("penempatan.col.move_type")] == t("penempatan.move.rotasi")].iloc[0]
    assert row[t("penempatan.col.moves")] == rotations
    assert row[t("col.employees")] == headcount
    assert row[t("penempatan.col.per_100")] == pytest.approx(rotations * 100 / headcount / (y1 - y0 + 1))


def _empty_combo(raw):
    """A unit and jenis jabatan with no current employee and no move into or out of the unit
    into that kind of post."""
    rows = raw(
        """with kinds as (select unnest([1, 2, 4]) as jenis_jabatan),
           combos as (select u.unit_id, u.region_id, k.jenis_jabatan from units u, kinds k),
           staff as (select p.unit_id, p.jenis_jabatan from employees e join positions p using (position_id)),
           moves as (
               select f.unit_id as from_unit, t.unit_id as to_unit, t.jenis_jabatan
               from placements pl
               left join positions f on f.position_id = pl.from_position_id
               join positions t on t.position_id = pl.to_position_id
           )
           select c.unit_id, c.region_id, c.jenis_jabatan from combos c
           where not exists (select 1 from staff s where s.unit_id = c.unit_id and s.jenis_jabatan = c.jenis_jabatan)
             and not exists (
                 select 1 from moves m where m.jenis_jabatan = c.jenis_jabatan
                 and (m.from_unit = c.unit_id or m.to_unit = c.unit_id))
           order by c.unit_id, c.jenis_jabatan
           limit 1"""
    )
    if not rows:
        pytest.skip("no unit without staff and moves of some kind of post in this database")
    return rows[0]


def test_filter_matching_nothing_shows_the_empty_state(app_env, raw) -> None:
    unit_id, region_id, jenis = _empty_combo(raw)
    at = open_page("penempatan")
    at.multiselect(key="wilayah").set_value([region_id]).run()
    at.selectbox(key="unit").set_value(unit_id).run()
    at.selectbox(key="jabatan").set_value(jenis).run()
    assert_ok(at)
    assert t("empty") in infos(at)
    assert t("penempatan.kinerja.none") in infos(at)
    assert not at.get("plotly_chart")
    assert not at.metric


def test_no_nip_or_name_on_the_page(app_env, raw) -> None:
    at = open_page("penempatan")
    text = page_text(at)
    people = raw("select nip, name from employees")
    shown = [p for nip, name in people for p in (nip, name) if p in text]
    assert not shown, shown[:3]
    # nor a NIP-like number (18 digits not part of a decimal fraction)
    assert not re.search(r"(?<![\d.])\d{18}(?!\d)", text)
    # candidates exist in the data, the page counts them
    (candidates,) = raw("select count(distinct nip) from mart_placement_candidates")[0]
    assert candidates > 0
    counts = at.dataframe[-1].value
    assert counts[t("penempatan.col.candidates")].sum() == candidates
