"""The public transparency view and its open data (issue #14) on a real server, in Chromium:
reachable without signing in at /publik, no name or NIP and no group under the threshold
in the page's HTML or in any file it offers or the server serves at /opendata/, and off
when an administrator turns it off."""

from __future__ import annotations

import io
import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import duckdb
import jsonschema
import pandas as pd
import pytest
import test_browser as base
from live_server import serve
from playwright.sync_api import expect

from analytics import privacy
from reporting import opendata

pytestmark = pytest.mark.browser

browser = base.browser
MAIN = base.MAIN
NIP = re.compile(r"\b\d{18}\b")


def names(db: Path) -> set[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {n for (n,) in con.execute("select name from employees").fetchall() if len(n) > 6}


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def no_person(text: str, people: set[str]) -> None:
    assert not NIP.search(text), NIP.search(text).group(0)
    found = [n for n in people if n in text]
    assert not found, found[:3]


def test_public_view_and_open_data_hold_no_person(small_db: Path, tmp_path: Path, browser) -> None:
    people = names(small_db)
    k = privacy.min_group_size()
    with serve(small_db, tmp_path) as server:
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        context.set_default_timeout(base.TIMEOUT_MS)
        pg = context.new_page()
        try:
            pg.goto(f"{server.url}/publik")  # no sign-in
            base.wait_for_app(pg)
            expect(pg.locator(f"{MAIN} h1").first).to_contain_text(base.text("publik.title"))
            expect(pg.locator(MAIN)).to_contain_text(base.text("publik.opendata.title"))
            no_person(pg.content(), people)
            # the page's own download of the per-unit open data
            with pg.expect_download() as dl:
                pg.get_by_role("button", name=base.text("publik.download.csv").format(
                    title=base.text("opendata.units.title"))).click()  # fmt: skip
            unit_csv = Path(dl.value.path()).read_bytes().decode("utf-8-sig")
            no_person(unit_csv, people)
            table = pd.read_csv(io.StringIO(unit_csv), dtype=str, keep_default_na=False)
            counts = pd.to_numeric(table["employees"], errors="coerce").dropna()
            assert not ((counts > 0) & (counts < k)).any() and (table["employees"] == privacy.marker(k)).any()
        finally:
            context.close()
        # the same files at stable URLs, for the regional portal
        status, body = fetch(f"{server.url}/opendata/catalog.json")
        assert status == 200
        catalog = json.loads(body)
        assert [d["distribution"][0]["downloadURL"] for d in catalog["dataset"]] == [
            f"{server.url}/opendata/{d}.csv" for d in opendata.DATASETS
        ]
        for dataset in opendata.DATASETS:
            status, csv = fetch(f"{server.url}/opendata/{dataset}.csv")
            assert status == 200, dataset
            no_person(csv.decode("utf-8-sig"), people)
            status, meta = fetch(f"{server.url}/opendata/{dataset}.json")
            assert status == 200
            jsonschema.validate(json.loads(meta), opendata.METADATA_SCHEMA)
        assert fetch(f"{server.url}/opendata/employees.csv")[0] == 404  # only the public tables
        assert fetch(f"{server.url}/opendata/unit.parquet")[0] == 404
        assert "Traceback" not in server.log_text()


def test_an_administrator_turns_the_public_view_off(small_db: Path, tmp_path: Path, browser) -> None:
    with serve(small_db, tmp_path, env={opendata.PUBLIC_VIEW_ENV: "0"}) as server:
        context = browser.new_context()
        pg = context.new_page()
        try:
            pg.goto(f"{server.url}/publik")
            base.wait_for_app(pg)
            expect(pg.locator(MAIN)).to_contain_text(base.text("publik.off"))
        finally:
            context.close()
        assert fetch(f"{server.url}/opendata/catalog.json")[0] == 404
        assert fetch(f"{server.url}/opendata/unit.csv")[0] == 404
