"""Two dashboard processes serve one database while it is loaded (issue #13): both read
the published snapshot through read-only connections, the CLI loads meanwhile, and what
any writer publishes reaches viewers of both servers at their next page run."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import test_browser as base
from live_server import serve
from playwright.sync_api import expect
from test_browser_publik import fetch
from test_snapshot import evaluation_csv

from analytics import db as adb
from analytics import snapshot

pytestmark = pytest.mark.browser

browser = base.browser
MAIN = base.MAIN
ROOT = Path(__file__).resolve().parents[1]


def test_two_servers_and_a_load_at_once(small_db: Path, tmp_path: Path, browser) -> None:
    db = tmp_path / "asn.duckdb"
    shutil.copyfile(small_db, db)
    csv = evaluation_csv(db, tmp_path / "skp.csv")
    with serve(db, tmp_path, copy=False) as a, serve(db, tmp_path, copy=False) as b:
        servers = (a, b)
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        context.set_default_timeout(base.TIMEOUT_MS)
        try:
            pages = [context.new_page() for _ in servers]
            # the CLI loads while both servers serve viewers (before #13 it was refused)
            load = subprocess.Popen(
                [sys.executable, "-m", "data.load", "evaluations", str(csv), "--db", str(db)],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            for pg, server in zip(pages, servers, strict=True):
                pg.goto(f"{server.url}/publik")
                base.wait_for_app(pg)
                expect(pg.locator(f"{MAIN} h1").first).to_contain_text(base.text("publik.title"))
                assert fetch(f"{server.url}/opendata/catalog.json")[0] == 200
            out, err = load.communicate(timeout=300)
            assert load.returncode == 0, err
            assert "baru 1" in out
            _, con = adb.read_current(db)
            loaded = con.execute("select count(*) from import_log where status = 'loaded'").fetchall()[0][0]
            con.close()
            assert loaded == 1
            # another writer turns the public view off: both servers follow at the next run
            with snapshot.writing(db) as w:
                w.con.execute("insert or replace into dataset_info values ('public_view', 'off')")
            for pg, server in zip(pages, servers, strict=True):
                pg.reload()
                base.wait_for_app(pg)
                expect(pg.locator(MAIN)).to_contain_text(base.text("publik.off"))
                assert fetch(f"{server.url}/opendata/catalog.json")[0] == 404
        finally:
            context.close()
        time.sleep(0.5)
        for server in servers:
            assert "Traceback" not in server.log_text()
            assert server.process.poll() is None  # both still serving
    assert len(snapshot.snapshots(db)) == 2  # the load's and the switch's; older ones pruned
