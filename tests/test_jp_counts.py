"""The JP pages read counts (mart_jp_values, mart_jp_counts, mart_jp_starts), not a row per
employee-year: their results recounted in pandas from the rows (mart_staff_year_jp) on
the small demo, over filter sets and both part-year conventions."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd
import pytest
import recount
from import_helpers import open_copy
from recount import in_slice

from analytics import outcomes, overview, training
from analytics.db import refresh_derived
from analytics.filters import Filters

PART_YEAR = ("prorate", "apart")


@pytest.fixture(scope="module")
def demo(small_ro) -> duckdb.DuckDBPyConnection:
    return small_ro


@pytest.fixture(scope="module")
def staff_years(demo) -> pd.DataFrame:
    return demo.execute("select * from mart_staff_year_jp").df()


def filter_sets(con: duckdb.DuckDBPyConnection) -> list[Filters]:
    return recount.filter_sets(
        con,
        "select min(year), max(year) from mart_staff_year_jp",
        "select unit_id from mart_staff_year_jp where employee_type = 'PNS' group by 1 order by count(*) desc, 1",
    )


def rows_of(staff_years: pd.DataFrame, f: Filters, employee_type: str) -> pd.DataFrame:
    s = staff_years
    keep = s.year.between(f.year_from, f.year_to) & (s.employee_type == employee_type) & in_slice(s, f)
    return s[keep]


def assert_same(got: pd.DataFrame, want: pd.DataFrame, keys: list[str], what) -> None:
    assert len(got) == len(want), what
    got = got.sort_values(keys).reset_index(drop=True)
    want = want.sort_values(keys).reset_index(drop=True)
    for col in want.columns:
        if pd.api.types.is_float_dtype(want[col]):
            assert np.allclose(got[col].to_numpy(float), want[col].to_numpy(float), rtol=1e-12), (what, col)
        else:
            assert got[col].tolist() == want[col].tolist(), (what, col)


def pd_jp_by_unit(staff_years: pd.DataFrame, units: pd.DataFrame, f: Filters, part_year: str) -> pd.DataFrame:
    s = rows_of(staff_years, f, "PNS")
    if part_year == "apart":
        s = s[s.months_in_service == 12]
    s = s.assign(counted=s.met_prorated if part_year == "prorate" else s.met)
    out = (
        s.groupby(["region_id", "unit_id"])
        .agg(
            employees=("nip", "nunique"),
            employee_years=("nip", "size"),
            mean_jp=("jp", "mean"),
            met=("counted", "sum"),
        )
        .reset_index()
    )
    out["share_met"] = out.met / out.employee_years
    return out.merge(units, on="unit_id")


def test_jp_by_unit_equals_a_recount_of_the_rows(demo, staff_years):
    units = demo.execute("select unit_id, name as unit_name from units").df()
    checked = 0
    for f in filter_sets(demo):
        for part_year in PART_YEAR:
            got = training.jp_by_unit(demo, f, part_year=part_year)
            want = pd_jp_by_unit(staff_years, units, f, part_year)
            assert_same(got[list(want.columns)], want, ["unit_id"], (f, part_year))
            assert got.share_met.is_monotonic_increasing, (f, part_year)  # worst first
            checked += len(got)
            # employees are distinct PNS, fewer than their years over a range of years
            if f.year_to > f.year_from and len(got):
                assert (got.employees < got.employee_years).any(), (f, part_year)
    assert checked > 500


def test_jp_by_unit_at_the_end_of_the_data(small_db, tmp_path):
    """Staff appointed in the data's last year (after January: no full year in the data;
    in January: one) or after it (no row at all), counted over ranges past the data."""
    con = open_copy(small_db, tmp_path / "late.duckdb")
    try:
        last = con.execute("select max(year) from mart_staff_year_jp").fetchall()[0][0]
        unit = con.execute(
            "select unit_id from mart_staff_year_jp where employee_type = 'PNS' group by 1 order by count(*) desc, 1"
        ).fetchall()[0][0]
        nips = [
            n
            for (n,) in con.execute(
                "select nip from v_employees where unit_id = ? and employee_type = 'PNS' order by nip limit 12",
                [unit],
            ).fetchall()
        ]
        for nips_, start in (
            (nips[:6], f"{last}-05-01"),
            (nips[6:9], f"{last}-01-01"),
            (nips[9:], f"{last + 1}-03-01"),
        ):
            con.execute(
                "update employees set service_start = ?::date,"
                " position_start = greatest(position_start, ?::date) where list_contains(?, nip)",
                [start, start, nips_],
            )
        refresh_derived(con)
        staff_years = con.execute("select * from mart_staff_year_jp").df()
        units = con.execute("select unit_id, name as unit_name from units").df()
        for a, b in ((last - 1, last + 2), (last, last), (last - 3, last), (last + 1, last + 2)):
            for f in (Filters(year_from=a, year_to=b), Filters(unit_id=unit, year_from=a, year_to=b)):
                for part_year in PART_YEAR:
                    got = training.jp_by_unit(con, f, part_year=part_year)
                    want = pd_jp_by_unit(staff_years, units, f, part_year)
                    assert_same(got[list(want.columns)], want, ["unit_id"], (f, part_year))
        # the six appointed in May of the last year: in its pro-rated count, not in its full years
        f = Filters(unit_id=unit, year_from=last, year_to=last + 2)
        counts = {p: training.jp_by_unit(con, f, part_year=p).employees.iloc[0] for p in PART_YEAR}
        assert counts["prorate"] - counts["apart"] == 6
    finally:
        con.close()


def test_a_part_year_in_the_range_counts_its_employee_only_when_pro_rated(demo, staff_years):
    """The employees 'apart' leaves out differ from those 'prorate' counts (appointed in
    the range's last year, after January): a check that the recount sees the difference."""
    first, last = demo.execute(
        "select min(year), max(year) filter (where months_in_service < 12) from mart_staff_year_jp"
        " where employee_type = 'PNS'"
    ).fetchall()[0]
    f = Filters(year_from=first, year_to=last)  # to the last year anybody was appointed in
    totals = {p: int(training.jp_by_unit(demo, f, part_year=p).employees.sum()) for p in PART_YEAR}
    s = rows_of(staff_years, f, "PNS")
    full_years = s[s.months_in_service == 12]
    assert totals == {"prorate": s.nip.nunique(), "apart": full_years.nip.nunique()}
    assert totals["apart"] < totals["prorate"]


def pd_jp_entitlement(
    staff_years: pd.DataFrame, f: Filters, employee_type: str, part_year: str
) -> pd.DataFrame:
    s = rows_of(staff_years, f, employee_type)
    part = s.months_in_service < 12
    s = s.assign(
        staff=np.where(part_year == "prorate", "all", np.where(part, "part_year", "full_year")),
        part=part,
        counted=s.met_prorated if part_year == "prorate" else s.met,
    )
    out = (
        s.groupby(["region_id", "year", "staff"])
        .agg(
            employees=("nip", "size"),
            part_year=("part", "sum"),
            entitlement_jp=("entitlement_jp", "max"),
            mean_jp=("jp", "mean"),
            median_jp=("jp", "median"),
            met=("counted", "sum"),
        )
        .reset_index()
    )
    out["share_met"] = out.met / out.employees
    return out


@pytest.mark.parametrize("employee_type", ["PNS", "PPPK"])
def test_jp_entitlement_equals_a_recount_of_the_rows(demo, staff_years, employee_type):
    checked = 0
    for f in filter_sets(demo):
        for part_year in PART_YEAR:
            got = training.jp_entitlement(demo, f, employee_type=employee_type, part_year=part_year)
            want = pd_jp_entitlement(staff_years, f, employee_type, part_year)
            assert_same(got[list(want.columns)], want, ["region_id", "year", "staff"], (f, part_year))
            checked += len(got)
    assert checked > 50
    # medians of an even count of employee-years: the mean of the middle two, not one of them
    some = pd_jp_entitlement(staff_years, filter_sets(demo)[0], employee_type, "apart")
    assert (some.median_jp % 1 == 0.5).any() or employee_type == "PPPK"


def test_20_jp_coverage_of_one_year_equals_a_recount(demo, staff_years):
    """Ringkasan, Layanan and Publik read the year's PNS and how many met 20 JP (pro-rated)
    from mart_jp_counts too."""
    pns = staff_years[staff_years.employee_type == "PNS"]
    checked = 0
    for f in filter_sets(demo)[:4]:
        year = pns[pns.year == f.year_to]
        by_unit = year.groupby("unit_id").agg(pns=("nip", "size"), met=("met_prorated", "sum"))
        got = outcomes.outcome_units(demo, f).set_index("unit_id")  # units with IKM or feedback
        want = by_unit.reindex(got.index)
        assert got.pns.tolist() == want.pns.fillna(0).astype(int).tolist(), f
        assert np.allclose(got.share_jp_met, want.met / want.pns, equal_nan=True), f
        checked += got.pns.gt(0).sum()
        public = demo.execute("select * from public_unit_counts([], null, ?)", [f.year_to]).df()
        public = public[public.pns_years > 0].set_index("unit_id")
        assert public.pns_years.to_dict() == by_unit.pns.to_dict(), f
        assert public.met.to_dict() == by_unit.met.to_dict(), f
        kpis = overview.overview_kpis(demo, f).set_index("region_id")
        by_region = year.groupby("region_id").met_prorated.mean()
        assert np.allclose(kpis.share_jp_met.loc[by_region.index], by_region), f
    assert checked > 50


@pytest.mark.slow
def test_a_load_of_evaluations_in_a_new_year_refreshes_the_jp_counts_by_year(small_db, tmp_path, monkeypatch):
    """The year rules of analytics.incremental (mart_staff_year_jp and the counts made of
    it): a load of evaluations that adds a data year, and its undo, give the marts of a
    full rebuild."""
    from test_refresh import assert_same_marts

    from analytics import db as adb
    from analytics import incremental
    from data.importing import Upload, import_files, undo_latest

    ran: list[int] = []
    real = incremental.refresh
    monkeypatch.setattr(incremental, "refresh", lambda con, timings=None: ran.append(1) or real(con, timings))
    path = tmp_path / "new_year.duckdb"
    con = open_copy(small_db, path)

    def compare(what: str) -> None:
        con.execute("checkpoint")
        full = open_copy(path, tmp_path / "full.duckdb")
        try:
            refresh_derived(full)
            assert_same_marts(con, full, what)
        finally:
            full.close()

    try:
        adb.ensure_current(con)
        last = con.execute("select max(year) from mart_jp_counts").fetchall()[0][0]
        csv = tmp_path / "new_year.csv"
        con.execute(
            f"""copy (
                select nip, period_type, make_date({last + 1}, 1, 1) as period_start,
                    make_date({last + 1}, 1, 31) as period_end, position_id, hasil_kerja, perilaku, score
                from performance_evaluations
                where period_type = 'bulanan'
                  and period_start = (select max(period_start) from performance_evaluations
                                      where period_type = 'bulanan')
                order by nip
                limit 50
            ) to '{csv}' (header)"""
        )
        result = import_files(con, [Upload("evaluations", csv, csv.name)], mode="append", user="test")
        assert result.ok and result.files[0].inserted == 50
        assert ran == [1]  # by the slices
        assert con.execute("select max(year) from mart_jp_counts").fetchall()[0][0] == last + 1
        compare("a new year")
        undo_latest(con, "evaluations", user="test")
        assert ran == [1, 1]
        assert con.execute("select max(year) from mart_jp_counts").fetchall()[0][0] == last
        compare("its undo")
    finally:
        con.close()
