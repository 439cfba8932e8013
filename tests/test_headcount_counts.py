"""The headcounts and Kebutuhan's retirements read counts (mart_headcount), not a row per
employee: their results recounted in pandas from v_employees on the small demo, over
filter sets and horizons; and, in a database without evaluations (the as-of date is
then today), the per-unit retirements run to the end of the same year as the per-year
ones."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pytest
from import_helpers import open_copy
from recount import in_slice

from analytics import competency, outcomes, overview, placement, staffing
from analytics.db import refresh_derived
from analytics.filters import Filters


@pytest.fixture(scope="module")
def demo(small_ro) -> duckdb.DuckDBPyConnection:
    return small_ro


def staff(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute(
        """select region_id, unit_id, unit_name, jenis_jabatan, employee_type, qualification_fit,
            retirement_age, retirement_date from v_employees"""
    ).df()


def chosen(s: pd.DataFrame, f: Filters) -> pd.DataFrame:
    return s[in_slice(s, f)]


def filter_sets(con: duckdb.DuckDBPyConnection) -> list[Filters]:
    regions = [r for (r,) in con.execute("select region_id from regions order by 1").fetchall()]
    unit = con.execute("select unit_id from v_employees group by 1 order by count(*) desc, 1").fetchall()[0][
        0
    ]
    return [
        Filters(),
        Filters(regions=(regions[0],)),
        Filters(regions=tuple(regions[1:3]), jenis_jabatan=2),
        Filters(unit_id=unit),
        Filters(jenis_jabatan=1),
    ]


def expected_by_year(s: pd.DataFrame, as_of_year: int, horizon: int) -> list[tuple]:
    s = s[s.retirement_date.notna()].copy()
    s["years_ahead"] = (pd.to_datetime(s.retirement_date).dt.year - as_of_year).clip(lower=1)
    s = s[s.years_ahead <= horizon]
    g = s.groupby(["region_id", "years_ahead", "retirement_age"]).size()
    return sorted((r, int(y), as_of_year + int(y), int(a), int(n)) for (r, y, a), n in g.items())


def expected_by_unit(s: pd.DataFrame, last_day: dt.date) -> dict[str, tuple]:
    retiring = pd.to_datetime(s.retirement_date) <= pd.Timestamp(last_day)  # NaT: not retiring
    out = {}
    for unit, rows in s.assign(retiring=retiring).groupby("unit_id"):
        r = rows[rows.retiring]
        out[unit] = (
            len(rows),
            len(r),
            int((r.retirement_age == 58).sum()),
            int((r.retirement_age == 60).sum()),
            int((r.retirement_age == 65).sum()),
        )
    return out


def got_by_unit(df: pd.DataFrame) -> dict[str, tuple]:
    cols = ["employees", "retiring", "retiring_bup58", "retiring_bup60", "retiring_bup65"]
    return {r.unit_id: tuple(int(getattr(r, c)) for c in cols) for r in df.itertuples()}


@pytest.mark.parametrize("horizon", [1, 3, 5])
def test_retirements_equal_a_recount_of_the_employees(demo, horizon) -> None:
    as_of = demo.execute("select as_of_date from as_of_date()").fetchall()[0][0]
    assert (as_of.month, as_of.day) == (12, 31)  # the demo has evaluations
    s = staff(demo)
    for f in filter_sets(demo):
        rows = chosen(s, f)
        by_year = staffing.retirements_by_year(demo, f, horizon=horizon)
        got = sorted(
            (r.region_id, int(r.years_ahead), int(r.year), int(r.retirement_age), int(r.retiring))
            for r in by_year.itertuples()
        )
        assert got == expected_by_year(rows, as_of.year, horizon), f
        assert got  # every filter set has someone retiring within 5 years
        by_unit = staffing.retirements_by_unit(demo, f, horizon=horizon)
        assert got_by_unit(by_unit) == expected_by_unit(rows, dt.date(as_of.year + horizon, 12, 31)), f
        assert (by_unit.share_retiring == by_unit.retiring / by_unit.employees).all()
        assert set(by_unit.unit_name) == set(rows.unit_name)


def test_without_evaluations_both_count_to_the_end_of_the_year(small_db, tmp_path) -> None:
    con = open_copy(small_db, tmp_path / "no_evaluations.duckdb")
    try:
        con.execute("delete from performance_evaluations")
        refresh_derived(con)
        as_of = con.execute("select as_of_date from as_of_date()").fetchall()[0][0]
        assert as_of == dt.date.today()
        s = staff(con)
        by_unit = staffing.retirements_by_unit(con, Filters(), horizon=2)
        by_year = staffing.retirements_by_year(con, Filters(), horizon=2)
        assert got_by_unit(by_unit) == expected_by_unit(s, dt.date(as_of.year + 2, 12, 31))
        assert by_unit.retiring.sum() == by_year.retiring.sum() > 0
    finally:
        con.close()


def test_headcounts_equal_a_recount_of_the_employees(demo) -> None:
    s = staff(demo)
    last = demo.execute("select max(year) from mart_kinerja").fetchall()[0][0]
    for f in filter_sets(demo):
        f = Filters(
            regions=f.regions,
            unit_id=f.unit_id,
            jenis_jabatan=f.jenis_jabatan,
            year_from=last - 2,
            year_to=last,
        )
        rows = chosen(s, f)
        by_region = rows.groupby("region_id")
        # Ringkasan / Penempatan: employees, PNS, PPPK, share qualified
        kpis = overview.overview_kpis(demo, f).set_index("region_id")
        assert sorted(kpis.index) == sorted(by_region.groups), f
        for region, r in by_region:
            k = kpis.loc[region]
            assert (k.employees, k.pns, k.pppk) == (
                len(r),
                (r.employee_type == "PNS").sum(),
                (r.employee_type == "PPPK").sum(),
            ), f
            judged = r.qualification_fit.dropna()
            assert k.share_qualified == pytest.approx(judged.astype(int).mean(), rel=1e-12), f
        # Kompetensi: fit per region and jenis jabatan
        fit = competency.qualification_fit(demo, f)
        want = rows.groupby(["region_id", "jenis_jabatan"]).agg(
            employees=("unit_id", "size"),
            fit=("qualification_fit", lambda v: int((v == True).sum())),  # noqa: E712
        )
        got = fit.set_index(["region_id", "jenis_jabatan"])[["employees", "fit"]]
        assert got.sort_index().astype(int).equals(want.sort_index().astype(int)), f
        # Penempatan: moves per 100 employees over the slice's headcount
        rates = placement.move_rates(demo, f)
        for region, r in rates.groupby("region_id"):
            assert (r.employees == len(by_region.get_group(region))).all(), f
        # Publik: headcount and PNS per unit (whole units: no jenis jabatan filter)
        public = outcomes.public_units(demo, f).set_index("unit_id")
        whole = chosen(s, Filters(regions=f.regions, unit_id=f.unit_id))
        assert set(public.index) == set(whole.unit_id), f
        for unit, r in whole.groupby("unit_id"):
            assert (public.loc[unit, "employees"], public.loc[unit, "pns"]) == (
                len(r),
                (r.employee_type == "PNS").sum(),
            ), f
