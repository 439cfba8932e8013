"""The Layanan Publik page and the public transparency view (issue #14) in AppTest, and the
open data: what the pages say first equals the analytics, the public view hides small
groups for everyone (an analyst too), its files hold no name or NIP and their metadata
follows its schema."""

from __future__ import annotations

import io
import re

import duckdb
import jsonschema
import pandas as pd
import pytest
import test_pages as base  # the pages' AppTest fixtures (tests/ is on sys.path)

from analytics import outcomes, privacy
from analytics.filters import Filters
from reporting import fmt, opendata
from reporting.findings import outcomes as fo
from reporting.safe import md
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
ui_db, app_env, raw = base.ui_db, base.app_env, base.raw
NIP = re.compile(r"\b\d{18}\b")


def markdown_text(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def sign_in_as_analyst(at):
    at.text_input(key="auth_sidebar_username").input("analis")
    at.text_input(key="auth_sidebar_password").input("demo-analis")
    next(b for b in at.button if b.label == t("auth.sign_in")).click().run()
    base.assert_ok(at)
    return at


def test_layanan_leads_with_the_numbers_of_the_analytics(app_env, small_db) -> None:
    at = base.open_page("layanan")
    last = base.last_year(
        lambda sql, *p: duckdb.connect(str(small_db), read_only=True).execute(sql, list(p)).fetchall()
    )
    f = Filters(year_from=2021, year_to=last)
    with duckdb.connect(str(small_db), read_only=True) as con:
        regions = privacy.protect(outcomes.public_regions(con, f), outcomes.public_regions.spec)
        effect = privacy.protect(outcomes.outcome_step_effect(con, f), outcomes.outcome_step_effect.spec)
    text = markdown_text(at)
    # sentences that hold names are escaped before Markdown (a name is never markup)
    assert md(fo.ikm_sentence(regions, last)) in text
    assert md(fo.step_sentence(effect, outcomes.DEFAULT_FIT_STEP)) in text
    # the sentence is the estimate with its interval and n, in the user's format
    r = effect.iloc[0]
    if r.n_treated >= 5 and r.n_control >= 5:
        assert md(fmt.points(r.estimate, 1)) in text and fmt.integer(r.n_treated) in text
    assert len(at.get("plotly_chart")) >= 3
    assert t("layanan.step.caveat") in [c.value for c in at.caption]


def test_the_public_view_hides_small_groups_for_everyone(app_env, small_db) -> None:
    at = base.open_page("publik")
    unit_tables = [df.value for df in at.dataframe if len(df.value) > 10]
    assert unit_tables, "the per-unit table"
    viewer = unit_tables[0]
    shown_counts = base.shown_numbers(viewer[t("col.employees")])
    assert (shown_counts.dropna() >= privacy.min_group_size()).all()
    assert (viewer[t("col.employees")].astype(str) == privacy.marker()).any()  # the small units show "<5"
    # an analyst sees the public view as the public does
    at = sign_in_as_analyst(at)
    analyst = next(df.value for df in at.dataframe if len(df.value) > 10)
    pd.testing.assert_frame_equal(analyst.reset_index(drop=True), viewer.reset_index(drop=True))
    # no name or NIP anywhere on the page
    names = duckdb.connect(str(small_db), read_only=True).execute("select name from employees").fetchall()
    page_text = markdown_text(at) + "\n".join(df.value.to_csv() for df in at.dataframe)
    assert not NIP.search(page_text)
    assert not {n for (n,) in names if len(n) > 6} & set(re.split(r"[\n,]", page_text))


@pytest.mark.parametrize("dataset", list(opendata.DATASETS))
def test_open_data_files_have_no_person_and_no_small_group(small_db, dataset) -> None:
    with duckdb.connect(str(small_db), read_only=True) as con:
        data = opendata.csv_bytes(con, dataset)
        meta = opendata.metadata(con, dataset, "https://dasbor.example.go.id")
        names = {n for (n,) in con.execute("select name from employees").fetchall()}
        spec = opendata.DATASETS[dataset].fn.spec
    jsonschema.validate(meta, opendata.METADATA_SCHEMA)
    text = data.decode("utf-8-sig")
    assert not NIP.search(text)
    assert not names & set(re.split(r"[\n,]", text))
    table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert [c["name"] for c in meta["columns"]] == list(table.columns)
    k = privacy.min_group_size()
    for rule in spec.rules:
        for col in (rule.count, *rule.parts):
            if col in table:
                values = pd.to_numeric(table[col], errors="coerce").dropna()
                assert not ((values > 0) & (values < k)).any(), (dataset, col)
    assert meta["synthetic_demo"] is True and meta["privacy"]["min_group_size"] == k
    assert meta["download_url"] == f"https://dasbor.example.go.id/opendata/{dataset}.csv"


def test_the_dcat_catalogue_lists_every_dataset(small_db) -> None:
    with duckdb.connect(str(small_db), read_only=True) as con:
        catalog = opendata.catalog(con, "https://dasbor.example.go.id")
    assert catalog["@type"] == "dcat:Catalog" and catalog["conformsTo"].endswith("/v1.1/schema")
    ids = [d["identifier"].rsplit("/", 1)[1] for d in catalog["dataset"]]
    assert ids == list(opendata.DATASETS)
    for d in catalog["dataset"]:
        assert {
            "title",
            "description",
            "modified",
            "publisher",
            "license",
            "temporal",
            "distribution",
        } <= set(d)
        (dist,) = d["distribution"]
        assert dist["mediaType"] == "text/csv" and dist["downloadURL"].endswith(".csv")


def test_an_administrator_can_turn_the_public_view_off(app_env, monkeypatch) -> None:
    monkeypatch.setenv(opendata.PUBLIC_VIEW_ENV, "0")
    at = base.open_page("publik")
    assert t("publik.off") in base.infos(at)
    assert not at.dataframe
