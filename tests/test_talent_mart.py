"""Talenta read from its marts (``mart_talent_bins``, ``mart_succession_posts``:
analytics/marts/50_talent.sql) against the 9-box and the succession pool recomputed
in pandas from the raw tables, employee by employee, on a copy of the small demo.

The copy is made harder than the demo: PP 46/2011 score-only annual rows (the kinerja
level from the score against the cut-offs), employees whose latest annual result is
missing (an earlier year counts), and potential assessments in several years, some
exactly at the cut-offs. The cut-offs are query parameters: the same marts must give
every cut-off pair, none of them the defaults only.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from analytics import talent
from analytics.db import refresh_derived
from analytics.filters import Filters

CUTS = [(60.0, 80.0), (50.0, 70.0), (65.5, 72.25)]
BOX = {(k, p): box for box, k, p, _id, _en in talent.NINE_BOX}

VARIETY = """
-- employees picked by hash(nip) (the demo's NIPs mostly end alike)
-- every fifth employee's annual results of 2023 and 2025: PP 46/2011 score-only rows, a
-- third of them scored exactly at a cut-off
update performance_evaluations
set score = [60.0, 80.0, 50.0, 70.0, 65.5, 72.25][((hash(nip) // 30 + year(period_start)) % 6 + 1)::bigint]
where period_type = 'tahunan' and year(period_start) in (2023, 2025)
  and hash(nip) % 10 in (0, 5) and hash(nip) % 3 = 0;
update performance_evaluations
set hasil_kerja = null, perilaku = null, predikat_basis = 'pp46_score',
    predikat = case when score >= 91 then 1 when score >= 76 then 2 when score >= 61 then 3
                    when score >= 51 then 4 else 5 end
where period_type = 'tahunan' and score is not null and year(period_start) in (2023, 2025)
  and hash(nip) % 10 in (0, 5);
-- some employees have no 2025 annual result: their 2024 one is the latest
delete from performance_evaluations
where period_type = 'tahunan' and year(period_start) = 2025 and hash(nip) % 10 in (3, 5);
-- earlier and later potential assessments, some exactly at a cut-off
insert into potential_assessments
select nip, date '2022-06-30', [60.0, 80.0, 50.0, 70.0, 72.25, 41.5][(hash(nip) % 6 + 1)::bigint], null
from employees where hash(nip) % 10 in (1, 2, 3, 4);
insert into potential_assessments
select nip, date '2025-03-31', [65.5, 80.0, 60.0, 91.0][(hash(nip) % 4 + 1)::bigint], null
from employees where hash(nip) % 10 in (4, 6, 7);
"""


@pytest.fixture(scope="module")
def varied(small_db: Path, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("talent_mart") / "varied.duckdb"
    shutil.copyfile(small_db, path)
    con = duckdb.connect(str(path))
    con.execute(VARIETY)
    refresh_derived(con)
    try:
        yield con
    finally:
        con.close()


def _level(score: pd.Series, cut_low: float, cut_high: float) -> pd.Series:
    return pd.Series(
        [1 if s <= cut_low else 2 if s <= cut_high else 3 for s in score], index=score.index, dtype="int64"
    )


def reference_levels(con, f: Filters, cut_low: float, cut_high: float) -> pd.DataFrame:
    """One row per employee placed in the 9-box, from the raw tables (PermenPANRB 3/2020)."""
    staff = con.sql("select nip, region_id, unit_id, jenis_jabatan from v_employees").df()
    if f.regions:
        staff = staff[staff.region_id.isin(f.regions)]
    if f.unit_id is not None:
        staff = staff[staff.unit_id == f.unit_id]
    if f.jenis_jabatan is not None:
        staff = staff[staff.jenis_jabatan == f.jenis_jabatan]
    annual = con.sql(
        "select nip, period_start, hasil_kerja, score from performance_evaluations where period_type = 'tahunan'"
    ).df()
    year = pd.to_datetime(annual.period_start).dt.year
    annual = annual[
        year.between(f.year_from, f.year_to) & (annual.hasil_kerja.notna() | annual.score.notna())
    ]
    latest = annual.sort_values("period_start").groupby("nip").tail(1).set_index("nip")
    rated = latest.hasil_kerja.notna()
    kinerja = pd.DataFrame(
        {
            "kinerja_level": (4 - latest.hasil_kerja).where(
                rated, _level(latest.score.fillna(0), cut_low, cut_high)
            ),
            "kinerja_basis": rated.map({True: "rating", False: "score"}),
        }
    )
    potensi = con.sql("select nip, assessed_on, potential_score from potential_assessments").df()
    potensi = potensi[pd.to_datetime(potensi.assessed_on).dt.year <= f.year_to]
    potensi = potensi.sort_values("assessed_on").groupby("nip").tail(1).set_index("nip")
    levels = staff.join(kinerja, on="nip", how="inner").join(potensi, on="nip", how="inner")
    levels["kinerja_level"] = levels.kinerja_level.astype("int64")
    levels["potensi_level"] = _level(levels.potential_score, cut_low, cut_high)
    levels["box"] = [BOX[k, p] for k, p in zip(levels.kinerja_level, levels.potensi_level, strict=True)]
    return levels


def reference_succession(con, f: Filters, levels: pd.DataFrame) -> pd.DataFrame:
    """Pool, structural posts, vacant and retiring per unit, from the raw tables."""
    (last_year,) = con.execute("select max(year(period_start)) from performance_evaluations").fetchall()[0]
    horizon = pd.Timestamp(last_year + talent.SUCCESSION_YEARS, 12, 31)
    posts = con.sql(
        "select p.position_id, p.unit_id, u.region_id from positions p join units u using (unit_id) "
        "where p.jenis_jabatan = 1"
    ).df()
    if f.regions:
        posts = posts[posts.region_id.isin(f.regions)]
    if f.unit_id is not None:
        posts = posts[posts.unit_id == f.unit_id]
    holders = (
        con.sql("select position_id, retirement_date from v_employees")
        .df()
        .groupby("position_id")
        .agg(holders=("retirement_date", "size"), first_retirement=("retirement_date", "min"))
    )
    posts = posts.join(holders, on="position_id")
    posts["vacant"] = posts.holders.isna()
    posts["retiring"] = posts.holders.notna() & (pd.to_datetime(posts.first_retirement) <= horizon)
    post_counts = posts.groupby(["region_id", "unit_id"]).agg(
        structural_posts=("position_id", "size"), vacant=("vacant", "sum"), retiring=("retiring", "sum")
    )
    pool = (
        levels[levels.box.isin(talent.SUCCESSION_BOXES)]
        .groupby(["region_id", "unit_id"])
        .size()
        .rename("pool")
    )
    out = post_counts.join(pool, how="outer").fillna(0).astype("int64").reset_index()
    return out.sort_values("unit_id", ignore_index=True)


def filter_sets(con) -> dict[str, Filters]:
    region, unit = con.execute(
        """
        select r.region_id, e.unit_id
        from regions r join v_employees e using (region_id)
        group by all order by min(r.sort_order), count(*) desc, e.unit_id limit 1
        """
    ).fetchall()[0]
    return {
        "default": Filters(),
        "one region": Filters(regions=(region,)),
        "region and unit": Filters(regions=(region,), unit_id=unit),
        "fungsional": Filters(jenis_jabatan=2),
        "2022-2023": Filters(year_from=2022, year_to=2023),
        "2024 only": Filters(year_from=2024, year_to=2024),
        "2025 to the future": Filters(year_from=2025, year_to=2030),
    }


def test_the_copy_has_what_the_demo_lacks(varied):
    levels = reference_levels(varied, Filters(), 60.0, 80.0)
    assert (levels.kinerja_basis == "score").sum() > 50
    (several,) = varied.execute(
        "select count(*) from (select nip from potential_assessments group by nip having count(*) > 1)"
    ).fetchall()[0]
    assert several > 100


@pytest.mark.parametrize("cut_low, cut_high", CUTS)
def test_grid_equals_the_employee_by_employee_count(varied, cut_low, cut_high):
    for name, f in filter_sets(varied).items():
        levels = reference_levels(varied, f, cut_low, cut_high)
        grid = talent.talent_grid(varied, f, cut_low=cut_low, cut_high=cut_high)
        assert sorted(grid.region_id.unique()) == sorted(levels.region_id.unique()), name
        assert not grid.empty or name == "2025 to the future", name
        counts = levels.groupby(["region_id", "box"]).size()
        expected = counts.reindex(pd.MultiIndex.from_frame(grid[["region_id", "box"]]), fill_value=0)
        assert grid.employees.tolist() == expected.tolist(), name
        per_region = levels.groupby("region_id")
        for column, basis in (("by_rating", "rating"), ("by_score", "score")):
            want = per_region.kinerja_basis.apply(lambda b, basis=basis: int((b == basis).sum()))
            assert grid.groupby("region_id")[column].first().to_dict() == want.to_dict(), (name, column)
        assert grid.groupby("region_id").assessed.first().to_dict() == per_region.size().to_dict(), name
        assert grid.share.tolist() == pytest.approx((grid.employees / grid.assessed).tolist()), name


@pytest.mark.parametrize("cut_low, cut_high", CUTS)
def test_succession_equals_the_employee_by_employee_count(varied, cut_low, cut_high):
    columns = ["region_id", "unit_id", "pool", "structural_posts", "vacant", "retiring"]
    for name, f in filter_sets(varied).items():
        expected = reference_succession(varied, f, reference_levels(varied, f, cut_low, cut_high))
        by_unit = talent.succession_by_unit(varied, f, cut_low=cut_low, cut_high=cut_high)
        got = (
            by_unit[columns]
            .sort_values("unit_id", ignore_index=True)
            .astype({c: "int64" for c in columns[2:]})
        )
        pd.testing.assert_frame_equal(got, expected[columns], check_dtype=False, obj=name)
        by_region = talent.succession_by_region(varied, f, cut_low=cut_low, cut_high=cut_high)
        sums = expected.groupby("region_id")[columns[2:]].sum()
        got_region = by_region.set_index("region_id")[columns[2:]].astype("int64").sort_index()
        pd.testing.assert_frame_equal(got_region, sums.sort_index(), check_dtype=False, obj=name)
