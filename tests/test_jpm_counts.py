"""The JPM queries of Kompetensi and Ringkasan read value counts (mart_jpm_values), not a
row per employee and year: their results recounted in pandas from the rows
(mart_employee_jpm) on the small demo, over filter sets."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd
import pytest
import recount
from recount import in_slice

from analytics import competency, overview
from analytics.filters import Filters


@pytest.fixture(scope="module")
def demo(small_ro) -> duckdb.DuckDBPyConnection:
    return small_ro


@pytest.fixture(scope="module")
def rows(demo) -> pd.DataFrame:
    return demo.execute("select * from mart_employee_jpm").df()


def filter_sets(con: duckdb.DuckDBPyConnection) -> list[Filters]:
    return recount.filter_sets(
        con,
        "select min(as_of_year), max(as_of_year) from mart_employee_jpm",
        "select unit_id from mart_employee_jpm group by 1 order by count(*) desc, 1",
    )


def latest_year(rows: pd.DataFrame, f: Filters):
    years = rows.as_of_year[rows.as_of_year <= f.year_to]
    return years.max() if len(years) else None


def as_of(rows: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The slice's rows of the latest as_of_year up to year_to (of all rows, not the slice's)."""
    return rows[in_slice(rows, f) & (rows.as_of_year == latest_year(rows, f))]


def with_flags(r: pd.DataFrame) -> pd.DataFrame:
    return r.assign(
        optimal=(r.mapping_band == "Optimal").astype(float),
        kurang=(r.mapping_band == "Kurang Optimal").astype(float),
        qualified=r.qualification_fit.astype(float),
    )


def means_by(r: pd.DataFrame, keys: list[str], ratio: bool = True, qualified: bool = True) -> pd.DataFrame:
    aggs = {"employees": ("nip", "size"), "mean_jpm": ("jpm", "mean")}
    if ratio:
        aggs["mean_jpm_ratio"] = ("jpm_ratio", "mean")
    aggs |= {"share_optimal": ("optimal", "mean"), "share_kurang_optimal": ("kurang", "mean")}
    if qualified:
        aggs["share_qualified"] = ("qualified", "mean")
    return with_flags(r).groupby(keys).agg(**aggs).reset_index()


def assert_same(got: pd.DataFrame, want: pd.DataFrame, keys: list[str], what) -> None:
    assert len(got) == len(want), what
    got = got[list(want.columns)].sort_values(keys).reset_index(drop=True)
    want = want.sort_values(keys).reset_index(drop=True)
    for col in want.columns:
        if col.startswith("mean_"):
            same = np.allclose(got[col].to_numpy(float), want[col].to_numpy(float), rtol=1e-12, atol=0)
            assert same, (what, col)
        elif pd.api.types.is_float_dtype(want[col]):  # shares: exact
            assert got[col].to_numpy(float).tolist() == want[col].to_numpy(float).tolist(), (what, col)
        else:
            assert got[col].tolist() == want[col].tolist(), (what, col)


def test_jpm_by_unit_equals_a_recount_of_the_rows(demo, rows):
    units = demo.execute("select unit_id, name as unit_name from units").df()
    checked = 0
    for f in filter_sets(demo):
        got = competency.jpm_by_unit(demo, f)
        want = means_by(as_of(rows, f), ["region_id", "unit_id"]).merge(units, on="unit_id")
        assert_same(got, want, ["unit_id"], f)
        assert got.mean_jpm.is_monotonic_increasing, f  # weakest first
        checked += len(got)
    assert checked > 300


def test_jpm_by_jenis_jabatan_equals_a_recount_of_the_rows(demo, rows):
    checked = 0
    for f in filter_sets(demo):
        got = competency.jpm_by_jenis_jabatan(demo, f)
        want = means_by(as_of(rows, f), ["region_id", "jenis_jabatan"])
        assert_same(got, want, ["region_id", "jenis_jabatan"], f)
        checked += len(got)
    assert checked > 50


def test_jpm_trend_equals_a_recount_of_the_rows(demo, rows):
    checked = 0
    for f in filter_sets(demo):
        years = rows.as_of_year.between(f.year_from, f.year_to) | (rows.as_of_year == latest_year(rows, f))
        r = rows[in_slice(rows, f) & years]
        got = competency.jpm_trend(demo, f)
        want = means_by(r, ["region_id", "as_of_year"], ratio=False, qualified=False)
        assert_same(got, want, ["region_id", "as_of_year"], f)
        checked += len(got)
    assert checked > 30


@pytest.mark.parametrize("scheme", ["pemetaan", "seleksi"])
def test_jpm_distribution_equals_a_recount_of_the_rows(demo, rows, scheme):
    bands = demo.execute("select band from jpm_bands where scheme = ?", [scheme]).df().band.tolist()
    checked = 0
    for f in filter_sets(demo):
        r = as_of(rows, f)
        band = r.band if scheme == "seleksi" else r.mapping_band
        counts = r.assign(chosen=band).groupby(["region_id", "chosen"]).size()
        cells = pd.MultiIndex.from_product([sorted(r.region_id.unique()), bands], names=["region_id", "band"])
        want = counts.reindex(cells, fill_value=0).rename("employees").reset_index()
        want["share"] = want.employees / want.groupby("region_id").employees.transform("sum")
        got = competency.jpm_distribution(demo, f, scheme=scheme)
        assert (got.scheme == scheme).all(), f
        assert_same(got, want, ["region_id", "band"], f)
        checked += len(got)
    assert checked > 50


def test_overview_kpis_jpm_equal_a_recount_of_the_rows(demo, rows):
    """Ringkasan's JPM per region (overview_kpis) from the same counts."""
    checked = 0
    for f in filter_sets(demo):
        want = means_by(as_of(rows, f), ["region_id"]).set_index("region_id")
        got = overview.overview_kpis(demo, f).set_index("region_id")
        got = got.loc[got.mean_jpm.notna()]
        assert sorted(got.index) == sorted(want.index), f
        got = got.loc[want.index]
        for col in ("mean_jpm", "mean_jpm_ratio"):
            assert np.allclose(got[col], want[col], rtol=1e-12, atol=0), (f, col)
        assert got.share_optimal.tolist() == want.share_optimal.tolist(), f
        checked += len(want)
    assert checked > 30
