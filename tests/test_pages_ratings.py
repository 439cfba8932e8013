"""The pages on a ratings-only database (tests/ratings_fixture.py: no score anywhere; a
region rating monthly, one quarterly, one only annually): each renders its main answer,
not an empty state, with the numbers worked out by hand in the fixture. Signed in as an
analyst, who sees the small groups of a hand-made database (viewers see them as <5)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import test_pages as base  # tests/ is on sys.path under pytest
from ratings_fixture import build_ratings_db
from streamlit.testing.v1 import AppTest

from reporting import fmt
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
REGIONS = ["Kota Salatiga", "Kota Jambi", "Kota Sawahlunto"]  # the filter takes names
# (tables hold region ids: the browser shows the names)


@pytest.fixture(scope="module")
def ratings_file(tmp_path_factory) -> Path:
    return build_ratings_db(tmp_path_factory.mktemp("ratings_pages") / "ratings.duckdb")


@pytest.fixture
def ratings_app(ratings_file: Path, monkeypatch, tmp_path) -> Path:
    from ui import auth

    work = tmp_path / "app.duckdb"
    shutil.copyfile(ratings_file, work)
    users = tmp_path / "users.toml"
    digest = auth.hash_password("rahasia-bkpsdm", n=2**4, r=1, p=1)
    users.write_text(f'[auth_users.rina]\npassword_hash = "{digest}"\nrole = "analyst"\n', encoding="utf-8")
    monkeypatch.setenv("ASN_DB_PATH", str(work))
    monkeypatch.setenv("ASN_USERS_FILE", str(users))
    monkeypatch.setattr(auth, "FAILURE_DELAY_S", 0.0)
    return work


def open_as_analyst(page: str, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(base.APP, default_timeout=120)
    at.query_params["wilayah"] = REGIONS
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    base.assert_ok(at)
    at.text_input(key="auth_sidebar_username").input("rina")
    at.text_input(key="auth_sidebar_password").input("rahasia-bkpsdm")
    next(b for b in at.button if b.label == t("auth.sign_in")).click().run()
    base.assert_ok(at)
    at.switch_page(f"pages/{page}.py").run()
    base.assert_ok(at)
    assert t("empty") not in base.infos(at)
    return at


def table_with(at: AppTest, header: str):
    return next(df.value for df in at.dataframe if header in df.value.columns)


def test_kinerja_shows_every_region_from_the_ratings(ratings_app) -> None:
    at = open_as_analyst("kinerja", {"tahun": ["2022", "2024"]})
    assert len(at.get("plotly_chart")) >= 5
    trend = table_with(at, t("col.share_hasil_di_atas"))
    rows = {(r[t("col.region")], r[t("axis.period")]): r for r in trend.to_dict("records")}
    slt = rows[("SLT", "T1 2024")]  # quarters by default; Salatiga rates monthly
    assert (slt[t("col.evaluations")], slt[t("col.share_baik")]) == (12, pytest.approx(10 / 12))
    assert slt[t("col.share_sangat_baik")] == pytest.approx(4 / 12)
    assert slt[t("col.share_hasil_di_atas")] == pytest.approx(5 / 12)
    assert slt[t("col.period_type")] == t("period_type.bulanan")
    jmb = rows[("JMB", "T2 2024")]  # quarterly: B1 Baik, B2 Kurang
    assert (jmb[t("col.evaluations")], jmb[t("col.share_baik")]) == (2, 0.5)
    swl = rows[("SWL", "2024")]  # only annual: yearly points
    assert swl[t("col.share_sangat_baik")] == 0.5
    basis = " ".join(m.value for m in at.markdown)
    assert t("kinerja.basis.ratings") in basis and t("period_type.triwulan") in basis
    # within employees: Sawahlunto's hasil kerja Di Atas, 0.2 a year = 20 percentage points
    within = table_with(at, t("col.estimate_per_year"))
    swl = within[
        (within[t("col.region")] == "SWL")
        & (within[t("col.outcome")] == t("kinerja.within.outcome.share_di_atas"))
        & (within[t("col.method")] == t("kinerja.within.method.within"))
    ].iloc[0]
    assert swl[t("col.estimate_per_year")] == pytest.approx(20.0)
    # units ranked by the ratings: Bappeda first (5 of 5 Baik or better, 2 Sangat Baik)
    top = next(df.value for df in at.dataframe if t("col.rank") in df.value.columns)
    assert top.iloc[0][t("col.unit")] == "Bappeda Salatiga"
    assert t("kinerja.units.by.rating") in " ".join(c.value for c in at.caption)
    # kuadran: one of three disagrees; the predikat cap: two unit-years over it
    warnings = [w.value for w in at.warning]
    assert t("kinerja.kuadran.bad", bad="1", n="3", share=fmt.percent(1 / 3)) in warnings
    cap = table_with(at, t("col.over_by"))
    over = cap[cap[t("col.over_by")] > 0]
    assert sorted(zip(over[t("col.unit")], over[t("col.year")], strict=True)) == [
        ("Dinas Sosial Sawahlunto", 2024),
        ("Kecamatan Sidorejo", 2024),
    ]


def test_talenta_nine_box_from_the_ratings(ratings_app) -> None:
    at = open_as_analyst("talenta")
    grid = table_with(at, t("col.recommendation"))
    got = {
        (r[t("col.region")], int(r[t("col.box")])): int(r[t("col.employees")])
        for r in grid.to_dict("records")
        if r[t("col.employees")]
    }
    assert got == {
        ("SLT", 1): 1, ("SLT", 5): 1, ("SLT", 9): 1,
        ("JMB", 7): 1, ("JMB", 8): 1,
        ("SWL", 2): 1, ("SWL", 7): 1,
    }  # fmt: skip
    # the succession pool per region (the table by region, in the succession expander)
    pools = next(
        df.value
        for df in at.dataframe
        if t("col.pool") in df.value.columns and t("col.unit") not in df.value.columns
    )
    assert pools[t("col.pool")].tolist() == [1, 2, 1]
    # counted from 31 Dec 2024, the last year with evaluations (none has a score)
    assert "31-12-2024" in " ".join(c.value for c in at.caption)


def test_ringkasan_and_kebutuhan_without_scores(ratings_app) -> None:
    at = open_as_analyst("ringkasan", {"tahun": ["2024", "2024"]})
    assert base.kpi_values(at, "col.share_baik") == [
        fmt.percent(10 / 12),
        fmt.percent(5 / 6),
        fmt.percent(1.0),
    ]
    assert base.kpi_values(at, "col.mean_score") == [fmt.MISSING] * 3
    at = open_as_analyst("kebutuhan")
    years = table_with(at, t("col.bup"))
    assert list(
        zip(years[t("col.region")], years[t("col.year")], years[t("col.retiring_n")], strict=True)
    ) == [
        ("JMB", 2025, 1)  # B1, BUP 58 on 2025-05-01
    ]


def test_kompetensi_mapping_bands(ratings_app) -> None:
    at = open_as_analyst("kompetensi")
    bands = table_with(at, t("col.band_mapping"))
    slt = {r[t("col.band_mapping")]: r[t("col.employees")] for r in bands.to_dict("records")}
    # A1 83.3 (capped coverage) Cukup Optimal; A2, A3, A4 100 Optimal
    assert slt == {"Optimal": 3, "Cukup Optimal": 1, "Kurang Optimal": 0}
