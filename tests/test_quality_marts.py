"""Kualitas Data's counts read from mart_staff (analytics/marts/70_staff.sql) against
recounts with pandas from the raw tables of the small demo, after making gaps in some
employees' annual SKP results (page_readiness reads mart_annual_kinerja only for them)."""

from __future__ import annotations

import pandas as pd
import pytest
from import_helpers import open_copy

from analytics import db as adb
from analytics import quality
from analytics.filters import Filters


@pytest.fixture(scope="module")
def gapped(small_db, tmp_path_factory):
    con = open_copy(small_db, tmp_path_factory.mktemp("gaps") / "gaps.duckdb")
    years = [
        r[0]
        for r in con.execute(
            "select distinct year(period_start) from performance_evaluations order by 1"
        ).fetchall()
    ]
    # a year missing between two annual results for some employees, the first year for others
    con.execute(
        "delete from performance_evaluations where period_type = 'tahunan' and year(period_start) = ? "
        "and hash(nip) % 5 = 0",
        [years[len(years) // 2]],
    )
    con.execute(
        "delete from performance_evaluations where period_type = 'tahunan' and year(period_start) = ? "
        "and hash(nip) % 7 = 1",
        [years[0]],
    )
    adb.refresh_derived(con)
    yield con, years
    con.close()


def annual_recount(con, f: Filters) -> dict[str, int]:
    staff = con.execute("select nip, region_id, unit_id, jenis_jabatan from v_employees").df()
    ev = con.execute(
        "select nip, year(period_start) as year from performance_evaluations "
        "where period_type = 'tahunan' and (hasil_kerja is not null or score is not null)"
    ).df()
    if f.regions:
        staff = staff[staff["region_id"].isin(f.regions)]
    if f.unit_id is not None:
        staff = staff[staff["unit_id"] == f.unit_id]
    if f.jenis_jabatan is not None:
        staff = staff[staff["jenis_jabatan"] == f.jenis_jabatan]
    rated = set(ev.loc[ev["year"].between(f.year_from, f.year_to), "nip"])
    return staff[staff["nip"].isin(rated)].groupby("region_id").size().to_dict()


def test_annual_ratings_with_gaps_match_a_recount(gapped):
    con, years = gapped
    gaps = con.execute(
        "select count(*) from mart_staff where annual_years < last_annual_year - first_annual_year + 1"
    ).fetchall()[0][0]
    assert gaps > 10  # the gap path is exercised
    unit = con.execute(
        "select unit_id from mart_staff group by all order by count(*) desc limit 1"
    ).fetchall()[0][0]
    first, last, middle = years[0], years[-1], years[len(years) // 2]
    sets = [
        Filters(year_from=first, year_to=last),
        Filters(year_from=middle, year_to=middle),
        Filters(year_from=first, year_to=first),
        Filters(year_from=middle - 1, year_to=middle),
        Filters(year_from=middle, year_to=last, jenis_jabatan=4),
        Filters(year_from=first, year_to=middle, unit_id=unit),
        Filters(year_from=last + 1, year_to=last + 3),
    ]
    for f in sets:
        df = quality.page_readiness(con, f)
        got = df[(df["requirement"] == "annual_ratings") & (df["page"] == "talenta")]
        got = {r.region_id: int(r.have) for r in got.itertuples() if r.have > 0}
        assert got == annual_recount(con, f), f


def test_quality_counts_match_a_recount(gapped):
    con, _ = gapped
    units = quality.quality_by_unit(con, Filters())
    staff = con.execute("select nip, unit_id, position_id from v_employees").df()
    trained = set(con.execute("select nip from trainings").df()["nip"])
    assessed = set(con.execute("select nip from competency_assessments").df()["nip"])
    potential = set(con.execute("select nip from potential_assessments").df()["nip"])
    want = (
        pd.DataFrame(
            {
                "unit_id": staff["unit_id"],
                "employees": 1,
                "without_post": staff["position_id"].isna().astype(int),
                "employees_without_training": (~staff["nip"].isin(trained)).astype(int),
                "employees_without_assessment": (~staff["nip"].isin(assessed)).astype(int),
                "employees_without_potential": (~staff["nip"].isin(potential)).astype(int),
            }
        )
        .groupby("unit_id")
        .sum()
    )
    got = units.set_index("unit_id")[list(want.columns)]
    got = got[got["employees"] > 0]
    pd.testing.assert_frame_equal(got.sort_index(), want.sort_index(), check_dtype=False, check_names=False)
