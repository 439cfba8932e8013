"""The Penempatan page, run in-process with ``AppTest`` on the small demo database.

Renders in both languages with every question; the region filter changes the
move rates as the raw tables say; a filter matching nothing shows the empty
state; no NIP or name appears anywhere on the page for a viewer; a signed-in
analyst sees the named candidate list, ranked as ``placement_candidates`` ranks it,
with the reason in words and its own filters.
"""

from __future__ import annotations

import re

import pytest
import test_pages as base  # the other pages' AppTest fixtures and helpers (tests/ is on sys.path)

from analytics import placement
from analytics.filters import Filters
from reporting.safe import md
from ui import auth
from ui import candidate_list as cl
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
    assert (
        len(at.dataframe) == len([b for b in at.download_button if b.label == t("download.csv", lang)]) >= 6
    )
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


def test_region_filter_changes_the_move_rates(app_env, demo_accounts, raw) -> None:
    at = open_page("penempatan")
    at.multiselect(key="wilayah").set_value(["SWL"]).run()
    assert_ok(at)
    y0, y1 = at.slider(key="tahun").value
    rates = at.dataframe[1].value
    assert set(rates[t("col.region")]) == {"SWL"}
    # a viewer sees no kind of move made by 1-4 employees (tests/test_pages_privacy.py);
    # an analyst every number
    assert not base.shown_numbers(rates[t("penempatan.col.moves")]).between(1, 4).any()
    sign_in_as_analyst(at)
    rates = at.dataframe[1].value
    (headcount,) = raw(
        "select count(*) from employees join positions p using (position_id) join units u on u.unit_id = p.unit_id "
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


def everything(at) -> str:
    """page_text plus every element's protobuf in the main area and the sidebar (widget
    labels and options, table data, captions in popovers, ...)."""
    parts = [page_text(at)]

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(str(proto))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return "\n".join(parts)


def test_no_nip_or_name_on_the_page(app_env, raw) -> None:
    at = open_page("penempatan")
    text = everything(at)
    people = raw("select nip, name from employees")
    shown = [p for nip, name in people for p in (nip, name) if p in text]
    assert not shown, shown[:3]
    # nor a NIP-like number in what is shown (18 digits not part of a decimal fraction; the raw
    # protobufs hold ids and binary table data, where such runs of digits occur by chance)
    assert not re.search(r"(?<![\d.])\d{18}(?!\d)", page_text(at))
    # candidates exist in the data, the page counts them (a unit with 1-4 as "<5": the
    # exact counts for analysts are checked in tests/test_pages_privacy.py)
    (candidates,) = raw("select count(distinct nip) from mart_placement_candidates")[0]
    assert candidates > 0
    counts = base.shown_numbers(at.dataframe[-1].value[t("penempatan.col.candidates")])
    assert not counts.between(1, 4).any()
    assert counts.sum() <= candidates
    # the note says how to see the names
    assert t("penempatan.cand.privacy") in infos(at)
    assert t("penempatan.cand.list.q") not in [h.value for h in at.subheader]


# ---------------------------------------------------------------- signed-in analyst


@pytest.fixture
def demo_accounts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "FAILURE_DELAY_S", 0.0)
    monkeypatch.delenv("ASN_USERS_FILE", raising=False)
    monkeypatch.delenv("ASN_DEMO_USERS", raising=False)


def sign_in_as_analyst(at, lang: str = "id"):
    """The documented demo analyst (docs/access.md), through the sidebar form."""
    at.text_input(key="auth_sidebar_username").input("analis")
    at.text_input(key="auth_sidebar_password").input("demo-analis")
    next(b for b in at.button if b.label == t("auth.sign_in", lang)).click().run()
    assert_ok(at)
    return at


def candidate_table(at, lang: str = "id"):
    nip = t("penempatan.cand.col.nip", lang)
    tables = [df.value for df in at.dataframe if nip in df.value.columns]
    assert len(tables) == 1
    return tables[0]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_analyst_sees_the_ranked_list(app_env, demo_accounts, small_db, lang: str) -> None:
    import duckdb

    at = sign_in_as_analyst(open_page("penempatan", {"lang": "en"} if lang == "en" else None), lang)
    assert t("penempatan.cand.list.q", lang) in [h.value for h in at.subheader]
    assert t("penempatan.cand.privacy", lang) not in infos(at)
    assert t("penempatan.cand.personal", lang) in [w.value for w in at.warning]
    shown = candidate_table(at, lang)
    with duckdb.connect(str(small_db), read_only=True) as con:
        expected = placement.placement_candidates(con, Filters())
    assert len(shown) == len(expected) > 0
    first, want = shown.iloc[0], expected.iloc[0]
    col = lambda key: t(f"penempatan.cand.col.{key}", lang)  # noqa: E731
    assert first[t("col.rank", lang)] == want["rank"] == 1
    assert (first[col("nip")], first[col("name")]) == (want["nip"], want["name"])
    assert (first[t("col.unit", lang)], first[col("position")]) == (want["unit_name"], want["position_name"])
    assert (first[col("target")], first[col("target_unit")]) == (
        want["target_position_name"],
        want["target_unit_name"],
    )
    assert first[col("gap")] == want["target_gap"]
    assert first[col("performance")] == cl.performance(next(expected.itertuples(index=False)), lang)
    assert first[col("reason")] == cl.reason(next(expected.itertuples(index=False)), lang)
    assert first[col("issues")] == cl.fit_issues(next(expected.itertuples(index=False)), lang)
    # the list has its CSV download, like every table
    assert len(at.dataframe) == len([b for b in at.download_button if b.label == t("download.csv", lang)])
    # the full reason of the first person, below the list
    assert at.selectbox(key="cand_detail").value == want["nip"]
    assert any(m.value.startswith(f"**{md(want['name'])}**") for m in at.markdown)  # a name is never markup


def test_analyst_filters_the_list(app_env, demo_accounts, raw) -> None:
    at = sign_in_as_analyst(open_page("penempatan"))
    full = candidate_table(at)
    nip_col, name_col = t("penempatan.cand.col.nip"), t("penempatan.cand.col.name")
    # search by a NIP printed spaced: that person's rows only
    nip = full[nip_col].iloc[-1]
    at.text_input(key="cand_search").input(f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}").run()
    assert_ok(at)
    assert set(candidate_table(at)[nip_col]) == {nip}
    assert at.selectbox(key="cand_detail").value == nip
    # by part of a name, case-insensitive
    name = full[name_col].iloc[0]
    at.text_input(key="cand_search").input(name.split()[0].upper()).run()
    assert name in set(candidate_table(at)[name_col])
    at.text_input(key="cand_search").input("").run()
    # by target unit
    (unit_id, unit_name) = raw(
        "select u.unit_id, u.name from units u join mart_placement_candidates c on c.target_unit_id = u.unit_id "
        "group by all order by count(*) desc, u.unit_id limit 1"
    )[0]
    at.multiselect(key="cand_target_unit").set_value([unit_id]).run()
    assert_ok(at)
    assert set(candidate_table(at)[t("penempatan.cand.col.target_unit")]) == {unit_name}
    # nothing matches: a message, no table
    at.text_input(key="cand_search").input("no such person at all").run()
    assert_ok(at)
    assert t("penempatan.cand.list.none") in infos(at)
    assert not [df for df in at.dataframe if nip_col in df.value.columns]


def test_signing_out_hides_the_names_again(app_env, demo_accounts, raw) -> None:
    at = sign_in_as_analyst(open_page("penempatan"))
    nips = [nip for (nip,) in raw("select distinct nip from mart_placement_candidates")]
    # (the check below would see them: while signed in, every candidate's NIP is on the page)
    text = everything(at)
    assert all(nip in text for nip in nips)
    next(b for b in at.sidebar.button if b.label == t("auth.sign_out")).click().run()
    assert_ok(at)
    text = everything(at)
    assert not [nip for nip in nips if nip in text]
    assert t("penempatan.cand.privacy") in infos(at)
