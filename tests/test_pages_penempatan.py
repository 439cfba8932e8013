"""The Penempatan page, run in-process with ``AppTest`` on the small demo database.

Renders in both languages with every question; the region filter changes the
move rates as the raw tables say; a filter matching nothing shows the empty
state; no NIP or name appears anywhere on the page for a viewer; a signed-in
analyst sees the named candidate list, ranked as ``placement_candidates`` ranks it,
with the reason in words and its own filters.
"""

from __future__ import annotations

import json
import re

import pytest
import test_pages as base  # the other pages' AppTest fixtures and helpers (tests/ is on sys.path)

from analytics import placement
from analytics.filters import Filters
from reporting import fmt
from reporting.charts import placement as pc
from reporting.safe import md
from ui import auth
from ui import candidate_list as cl
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
ui_db = base.ui_db
app_env = base.app_env
raw = base.raw
assert_ok, infos, open_page = base.assert_ok, base.infos, base.open_page

QUESTIONS = [  # sections, in the order the page draws them under its answer
    "penempatan.kinerja.q",
    "penempatan.rates.q",
    "penempatan.declined.q",
    "penempatan.fit.q",
    "penempatan.qual.q",
    "penempatan.cand.q",
]
FOLDED = [  # behind an expander, with their tables and downloads
    "penempatan.more.kinerja",
    "penempatan.more.moves",
    "penempatan.more.fit",
    "penempatan.flows.q",
    "penempatan.more.candidates",
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
    assert subheaders == [t(key, lang) for key in QUESTIONS]
    assert [e.label for e in at.expander] == [t(key, lang) for key in FOLDED]
    assert f"**{t('penempatan.declined_unit.q', lang)}**" in [m.value for m in at.markdown]  # moves' expander
    assert len(at.get("plotly_chart")) >= 7
    assert (
        len(at.dataframe) == len([b for b in at.download_button if b.label == t("download.csv", lang)]) >= 6
    )
    assert t("penempatan.cand.privacy", lang) in infos(at)
    assert t("empty", lang) not in infos(at)
    labels = [m.label for m in at.metric]
    assert labels == [t("penempatan.group.all", lang), t("penempatan.group.good_ill_fit", lang)]


def table(at, *headers: str):
    """The one table on the page with these column headers (keys of ``t``)."""
    found = [df.value for df in at.dataframe if all(t(h) in df.value.columns for h in headers)]
    assert len(found) == 1, headers
    return found[0]


def test_flows_by_jenis_jabatan(app_env, raw) -> None:
    at = open_page("penempatan")
    at.segmented_control(key="alur").set_value("jenis_jabatan").run()
    assert_ok(at)
    flows = table(at, "penempatan.col.from", "penempatan.col.to")
    assert set(flows[t("penempatan.col.from")]) <= {"1", "2", "4"}
    # no flow from a kind of post to itself: those moves are counted beside the diagram
    assert not (flows[t("penempatan.col.from")] == flows[t("penempatan.col.to")]).any()
    (within,) = raw(
        "select count(*) from placements pl join positions f on f.position_id = pl.from_position_id "
        "join positions p on p.position_id = pl.to_position_id join units u on u.unit_id = p.unit_id "
        "where u.region_id = 'DKI' and pl.status = 'executed' and pl.move_type <> 'pengangkatan' "
        "and f.jenis_jabatan = p.jenis_jabatan"
    )[0]
    caption = next(
        c.value for c in at.caption if c.value.startswith(t("penempatan.flows.within.jenis_jabatan")[:12])
    )
    assert f"Pemprov DKI Jakarta {fmt.integer(within)} dari" in caption.replace("\\", "")


def test_the_sankey_leaves_out_moves_within_a_unit(app_env) -> None:
    at = open_page("penempatan")
    flows = table(at, "penempatan.col.from", "penempatan.col.to")
    assert len(flows) > 0
    assert not (flows[t("penempatan.col.from")] == flows[t("penempatan.col.to")]).any()
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    (sankey,) = [s for s in specs if s["data"] and s["data"][0].get("type") == "sankey"]
    labels = [x for x in sankey["data"][0]["node"]["label"] if x]
    assert 0 < len(labels) <= 2 * pc.SANKEY_LABELS  # only the ends of the largest flows are named


def test_region_filter_changes_the_move_rates(app_env, demo_accounts, raw) -> None:
    at = open_page("penempatan")
    at.multiselect(key="wilayah").set_value(["SWL"]).run()
    assert_ok(at)
    y0, y1 = at.slider(key="tahun").value
    rates = table(at, "penempatan.col.per_100", "col.employees")
    assert set(rates[t("col.region")]) == {"SWL"}
    # a viewer sees no kind of move made by 1-4 employees (tests/test_pages_privacy.py);
    # an analyst every number
    assert not base.shown_numbers(rates[t("penempatan.col.moves")]).between(1, 4).any()
    sign_in_as_analyst(at)
    rates = table(at, "penempatan.col.per_100", "col.employees")
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
    counts = base.shown_numbers(
        table(at, "penempatan.col.candidates", "col.unit")[t("penempatan.col.candidates")]
    )
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


# ---------------------------------------------------------------- the answer first


def in_order(at) -> list[tuple[str, str]]:
    """The main area's text elements in the order the page draws them: (type, text)."""
    out: list[tuple[str, str]] = []

    def walk(node) -> None:
        kind = getattr(node, "type", "")
        if kind in ("title", "subheader", "markdown", "caption", "info", "expander"):
            out.append((kind, str(getattr(node, "value", None) or getattr(node, "label", ""))))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at.main)
    return out


def lead_sentences(at) -> list[str]:
    """The markdown between the title and the first section: the page's answer."""
    elements = in_order(at)
    start = next(i for i, (kind, _) in enumerate(elements) if kind == "title")
    end = next(i for i, (kind, _) in enumerate(elements) if kind == "subheader")
    texts = [text for kind, text in elements[start:end] if kind == "markdown"]
    # ui.sections.headline: one paragraph a sentence, the first in bold
    return [s for text in texts for s in text.replace("**", "").split("\n\n")]


def rates_by_region(raw, y0: int, y1: int) -> dict[str, dict]:
    """Rotations, transfers and promotions carried out per region (the region of the post
    moved into), by kind, and the region's headcount: straight from the raw tables."""
    moves = raw(
        "select u.region_id, pl.move_type, count(*) from placements pl "
        "join positions p on p.position_id = pl.to_position_id join units u using (unit_id) "
        "where pl.status = 'executed' and pl.move_type in ('rotasi', 'mutasi', 'promosi') "
        "and year(pl.effective_date) between ? and ? group by all",
        y0,
        y1,
    )
    heads = raw(
        "select u.region_id, count(*) from employees e join positions p using (position_id) "
        "join units u on u.unit_id = p.unit_id group by all"
    )
    out = {r: {"employees": n, "kinds": {}} for r, n in heads}
    for region_id, kind, n in moves:
        out[region_id]["kinds"][kind] = n
    return out


def declines_by_region(raw, y0: int, y1: int) -> dict[str, tuple[int, int]]:
    """(proposed, declined) moves other than appointments per region, from the raw tables."""
    rows = raw(
        "select u.region_id, count(*), count(*) filter (where pl.status = 'declined') from placements pl "
        "join positions p on p.position_id = pl.to_position_id join units u using (unit_id) "
        "where pl.move_type <> 'pengangkatan' and year(pl.effective_date) between ? and ? group by all",
        y0,
        y1,
    )
    return {r: (p, d) for r, p, d in rows}


def test_the_answer_comes_first_for_a_viewer(app_env, raw, small_db) -> None:
    """All regions, as a viewer: the sentences sit between the title and the first section,
    and their numbers are the raw tables' (a region with a kind of move of 1-4 moves is
    left out of the ranking: its rate would give the small count back)."""
    import duckdb

    at = open_page("penempatan")
    y0, y1 = at.slider(key="tahun").value
    sentences = lead_sentences(at)
    assert len(sentences) == 3
    kinerja, moves, fit = sentences
    # 1. kinerja after a move: the estimate of the analytics, in its unit, with CI and n
    with duckdb.connect(str(small_db), read_only=True) as con:
        change = placement.kinerja_change_after_move(con, Filters(year_from=y0, year_to=y1)).set_index(
            "move_group"
        )
    good = change.loc["good_ill_fit"]
    assert (
        good["n"] >= 5 and good["n_control"] >= 5 and good["outcome"] == "hasil_di_atas"
    )  # no score everywhere
    assert md(fmt.points(good["estimate"] * 100, 1)) in kinerja and md(fmt.integer(good["n"])) in kinerja
    assert md(f"{fmt.number(good['ci_low'] * 100, 1)} s.d. {fmt.number(good['ci_high'] * 100, 1)}") in kinerja
    assert "poin persen" in kinerja and "hasil kerja Di Atas Ekspektasi" in kinerja
    # 2. moves per 100 a year: most and fewest among the regions whose every kind shows
    rates = rates_by_region(raw, y0, y1)
    shown = {
        r: sum(v["kinds"].values()) * 100 / v["employees"] / (y1 - y0 + 1)
        for r, v in rates.items()
        if len(v["kinds"]) == 3 and min(v["kinds"].values()) >= 5
    }
    assert len(shown) >= 2 and len(shown) < len(rates)  # the small demo has a region with a small kind
    hi, lo = max(shown, key=shown.get), min(shown, key=shown.get)
    assert moves.startswith(
        md(
            t("penempatan.lead.rates.many", hi=base.REGION_NAMES[hi], hi_v=fmt.number(shown[hi], 1),
              lo=base.REGION_NAMES[lo], lo_v=fmt.number(shown[lo], 1), y0=y0, y1=y1)
        )
    )  # fmt: skip
    hidden = set(rates) - set(shown)
    assert not any(base.REGION_NAMES[r] in moves.split(md("Usulan"))[0] for r in hidden)
    # declined: most and least often among regions with 5+ declined and 5+ not
    declines = {
        r: d / p for r, (p, d) in declines_by_region(raw, y0, y1).items() if p >= 5 and d >= 5 and p - d >= 5
    }
    hi, lo = max(declines, key=declines.get), min(declines, key=declines.get)
    assert md(f"{base.REGION_NAMES[hi]} ({fmt.percent(declines[hi])})") in moves
    assert md(f"{base.REGION_NAMES[lo]} ({fmt.percent(declines[lo])})") in moves
    # 3. fit: the sentence of the fit frame the page drew
    assert fit.startswith(md("Pendidikan sesuai syarat jabatan"))


def test_the_answer_on_a_ratings_only_region_viewer_and_analyst(
    app_env, demo_accounts, raw, small_db
) -> None:
    """Sawahlunto (ratings only, monthly): kinerja in percentage points of hasil kerja Di
    Atas, never "no score". A viewer does not get the moves sentence when a kind of move has
    1-4 moves; an analyst gets it, with the raw tables' numbers."""
    import duckdb

    at = open_page("penempatan")
    at.multiselect(key="wilayah").set_value(["SWL"]).run()
    assert_ok(at)
    y0, y1 = at.slider(key="tahun").value
    with duckdb.connect(str(small_db), read_only=True) as con:
        f = Filters(regions=("SWL",), year_from=y0, year_to=y1)
        change = placement.kinerja_change_after_move(con, f).set_index("move_group")
    viewer = lead_sentences(at)
    assert "poin persen" in viewer[0] and "hasil kerja Di Atas Ekspektasi" in viewer[0]
    assert "skor" not in viewer[0].lower()
    moved = change.loc["all"]
    assert md(fmt.points(moved["estimate"] * 100, 1)) in viewer[0]
    rates = rates_by_region(raw, y0, y1)["SWL"]
    small_kind = min(rates["kinds"].get(k, 0) for k in ("rotasi", "mutasi", "promosi"))
    per_100 = sum(rates["kinds"].values()) * 100 / rates["employees"] / (y1 - y0 + 1)
    rates_text = md(
        t("penempatan.lead.rates.one", region="Kota Sawahlunto", value=fmt.number(per_100, 1),
          moves=fmt.integer(sum(rates["kinds"].values())), y0=y0, y1=y1)
    )  # fmt: skip
    assert 0 < small_kind < 5  # what the viewer's case is about
    assert not any(s.startswith(rates_text) for s in viewer)
    analyst = lead_sentences(sign_in_as_analyst(at))
    assert any(s.startswith(rates_text) for s in analyst)
    proposed, declined = declines_by_region(raw, y0, y1)["SWL"]
    assert any(
        md(t("penempatan.lead.declined.one", declined=fmt.integer(declined), proposed=fmt.integer(proposed),
             share=fmt.percent(declined / proposed))) in s
        for s in analyst
    )  # fmt: skip
