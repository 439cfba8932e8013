"""The Unggah Data page in-process (AppTest): who may use it, and an analyst's
whole round trip — upload a SIASN-style export with the evaluations of a new
employee, check, load, see the new numbers on Ringkasan at once, undo.

The engine's own cases (encodings, delimiters, every kind of bad input) are in
tests/test_import.py; this file tests what the page adds.
"""

from __future__ import annotations

import duckdb
import pytest
import test_pages as base
from streamlit.testing.v1 import AppTest

from reporting import fmt
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
ui_db = base.ui_db
app_env = base.app_env

NEW_NIP = "199104042019032007"  # born 1991-04-04, TMT CPNS 2019-03, female


@pytest.fixture(autouse=True)
def demo_accounts(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import auth

    monkeypatch.setattr(auth, "FAILURE_DELAY_S", 0.0)
    monkeypatch.delenv("ASN_USERS_FILE", raising=False)
    monkeypatch.delenv("ASN_DEMO_USERS", raising=False)


def sql(path, query: str, params=()):
    """Read the app's database as a second user would: the published snapshot, read-only."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(query, list(params)).fetchall()
    finally:
        con.close()


def open_unggah() -> AppTest:
    at = AppTest.from_file(base.APP, default_timeout=120)
    at.run()
    at.switch_page("pages/unggah.py").run()
    base.assert_ok(at)
    return at


def sign_in(at: AppTest, username: str = "analis", password: str = "demo-analis") -> AppTest:
    at.text_input(key="auth_main_username").input(username)
    at.text_input(key="auth_main_password").input(password)
    next(b for b in at.button if b.label == t("auth.sign_in")).click().run()
    base.assert_ok(at)
    return at


def button(at: AppTest, key: str):
    return next(b for b in at.button if b.label == t(key))


def file_ids(at: AppTest) -> dict[str, str]:
    """Uploaded file name -> its file_id (the page keys its widgets by file_id)."""
    from ui.uploads import FILES_KEY

    return {item.name: file_id for file_id, item in at.session_state[FILES_KEY].items()}


def siasn_files(path) -> tuple[bytes, bytes, str]:
    """A SIASN "Data PNS" export (pipe-delimited, post by name) with one new employee in
    Kota Salatiga, and a semicolon CSV of her monthly evaluations with Indonesian decimals."""
    (unit_name, post_name) = sql(
        path,
        """
        select u.name, p.name from positions p join units u using (unit_id)
        where u.region_id = 'SLT' and p.jenis_jabatan = 4 order by p.position_id limit 1
        """,
    )[0]
    employees = (
        "PNS ID|NIP BARU|NAMA|GELAR DEPAN|TANGGAL LAHIR|JENIS KELAMIN|JENIS PEGAWAI|GOL AKHIR NAMA|"
        "TINGKAT PENDIDIKAN NAMA|JABATAN NAMA|UNOR NAMA|INSTANSI KERJA NAMA|TMT JABATAN\n"
        f"A1B2|'{NEW_NIP[:8]} {NEW_NIP[8:14]} {NEW_NIP[14]} {NEW_NIP[15:]}|Dewi Lestari||04-04-1991|Perempuan|PNS|III/a|"
        f"S-1|{post_name}|{unit_name}|Pemerintah Kota Salatiga|01-03-2021\n"
    ).encode()
    months = [f"{m:02d}" for m in range(1, 7)]
    evaluations = ("NIP;Periode;Awal Periode;Akhir Periode;Rating Hasil Kerja;Rating Perilaku;Nilai\n" + "".join(
        f"{NEW_NIP};bulanan;01-{m}-2024;28-{m}-2024;2;2;82,5\n" for m in months
    )).encode("utf-8")  # fmt: skip
    return employees, evaluations, unit_name


def test_viewer_typing_the_url_gets_a_sign_in_prompt_not_the_page(app_env) -> None:
    at = open_unggah()
    assert t("auth.prompt.title", role=t("auth.role.analyst")) in [s.value for s in at.subheader]
    assert t("unggah.title") not in [x.value for x in at.title]
    assert not at.get("file_uploader")


def test_analyst_round_trip_siasn_export_load_see_undo(app_env) -> None:
    employees, evaluations, _unit = siasn_files(app_env)
    before = sql(app_env, "select count(*) from employees where position_id like 'SLT-%'")[0][0]

    at = sign_in(open_unggah())
    assert t("unggah.title") in [x.value for x in at.title]
    at.get("file_uploader")[0].set_value(
        [("data_pns_salatiga.txt", employees, "text/plain"), ("skp_2024.csv", evaluations, "text/csv")]
    )
    at.run()
    base.assert_ok(at)
    # what each file is, is told from its headers: a SIASN Data PNS export, an evaluations template
    chosen = {f: at.selectbox(key=f"unggah_table_{i}").value for f, i in file_ids(at).items()}
    assert chosen == {"data_pns_salatiga.txt": "data_pns", "skp_2024.csv": "evaluations"}
    button(at, "unggah.check").click().run()
    base.assert_ok(at)
    successes = [s.value for s in at.success]
    assert any(
        t("unggah.would", inserted="1", updated="0", unchanged="0", deleted="0") in s for s in successes
    )
    assert any(
        t("unggah.would", inserted="6", updated="0", unchanged="0", deleted="0") in s for s in successes
    )
    assert (
        sql(app_env, "select count(*) from employees where nip = ?", [NEW_NIP])[0][0] == 0
    )  # checked, not loaded

    button(at, "unggah.load").click().run()
    base.assert_ok(at)
    assert any(
        t("unggah.done", seconds="", inserted="1", updated="0", unchanged="0", deleted="0")[:8] in s.value
        for s in at.success
    )
    stored = sql(
        app_env,
        "select service_start, golongan, education_level, sex from employees where nip = ?",
        [NEW_NIP],
    )
    assert [tuple(map(str, r)) for r in stored] == [("2019-03-01", "III/a", "40", "P")]
    assert sql(
        app_env, "select count(*), avg(score) from performance_evaluations where nip = ?", [NEW_NIP]
    ) == [(6, 82.5)]
    log = sql(app_env, "select table_name, status, inserted, username from import_log order by import_id")
    assert log[-2:] == [("employees", "loaded", 1, "analis"), ("evaluations", "loaded", 6, "analis")]

    # the dashboards show it without a restart: Ringkasan's headcount for Salatiga
    at.switch_page("pages/ringkasan.py").run()
    base.assert_ok(at)
    assert fmt.integer(before + 1) in base.kpi_values(at, "col.employees")

    # undo the evaluations, then the employee
    at.switch_page("pages/unggah.py").run()
    for table_name in ("evaluations", "employees"):
        at.selectbox(key="unggah_undo_table").set_value(table_name).run()
        next(c for c in at.checkbox if c.label == t("unggah.undo.confirm")).check().run()
        button(at, "unggah.undo.button").click().run()
        base.assert_ok(at)
    assert sql(app_env, "select count(*) from employees where nip = ?", [NEW_NIP])[0][0] == 0
    assert sql(app_env, "select count(*) from performance_evaluations where nip = ?", [NEW_NIP])[0][0] == 0
    at.switch_page("pages/ringkasan.py").run()
    assert fmt.integer(before) in base.kpi_values(at, "col.employees")


def test_a_bad_file_shows_its_problems_and_loads_nothing(app_env) -> None:
    nip = sql(app_env, "select nip from employees order by nip limit 1")[0][0]
    bad = (
        "NIP BARU,period_type,period_start,period_end,Rating Hasil Kerja,perilaku,score\n"
        f"{nip},bulanan,2024-01-01,2024-01-31,2,2,80\n"
        "1.98507E+17,bulanan,2024-01-01,2024-01-31,2,2,80\n"
        f"{nip},bulanan,2024-02-01,2024-02-29,4,2,80\n"
    ).encode()
    log_before = sql(app_env, "select count(*) from import_log")[0][0]
    at = sign_in(open_unggah())
    at.get("file_uploader")[0].set_value([("skp.csv", bad, "text/csv")])
    at.run()
    button(at, "unggah.check").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("unggah.file.problems", problems="2", rows="2") in [e.value for e in at.error]
    problems = at.dataframe[0].value
    assert problems[t("unggah.col.row")].tolist() == [3, 4]
    # columns named as the file names them
    assert problems[t("unggah.col.column")].tolist() == ["NIP BARU", "Rating Hasil Kerja"]
    assert button(at, "unggah.load").disabled
    # a check writes nothing but the rejected attempt in the log
    assert sql(app_env, "select count(*) from import_log")[0][0] == log_before + 1
    assert sql(app_env, "select status, rejected from import_log order by import_id desc limit 1") == [
        ("rejected", 2)
    ]


def test_an_empty_database_says_how_data_gets_in(tmp_path, monkeypatch) -> None:
    from data.load import main as cli

    path = tmp_path / "kosong.duckdb"
    assert cli(["--new-db", "--db", str(path)]) == 0
    monkeypatch.setenv("ASN_DB_PATH", str(path))
    at = AppTest.from_file(base.APP, default_timeout=120)
    at.run()
    base.assert_ok(at)
    assert t("empty.database") in [i.value for i in at.info]
    assert not at.get("plotly_chart")
    # not the demo: the public demo accounts do not open the upload page
    at.switch_page("pages/unggah.py").run()
    assert not at.exception
    assert t("auth.demo_accounts") not in [c.value for c in at.caption]


def test_after_a_load_the_uploader_is_fresh_and_the_same_file_can_be_checked_again(app_env) -> None:
    """A user who loads a file and then chooses it again (to load it once more, or after
    an undo) gets a check, not a page stuck on the old upload."""
    nip = sql(app_env, "select nip from employees order by nip desc limit 1")[0][0]
    data = (
        "NIP;Periode;Awal Periode;Akhir Periode;Rating Hasil Kerja;Rating Perilaku;Nilai\n"
        f"{nip};triwulan;01-01-2016;31-03-2016;2;2;80,5\n"
    ).encode()
    at = sign_in(open_unggah())
    at.get("file_uploader")[0].set_value([("skp_triwulan.csv", data, "text/csv")])
    at.run()
    button(at, "unggah.check").click().run()
    base.assert_ok(at)
    # it loads, but the dashboards read monthly evaluations: the check says so
    assert any("1 baris triwulan" in i.value for i in at.info)
    button(at, "unggah.load").click().run()
    base.assert_ok(at)
    uploader = at.get("file_uploader")[0]
    assert not uploader.value  # a fresh, empty uploader
    uploader.set_value([("skp_triwulan.csv", data, "text/csv")])
    at.run()
    button(at, "unggah.check").click().run()
    base.assert_ok(at)
    assert any(
        t("unggah.would", inserted="0", updated="0", unchanged="1", deleted="0") in s.value
        for s in at.success
    )


def _upload_leftovers() -> list[str]:
    import os
    import tempfile

    return sorted(
        p for p in os.listdir(tempfile.gettempdir()) if p.startswith(("asn-upload-", "asn-import-"))
    )


def test_a_checked_file_is_not_left_on_disk(app_env) -> None:
    """Issue #12: a file checked but not loaded stayed in /tmp/asn-upload-*/ with its names and
    NIPs after the browser and the server had gone. Now it is on disk only while a step runs."""
    employees, evaluations, _unit = siasn_files(app_env)
    before = _upload_leftovers()
    at = sign_in(open_unggah())
    at.get("file_uploader")[0].set_value(
        [("data_pns_salatiga.txt", employees, "text/plain"), ("skp_2024.csv", evaluations, "text/csv")]
    )
    at.run()
    assert _upload_leftovers() == before  # told what each file is, and nothing kept
    button(at, "unggah.check").click().run()
    base.assert_ok(at)
    assert any(t("unggah.file.ok") in s.value for s in at.success)
    assert _upload_leftovers() == before  # checked, not loaded: nothing on disk
    assert "Dewi Lestari" not in repr(at.session_state.to_dict().get("_unggah_staged"))


def test_a_check_out_of_memory_says_the_limit_not_a_traceback(app_env, monkeypatch) -> None:
    """DuckDB running out of memory (as a load at demo scale 60 did at 2 GB): the page says
    so, with the limit and the setting that raises it, never the error's own text."""
    from data.importing.errors import ImportProblem
    from reporting.safe import md
    from ui import uploads

    secret = "nilai 198001012006041001 dari berkas"

    def out_of_memory(*args, **kwargs):
        raise duckdb.OutOfMemoryException(f"Out of Memory Error: could not allocate ({secret})")

    monkeypatch.setenv("ASN_DB_MEMORY_LIMIT", "3GB")
    monkeypatch.setattr(uploads, "import_files", out_of_memory)
    nip = sql(app_env, "select nip from employees order by nip limit 1")[0][0]
    good = f"nip,period_type,period_start,period_end,hasil_kerja,perilaku\n{nip},bulanan,2024-01-01,2024-01-31,2,2\n"
    at = sign_in(open_unggah())
    at.get("file_uploader")[0].set_value([("skp.csv", good.encode(), "text/csv")])
    at.run()
    button(at, "unggah.check").click().run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value for e in at.error]
    # shown as text (markup escaped), as every message of the page
    assert md(ImportProblem("db_out_of_memory", limit="3GB").text("id")) in errors
    assert any("3GB" in e and md("ASN_DB_MEMORY_LIMIT") in e for e in errors)
    assert not any(secret in e for e in errors)
