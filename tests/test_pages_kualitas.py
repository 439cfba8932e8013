"""The Kualitas Data page and the reason an empty page gives, in-process (AppTest).

A viewer sees the answer, the readiness per page and the summary per region (small
groups hidden), not the per-unit detail or the codes read from files; a signed-in
analyst sees those too. On a database without competency standards and potential
assessments, Kompetensi and Talenta say what is missing, for which regions, which
template fills it, and link to Kualitas Data. Counts are checked against SQL on the
raw tables written here.
"""

from __future__ import annotations

import re
import shutil

import duckdb
import pytest
import streamlit as st
import test_pages as base
import test_pages_penempatan as pen
import test_pages_privacy as priv

from analytics import privacy
from analytics.db import refresh_derived
from reporting import fmt
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
ui_db = base.ui_db
app_env = base.app_env
raw = base.raw
demo_accounts = pen.demo_accounts
open_page, assert_ok, infos = base.open_page, base.assert_ok, base.infos

SECTIONS = [
    "kualitas.answer.q",
    "kualitas.pages.q",
    "kualitas.region.q",
    "kualitas.unit.q",
    "kualitas.programs.q",
]
EMPLOYEE_COLUMNS = [
    "kualitas.col.without_post",
    "kualitas.col.without_evaluation",
    "kualitas.col.without_training",
    "kualitas.col.without_assessment",
    "kualitas.col.without_potential",
    "kualitas.col.nip_birth",
    "kualitas.col.nip_sex",
]
NIP_LIKE = re.compile(r"(?<!\d)\d{18}(?!\d)")


@pytest.fixture(autouse=True)
def fresh_cache(monkeypatch: pytest.MonkeyPatch):
    """Results are cached per data version, not per file: these tests use several files."""
    monkeypatch.delenv(privacy.ENV_VAR, raising=False)
    st.cache_data.clear()
    yield
    st.cache_data.clear()


def every_text(at) -> str:
    """Everything the page shows as text, tables included."""
    parts = [
        e.value
        for kind in ("markdown", "caption", "info", "success", "subheader", "title")
        for e in at.get(kind)
    ]
    parts += [priv.displayed(df).to_csv() for df in at.dataframe]
    return "\n".join(str(p) for p in parts)


def region_counts(raw, region_id: str) -> dict[str, int]:
    """Employees of a region (current post's unit) and those never trained or assessed."""
    (employees, untrained, unassessed) = raw(
        """
        select count(*),
            count(*) filter (where e.nip not in (select nip from trainings)),
            count(*) filter (where e.nip not in (select nip from competency_assessments))
        from employees e
        join units u on u.unit_id = coalesce((select unit_id from positions p where p.position_id = e.position_id),
                                             e.unit_id)
        where u.region_id = ?
        """,
        region_id,
    )[0]
    return {"employees": employees, "untrained": untrained, "unassessed": unassessed}


def region_table(at):
    return priv.table_with(at, "kualitas.col.units", "kualitas.col.without_post")


# ---------------------------------------------------------------- viewer and analyst
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_page_renders_for_a_viewer(app_env, lang: str) -> None:
    at = open_page("kualitas", {"lang": "en"} if lang == "en" else None)
    assert at.title[0].value == t("kualitas.title", lang)
    subheaders = [s.value for s in at.subheader]
    for key in SECTIONS:
        assert t(key, lang) in subheaders, key
    assert t("kualitas.unit.viewer", lang) in infos(at)
    assert t("kualitas.codes.viewer", lang) in infos(at)


def test_viewer_gets_the_summary_without_unit_detail_or_small_groups(app_env, raw) -> None:
    at = open_page("kualitas")
    # two tables: readiness per page and the summary per region; no per-unit table
    assert len(at.dataframe) == 2
    assert not [df for df in at.dataframe if t("col.unit") in df.value.columns]
    # the answer first: one block per region, with the count behind a gap in words
    text = "\n".join(m.value for m in at.markdown)
    last = base.last_year(raw)
    for region_id, name in raw("select region_id, name from regions order by sort_order"):
        assert name in text
        employees, assessed = raw(
            """
            select count(*), count(*) filter (where nip in (
                select nip from competency_assessments where year(assessed_on) <= ?))
            from employees e join positions p using (position_id) join units u on u.unit_id = p.unit_id
            where u.region_id = ?
            """,
            last,
            region_id,
        )[0]
        if assessed < employees:
            gap = t(
                "kualitas.gap.partial",
                have=fmt.integer(assessed),
                total=fmt.integer(employees),
                unit=t("kualitas.counted.employees"),
                thing=t("kualitas.req.competency_assessments"),
            )
            assert gap in text, region_id
    # the per-region table: no count of employees between 1 and 4 is shown
    shown = priv.displayed(region_table(at))
    for key in EMPLOYEE_COLUMNS:
        for cell in shown[t(key)]:
            number = priv.as_number(cell)
            assert number is None or number == 0 or number >= 5, (key, cell)
    # a region with 1-4 employees never trained shows "<5" there; more show as they are
    # (or "x": once one part of a row is hidden, all its parts are)
    for region_id, name in raw("select region_id, name from regions order by sort_order"):
        untrained = region_counts(raw, region_id)["untrained"]
        cell = shown.loc[shown[t("col.region")] == name, t("kualitas.col.without_training")].iloc[0]
        assert cell in ({priv.SMALL} if 0 < untrained < 5 else {fmt.integer(untrained), priv.X}), (name, cell)
    # counts only: no NIP anywhere on the page
    assert not NIP_LIKE.search(every_text(at))


def test_analyst_sees_the_units_and_the_codes_read_from_words(app_env, raw, demo_accounts) -> None:
    base.write(
        app_env,
        "insert into import_log (import_id, started_at, username, file_name, sha256, table_name, mode, status) "
        "values (9001, now(), 'analis', 'riwayat_skp_2025.xlsx', 'f00d', 'evaluations', 'append', 'loaded')",
    )
    base.write(
        app_env,
        "insert into import_codes (import_id, column_name, value, code, rows) values "
        "(9001, 'hasil_kerja', 'DIATAS EKSPEKTASI', '1', 12), (9001, 'perilaku', 'Sesuai  Ekspektasi', '2', 40)",
    )
    try:
        at = pen.sign_in_as_analyst(open_page("kualitas"))
        assert t("kualitas.unit.viewer") not in infos(at)
        # per unit: every unit with employees or posts
        units = priv.table_with(at, "col.unit", "kualitas.col.without_post").value
        (expected,) = raw(
            "select count(*) from units u where exists (select 1 from positions p where p.unit_id = u.unit_id) "
            "or exists (select 1 from employees e where e.unit_id = u.unit_id)"
        )[0]
        assert len(units) == expected
        # the analyst sees every count as it is
        regions = region_table(at).value
        for (region_id,) in raw("select region_id from regions order by sort_order"):
            counts = region_counts(raw, region_id)
            r = regions[regions[t("col.region")] == region_id].iloc[0]  # the data behind the names
            assert r[t("col.employees")] == counts["employees"]
            assert r[t("kualitas.col.without_training")] == counts["untrained"]
            assert r[t("kualitas.col.without_assessment")] == counts["unassessed"]
        # the codes an import read from words, as loaded
        codes = priv.table_with(at, "kualitas.col.value", "kualitas.col.code").value
        mine = codes[codes[t("kualitas.col.file")] == "riwayat_skp_2025.xlsx"]
        assert mine[[t("kualitas.col.column"), t("kualitas.col.value"), t("kualitas.col.code"), t("kualitas.col.rows")]].values.tolist() == [
            ["hasil_kerja", "DIATAS EKSPEKTASI", "1", 12],
            ["perilaku", "Sesuai  Ekspektasi", "2", 40],
        ]  # fmt: skip
        assert not NIP_LIKE.search(every_text(at))
    finally:
        base.write(app_env, "delete from import_codes where import_id = 9001")
        base.write(app_env, "delete from import_log where import_id = 9001")


# ---------------------------------------------------------------- empty pages elsewhere
@pytest.fixture
def gaps_db(small_db, tmp_path, monkeypatch: pytest.MonkeyPatch):
    """The small demo without competency standards and potential assessments."""
    path = tmp_path / "kurang.duckdb"
    shutil.copyfile(small_db, path)
    con = duckdb.connect(str(path))
    con.execute("delete from competency_standards; delete from potential_assessments")
    # one NIP whose birth date disagrees with the record (a warning, not a refusal)
    (nip, region_id) = con.execute(
        "select nip, region_id from v_employees order by region_id desc, nip limit 1"
    ).fetchone()
    con.execute("update employees set birth_date = birth_date - interval 1 day where nip = ?", [nip])
    refresh_derived(con)
    (posts,) = con.execute("select count(*) from positions").fetchone()
    regions = con.execute("select region_id, name from regions order by sort_order").fetchall()
    post_counts = dict(
        con.execute(
            "select u.region_id, count(*) from positions p join units u using (unit_id) group by 1"
        ).fetchall()
    )
    con.close()
    monkeypatch.setenv("ASN_DB_PATH", str(path))
    return {"posts": posts, "regions": regions, "post_counts": post_counts, "mismatch_region": region_id}


def links(at) -> list[str]:
    return [p.proto.page for p in at.get("page_link")]


def standards_reason(place: str, posts: int) -> str:
    counts = t(
        "kualitas.empty.counts",
        place=place,
        have="0",
        total=fmt.integer(posts),
        unit=t("kualitas.counted.posts"),
    )
    return (
        t("kualitas.empty.reason", thing=t("kualitas.req.competency_standards"), regions=counts)
        + " "
        + t("kualitas.empty.fill", fill=t("kualitas.fill.template", names="competency_standards"))
    )


def test_an_empty_page_says_what_is_missing_and_links_to_kualitas(gaps_db) -> None:
    at = open_page("kompetensi")
    everywhere = t("kualitas.empty.all_regions", n=len(gaps_db["regions"]))
    reason = standards_reason(everywhere, gaps_db["posts"])
    # the sections built on standards are empty: each says why, none says only "no data"
    assert infos(at).count(reason) == 4  # coverage (and gap), JPM bands, per unit, per kind of post
    assert t("empty") not in infos(at)
    assert links(at) == ["kualitas"] * 4
    # qualification fit needs no standards and still draws
    assert t("kompetensi.qual.q") in [s.value for s in at.subheader]
    assert len(at.get("plotly_chart")) == 1

    # one region chosen: named, with its own count
    region_id, name = gaps_db["regions"][0]
    at.multiselect(key="wilayah").set_value([region_id]).run()
    assert_ok(at)
    assert standards_reason(name, gaps_db["post_counts"][region_id]) in infos(at)


def test_talenta_without_potential_and_a_page_that_has_everything(gaps_db) -> None:
    at = open_page("talenta")
    assert any(t("kualitas.req.potential") in i and "templat potential" in i for i in infos(at))
    assert "kualitas" in links(at)
    at.switch_page("pages/kinerja.py").run()  # needs neither: no reason, no link
    assert_ok(at)
    assert not links(at)
    assert not any(t("kualitas.empty.link") in i for i in infos(at))


def test_kualitas_names_the_gap_with_its_count(gaps_db) -> None:
    at = open_page("kualitas")
    text = "\n".join(m.value for m in at.markdown)
    region_id, _name = gaps_db["regions"][0]
    gap = t(
        "kualitas.gap.missing",
        thing=t("kualitas.req.competency_standards"),
        have="0",
        total=fmt.integer(gaps_db["post_counts"][region_id]),
        unit=t("kualitas.counted.posts"),
    )
    assert gap in text
    pages = ", ".join(t(f"nav.{p}") for p in ("ringkasan", "kompetensi", "penempatan"))
    assert f"{pages}: {gap}" in text


def test_a_nip_that_disagrees_is_a_warning_for_analysts_and_hidden_from_viewers(
    gaps_db, demo_accounts
) -> None:
    names = dict(gaps_db["regions"])
    warning = t("kualitas.answer.nip", birth="1", sex="0")
    at = open_page("kualitas")
    assert warning not in "\n".join(m.value for m in at.markdown)  # one employee: a small group
    pen.sign_in_as_analyst(at)
    blocks = [m.value for m in at.markdown if warning in m.value]
    assert len(blocks) == 1  # the one region that has it
    regions = region_table(at).value
    mismatches = regions.set_index(t("col.region"))[t("kualitas.col.nip_birth")]
    assert mismatches.to_dict() == {r: (1 if r == gaps_db["mismatch_region"] else 0) for r in names}
