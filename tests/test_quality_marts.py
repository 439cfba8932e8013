"""Kualitas Data's counts, read from the counts of mart_staff_counts and mart_annual_spans
(analytics/marts/70_staff.sql), against recounts with pandas from the raw tables of the
small demo and against the per-employee queries they replaced, after making gaps in some
employees' annual SKP results (mart_annual_spans reads mart_annual_kinerja only for them)
and moving some potential assessments to other years."""

from __future__ import annotations

import pandas as pd
import pytest
from import_helpers import open_copy
from recount import in_slice

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
    # two gaps for some (the year before the last too)
    con.execute(
        "delete from performance_evaluations where period_type = 'tahunan' and year(period_start) = ? "
        "and hash(nip) % 11 = 3",
        [years[-2]],
    )
    # potential assessed in other years than the demo's one, and twice for some
    con.execute(
        "update potential_assessments set assessed_on = assessed_on - interval 2 year where hash(nip) % 4 = 0"
    )
    con.execute(
        "insert into potential_assessments select nip, assessed_on + interval 1 year, potential_score, import_id "
        "from potential_assessments where hash(nip) % 4 = 0 and hash(nip) % 3 = 0"
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
    staff = staff[in_slice(staff, f)]
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


# the requirements page_readiness counts in employees, each on the staff of the filters
EMPLOYEE_REQUIREMENTS = (
    "employees", "employees_in_post", "post_levels", "education_fields", "competency_assessments",
    "potential", "annual_ratings",
)  # fmt: skip


def readiness_recount(con, f: Filters) -> dict[tuple[str, str], int]:
    """Per (requirement, region): the employees of the filters that have it, from the raw
    tables (v_employees, assessments, annual evaluations) with pandas."""
    staff = con.execute(
        "select nip, region_id, unit_id, jenis_jabatan, position_id, level, education_field from v_employees"
    ).df()
    staff = staff[in_slice(staff, f)]
    assessed = con.execute(
        "select distinct nip from competency_assessments where year(assessed_on) <= ?", [f.year_to]
    ).df()["nip"]
    potential = con.execute(
        "select distinct nip from potential_assessments where year(assessed_on) <= ?", [f.year_to]
    ).df()["nip"]
    ev = con.execute(
        "select nip, year(period_start) as year from performance_evaluations "
        "where period_type = 'tahunan' and (hasil_kerja is not null or score is not null)"
    ).df()
    rated = ev.loc[ev["year"].between(f.year_from, f.year_to), "nip"]
    has = {
        "employees": pd.Series(True, index=staff.index),
        "employees_in_post": staff["position_id"].notna(),
        "post_levels": staff["level"].notna(),
        "education_fields": staff["education_field"].notna(),
        "competency_assessments": staff["nip"].isin(set(assessed)),
        "potential": staff["nip"].isin(set(potential)),
        "annual_ratings": staff["nip"].isin(set(rated)),
    }
    out = {}
    for requirement, mask in has.items():
        for region, n in mask.groupby(staff["region_id"]).sum().items():
            out[(requirement, region)] = int(n)
    return out


def test_readiness_counts_of_employees_match_a_recount(gapped):
    """Every employee requirement of page_readiness (have, and total: the employees)
    equals the recount, over filter sets of regions, a unit, each jenis jabatan and year
    ranges within, across the gaps, before and after the data."""
    con, years = gapped
    first, last, middle = years[0], years[-1], years[len(years) // 2]
    regions = [r for (r,) in con.execute("select region_id from regions order by sort_order").fetchall()]
    unit, unit_region = con.execute(
        "select unit_id, any_value(region_id) from v_employees group by all order by count(*) desc limit 1"
    ).fetchall()[0]
    potential_years = [
        r[0]
        for r in con.execute(
            "select distinct year(assessed_on) from potential_assessments order by 1"
        ).fetchall()
    ]
    assert len(potential_years) >= 3  # the fixture's moves are there
    sets = [
        Filters(),
        Filters(regions=tuple(regions), year_from=first, year_to=last),
        Filters(regions=(regions[0],), year_from=middle, year_to=middle),
        Filters(regions=tuple(regions[1:3]), year_from=middle - 1, year_to=middle),
        Filters(year_from=first, year_to=first),
        Filters(year_from=years[-2], year_to=years[-2]),
        Filters(year_from=middle + 1, year_to=years[-2]),
        Filters(unit_id=unit, year_from=first, year_to=middle),
        Filters(regions=(unit_region,), unit_id=unit, jenis_jabatan=2, year_from=middle, year_to=last),
        Filters(jenis_jabatan=1, year_from=first, year_to=potential_years[0]),
        Filters(jenis_jabatan=2, year_from=potential_years[1], year_to=potential_years[1]),
        Filters(jenis_jabatan=4, year_from=middle, year_to=last),
        Filters(year_from=first - 6, year_to=first - 2),  # before any data
        Filters(year_from=first - 3, year_to=first),
        Filters(year_from=last + 1, year_to=last + 3),  # after the data
    ]
    for f in sets:
        df = quality.page_readiness(con, f)
        rows = df[df["requirement"].isin(EMPLOYEE_REQUIREMENTS)].drop_duplicates(["requirement", "region_id"])
        assert len(rows) == len(EMPLOYEE_REQUIREMENTS) * df["region_id"].nunique(), f
        want = readiness_recount(con, f)
        got = {(r.requirement, r.region_id): int(r.have) for r in rows.itertuples()}
        assert got == {k: want.get(k, 0) for k in got}, f
        assert {k for k, v in want.items() if v} <= set(got), f  # no region with any left out
        totals = rows[rows["requirement"] != "employees"]
        employees = {r: want.get(("employees", r), 0) for r in totals["region_id"]}
        assert totals["total"].tolist() == [employees[r] for r in totals["region_id"]], f
    # the counts the recount checked are not all trivial
    df = quality.page_readiness(con, Filters(year_from=middle, year_to=middle))
    annual = df[df["requirement"] == "annual_ratings"]
    assert (annual["have"] > 0).all() and (annual["have"] < annual["total"]).any()


# quality_by_unit's counts of employees as it made them from mart_staff's rows, kept to
# check the counts it reads now (mart_staff_counts); evaluated from the raw evaluations: an
# evaluation of the region's finest period type in its latest period or later (tahunan:
# that year or later), the region's latest as mart_kinerja has it
PER_EMPLOYEE_UNIT_COUNTS = """
    with finest as (
        select region_id, min(case period_type when 'bulanan' then 1 when 'triwulan' then 2 else 3 end) as r
        from mart_kinerja group by all
    ),
    latest as (
        select m.region_id, m.period_type, max(m.period_start) as period_start
        from mart_kinerja m join finest f using (region_id)
        where f.r = case m.period_type when 'bulanan' then 1 when 'triwulan' then 2 else 3 end
        group by all
    ),
    evaluated as (
        select s.nip
        from mart_staff s
        join latest l using (region_id)
        where exists (
            select 1 from performance_evaluations pe
            where pe.nip = s.nip and pe.period_type = l.period_type
              and (pe.period_start >= l.period_start
                   or (l.period_type = 'tahunan' and year(pe.period_start) = year(l.period_start)))
        )
    ),
    mart_staff as (
        select *, nip in (select nip from evaluated) as evaluated from mart_staff
    )
    select
        unit_id,
        count(*) as employees,
        count(*) filter (where not in_post) as without_post,
        count(*) filter (where not evaluated) as employees_without_latest_evaluation,
        count(*) filter (where not trained) as employees_without_training,
        count(*) filter (where first_assessed_year is null) as employees_without_assessment,
        count(*) filter (where nip not in (select nip from potential_assessments)) as employees_without_potential,
        count(*) filter (where birth_mismatch) as nip_birth_mismatch,
        count(*) filter (where sex_mismatch) as nip_sex_mismatch
    from mart_staff
    where (len($regions) = 0 or list_contains($regions, region_id))
      and ($unit_id is null or unit_id = $unit_id)
    group by all
"""


def test_quality_by_unit_counts_match_the_per_employee_query(gapped):
    con, _ = gapped
    regions = [r for (r,) in con.execute("select region_id from regions order by sort_order").fetchall()]
    unit = con.execute(
        "select unit_id from mart_staff group by all order by count(*) desc limit 1"
    ).fetchall()[0][0]
    for f in (Filters(), Filters(regions=(regions[0], regions[-1])), Filters(unit_id=unit)):
        want = con.execute(PER_EMPLOYEE_UNIT_COUNTS, {"regions": list(f.regions), "unit_id": f.unit_id}).df()
        got = quality.quality_by_unit(con, f)
        got = got.loc[got["employees"] > 0, list(want.columns)]
        assert len(got) == len(want) > 0, f
        assert want[want.columns[2:]].to_numpy().sum() > 0  # not all zero
        pd.testing.assert_frame_equal(
            got.sort_values("unit_id").reset_index(drop=True),
            want.sort_values("unit_id").reset_index(drop=True),
            check_dtype=False,
        )


def test_a_later_evaluation_in_another_regions_post_counts_as_evaluated(small_db, tmp_path) -> None:
    """mart_staff keeps each employee's latest evaluation per period type, and
    mart_staff_counts counts one as evaluated when it is of the region's latest period or
    later. By hand, in the region whose latest period is the earliest: one employee's
    evaluation of that period deleted takes exactly one off its evaluated count; the same
    employee evaluated a period later, in a post of another region (so the region's latest
    does not move), puts exactly that one back."""
    con = open_copy(small_db, tmp_path / "later.duckdb")
    try:
        adb.ensure_current(con)
        latest = """
            with finest as (
                select region_id, min(case period_type when 'bulanan' then 1 when 'triwulan' then 2 else 3 end) r
                from mart_kinerja group by all
            )
            select m.region_id, m.period_type, max(m.period_start) as period_start
            from mart_kinerja m join finest f using (region_id)
            where f.r = case m.period_type when 'bulanan' then 1 when 'triwulan' then 2 else 3 end
            group by all order by period_start, region_id
        """
        region, period_type, last = con.execute(latest).fetchall()[0]
        others = con.execute(latest).fetchall()[1:]
        assert others and others[-1][2] > last, "the demo has a region whose data end earlier"
        if period_type == "tahunan":
            pytest.skip("the earliest region's finest period is a year")
        nip = con.execute(
            """select ev.nip from performance_evaluations ev join mart_staff s using (nip)
               where s.region_id = ? and ev.period_type = ? and ev.period_start = ?
               order by ev.nip limit 1""",
            [region, period_type, last],
        ).fetchall()[0][0]
        post = con.execute(
            "select position_id from v_positions where region_id <> ? order by position_id limit 1", [region]
        ).fetchall()[0][0]

        def evaluated() -> int:
            return con.execute(
                "select sum(evaluated)::int from mart_staff_counts where region_id = ?", [region]
            ).fetchall()[0][0]

        before = evaluated()
        con.execute(
            "create temp table kept as select * from performance_evaluations where nip = ? "
            "and period_type = ? and period_start = ?",
            [nip, period_type, last],
        )
        con.execute(
            "delete from performance_evaluations where nip = ? and period_type = ? and period_start = ?",
            [nip, period_type, last],
        )
        adb.refresh_derived(con)
        assert evaluated() == before - 1
        later = "interval 3 month" if period_type == "triwulan" else "interval 1 month"
        con.execute(
            f"""insert into performance_evaluations by name
                select * replace ((period_start + {later})::date as period_start,
                                  (period_end + {later})::date as period_end, ? as position_id)
                from kept""",
            [post],
        )
        adb.refresh_derived(con)
        # the region's latest period is where it was: the later evaluation is another region's
        assert (region, period_type, last) in con.execute(latest).fetchall()
        assert evaluated() == before
    finally:
        con.close()
