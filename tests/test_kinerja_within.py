"""The within-employee and pooled kinerja trends (``kinerja.kinerja_within_trend``) against
an independent computation: pandas and numpy on the evaluations of the small demo (the
clean view ``v_evaluations``, the raw trainings and placements), demeaning per spell and
summing the cluster scores per employee, under many filter sets. Both ways the function
answers are checked: years covering the data's (the precomputed
``mart_kinerja_within_all_years``) and any other years (sums of ``mart_kinerja_within``)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics import kinerja
from analytics.db import run
from analytics.filters import Filters

RANK = {"bulanan": 1, "triwulan": 2, "tahunan": 3}
VALUES = ["estimate", "se", "ci_low", "ci_high"]


@pytest.fixture(scope="module")
def evaluations(small_db) -> pd.DataFrame:
    """Every evaluation with t (years since 2000 at the period's start), the outcomes,
    its spell (post held and executed moves before it) and whether the employee's first
    training of >= 20 JP had ended by the period's month."""
    import duckdb

    with duckdb.connect(str(small_db), read_only=True) as c:
        ev = c.execute(
            "select nip, position_id, region_id, unit_id, jenis_jabatan, period_type, period_start, "
            "predikat, hasil_kerja, score from v_evaluations"
        ).df()
        trainings = c.execute("select nip, end_date, jp from trainings").df()
        moves = c.execute(
            "select nip, effective_date from placements "
            "where status = 'executed' and move_type <> 'pengangkatan'"
        ).df()
    ev["period_start"] = pd.to_datetime(ev["period_start"])
    ev["year"] = ev["period_start"].dt.year
    ev["t"] = (ev["year"] - 2000) + (ev["period_start"].dt.month - 1) / 12.0
    ev["score"] = ev["score"].astype(float)
    ev["share_baik"] = (ev["predikat"] <= 2).astype(float)
    ev["share_sangat_baik"] = (ev["predikat"] == 1).astype(float)
    ev["share_di_atas"] = np.where(ev["hasil_kerja"].isna(), np.nan, (ev["hasil_kerja"] == 1).astype(float))
    first = trainings[trainings["jp"] >= 20].groupby("nip")["end_date"].min()
    trained_from = pd.to_datetime(first).dt.to_period("M").dt.to_timestamp()
    ev["trained"] = (ev["period_start"] >= ev["nip"].map(trained_from)).fillna(False).astype(bool)
    moves["effective_date"] = pd.to_datetime(moves["effective_date"])
    pairs = ev[["nip", "period_start"]].reset_index().merge(moves, on="nip")
    before = pairs[pairs["effective_date"] <= pairs["period_start"]].groupby("index").size()
    ev["moves_before"] = before.reindex(ev.index, fill_value=0).to_numpy()
    ev["position_id"] = ev["position_id"].fillna("-")
    return ev


def slope(t, y, groups, clusters) -> tuple[float, float, int] | None:
    """Least-squares slope of y on t with one intercept per group and its cluster-robust
    SE (G/(G-1)); None without variation in t."""
    frame = pd.DataFrame({"t": t, "y": y, "g": groups, "c": clusters})
    td = frame["t"] - frame.groupby("g")["t"].transform("mean")
    yd = frame["y"] - frame.groupby("g")["y"].transform("mean")
    sxx = float((td * td).sum())
    if sxx <= 1e-9:
        return None
    beta = float((td * yd).sum()) / sxx
    u = (td * (yd - beta * td)).groupby(frame["c"]).sum()
    n_clusters = len(u)
    se = np.sqrt(n_clusters / (n_clusters - 1) * float((u * u).sum())) / sxx if n_clusters > 1 else np.nan
    return beta, se, n_clusters


def reference(ev: pd.DataFrame, f: Filters) -> pd.DataFrame:
    d = ev[ev["year"].between(f.year_from, f.year_to)]
    if f.regions:
        d = d[d["region_id"].isin(f.regions)]
    if f.unit_id is not None:
        d = d[d["unit_id"] == f.unit_id]
    if f.jenis_jabatan is not None:
        d = d[d["jenis_jabatan"] == f.jenis_jabatan]
    rank = d["period_type"].map(RANK)
    d = d[rank == rank.groupby(d["region_id"]).transform("min")]
    rows = []
    for region, r in d.groupby("region_id"):
        for outcome in ("score", "share_baik", "share_sangat_baik", "share_di_atas"):
            o = r[r[outcome].notna()]
            spell = o["nip"] + "|" + o["position_id"] + "|" + o["moves_before"].astype(str)
            w = ~o["trained"]
            for method, fit, n in (
                ("pooled", slope(o["t"], o[outcome], np.zeros(len(o)), o["nip"]), len(o)),
                ("within", slope(o["t"][w], o[outcome][w], spell[w], o["nip"][w]), int(w.sum())),
            ):
                if fit is not None:
                    rows.append(
                        {
                            "region_id": region,
                            "outcome": outcome,
                            "method": method,
                            "period_type": r["period_type"].iloc[0],
                            "estimate": fit[0],
                            "se": fit[1],
                            "employees": fit[2],
                            "evaluations": n,
                        }
                    )
    return pd.DataFrame(rows)


def assert_same(got: pd.DataFrame, want: pd.DataFrame, label: str) -> None:
    keys = ["region_id", "outcome", "method"]
    got = got.sort_values(keys).reset_index(drop=True)
    assert len(got) == len(want), (label, len(got), len(want))
    if want.empty:
        return
    want = want.sort_values(keys).reset_index(drop=True)
    for col in [*keys, "period_type", "employees", "evaluations"]:
        assert got[col].astype(str).tolist() == want[col].astype(str).tolist(), (label, col)
    for col in ("estimate", "se"):
        np.testing.assert_allclose(got[col].to_numpy(float), want[col].to_numpy(float), rtol=1e-8, atol=1e-9)
    np.testing.assert_allclose(got["ci_low"], got["estimate"] - 1.96 * got["se"], rtol=1e-12)
    np.testing.assert_allclose(got["ci_high"], got["estimate"] + 1.96 * got["se"], rtol=1e-12)


def filter_sets(ev: pd.DataFrame) -> list[Filters]:
    first, last = int(ev["year"].min()), int(ev["year"].max())
    regions = sorted(ev["region_id"].unique())
    units = ev.groupby("unit_id").size().sort_values(ascending=False).index.tolist()
    unit_region = ev.groupby("unit_id")["region_id"].first()
    big, small = units[0], units[-1]
    other = next(r for r in regions if r != unit_region[big])
    out = [
        Filters(year_from=first, year_to=last),
        Filters(year_from=first - 3, year_to=last + 3),
        Filters(year_from=first + 1, year_to=last),
        Filters(year_from=first, year_to=last - 2),
        Filters(year_from=last, year_to=last),
        Filters(year_from=last + 1, year_to=last + 5),  # no years
        Filters(regions=tuple(regions[:2]), year_from=first, year_to=last),
        Filters(regions=tuple(regions[:2]), year_from=first + 1, year_to=last - 1),
        Filters(regions=(unit_region[big],), year_from=first, year_to=last, unit_id=big),
        Filters(regions=(unit_region[big],), year_from=first + 2, year_to=last, unit_id=big),
        Filters(year_from=first, year_to=last, unit_id=small),
        Filters(regions=(other,), year_from=first, year_to=last, unit_id=big),  # the unit is elsewhere
    ]
    out += [
        Filters(regions=tuple(regions), year_from=first, year_to=last),
        Filters(regions=tuple(regions[2:]), year_from=first + 1, year_to=last),
        Filters(year_from=first, year_to=first + 1, unit_id=big),
        Filters(regions=(regions[-1],), year_from=first, year_to=last, jenis_jabatan=2),
        Filters(year_from=first + 1, year_to=last, unit_id=small),
    ]
    for region in regions:
        out.append(Filters(regions=(region,), year_from=first, year_to=last))
    for jj in sorted(ev["jenis_jabatan"].dropna().unique()):
        out.append(Filters(year_from=first, year_to=last, jenis_jabatan=int(jj)))
        out.append(Filters(year_from=first, year_to=last - 1, jenis_jabatan=int(jj)))
        out.append(Filters(year_from=first, year_to=last, unit_id=big, jenis_jabatan=int(jj)))
    return out


def test_within_trend_matches_an_independent_computation(con, evaluations):
    sets = filter_sets(evaluations)
    assert len(sets) >= 30
    for f in sets:
        assert_same(kinerja.kinerja_within_trend(con, f), reference(evaluations, f), repr(f))


def test_precomputed_and_summed_estimates_agree(con, evaluations):
    """Over all years and without a jenis jabatan the function reads the precomputed rows;
    the query that sums the spells gives the same estimates for every region and unit."""
    first, last = kinerja._kinerja_within_years(con)
    assert (first, last) == (evaluations["year"].min(), evaluations["year"].max())
    regions = sorted(evaluations["region_id"].unique())
    units = evaluations["unit_id"].unique()[:8]
    sets = [Filters(year_from=first, year_to=last)]
    sets += [Filters(regions=(r,), year_from=first, year_to=last) for r in regions]
    sets += [Filters(year_from=first, year_to=last, unit_id=u) for u in units]
    for f in sets:
        pre = kinerja._kinerja_within_all_years(con, f)
        summed = run(con, "kinerja_within_trend", **f.params())
        assert len(pre) == len(summed) and len(pre) > 0, f
        pd.testing.assert_frame_equal(
            pre.drop(columns=VALUES), summed.drop(columns=VALUES), check_dtype=False, obj=repr(f)
        )
        np.testing.assert_allclose(pre[VALUES].to_numpy(float), summed[VALUES].to_numpy(float), rtol=1e-9)
