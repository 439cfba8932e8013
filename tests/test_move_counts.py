"""The move counts of Penempatan and Ringkasan read mart_move_counts (placements counted per
region, year, type, status and the units and jenis jabatan on either side), not a row per
placement: each recounted in pandas from v_placements on the small demo, over filter sets
(regions, a unit on either side of the move, the jenis jabatan moved into, year ranges)."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from analytics import overview, placement, quality
from analytics.filters import Filters


@pytest.fixture(scope="module")
def demo(small_ro) -> duckdb.DuckDBPyConnection:
    return small_ro


@pytest.fixture(scope="module")
def moves(demo) -> pd.DataFrame:
    return demo.execute("select * from v_placements where move_type <> 'pengangkatan'").df()


def filter_sets(con: duckdb.DuckDBPyConnection) -> list[Filters]:
    first, last = con.execute("select min(year), max(year) from v_placements").fetchall()[0]
    regions = [r for (r,) in con.execute("select region_id from regions order by 1").fetchall()]
    unit = con.execute(
        "select from_unit_id from v_placements where from_unit_id is not null group by 1 order by count(*) desc, 1"
    ).fetchall()[0][0]
    return [
        Filters(year_from=first, year_to=last),
        Filters(year_from=last, year_to=last),
        Filters(regions=(regions[0],), year_from=first, year_to=last),
        Filters(regions=tuple(regions[1:3]), year_from=first + 1, year_to=last, jenis_jabatan=2),
        Filters(unit_id=unit, year_from=first, year_to=last),
        Filters(jenis_jabatan=1, year_from=first, year_to=last - 1),
    ]


def chosen(m: pd.DataFrame, f: Filters) -> pd.DataFrame:
    keep = m.year.between(f.year_from, f.year_to)
    if f.regions:
        keep &= m.region_id.isin(f.regions)
    if f.unit_id is not None:
        keep &= (m.from_unit_id == f.unit_id) | (m.to_unit_id == f.unit_id)
    if f.jenis_jabatan is not None:
        keep &= m.to_jenis_jabatan == f.jenis_jabatan
    return m[keep]


def counts(df: pd.DataFrame, keys: list[str], cols: list[str]) -> dict:
    return {tuple(r[k] for k in keys): tuple(int(r[c]) for c in cols) for _, r in df.iterrows()}


def test_move_counts_equal_a_recount_of_the_placements(demo, moves) -> None:
    for f in filter_sets(demo):
        m = chosen(moves, f)
        assert len(m), f
        executed = m[m.status == "executed"]
        declined = m.status == "declined"
        # declined per region and type, per unit moved out of
        want = m.assign(d=declined).groupby(["region_id", "move_type"]).agg(p=("d", "size"), d=("d", "sum"))
        got = placement.declined_by_region(demo, f)
        assert counts(got, ["region_id", "move_type"], ["proposed", "declined"]) == {
            k: (int(v.p), int(v.d)) for k, v in want.iterrows()
        }, f
        want = (
            m.assign(d=declined)
            .groupby(["region_id", "from_unit_id"], dropna=False)
            .agg(p=("d", "size"), d=("d", "sum"))
        )
        got = placement.declined_by_unit(demo, f)
        assert counts(got, ["region_id", "unit_id"], ["proposed", "declined"]) == {
            (r, None if pd.isna(u) else u): (int(v.p), int(v.d)) for (r, u), v in want.iterrows()
        }, f
        # executed moves within the same unit, per region
        within = executed.from_unit_id.eq(executed.to_unit_id)
        want = executed.assign(w=within).groupby("region_id").agg(n=("w", "size"), w=("w", "sum"))
        got = placement.moves_within(demo, f, by="unit")
        assert counts(got, ["region_id"], ["moves", "within"]) == {
            (k,): (int(v.n), int(v.w)) for k, v in want.iterrows()
        }
        # rotations, transfers, promotions per region
        got = placement.move_rates(demo, f)
        typed = executed[executed.move_type.isin(["rotasi", "mutasi", "promosi"])]
        want = typed.groupby(["region_id", "move_type"]).size()
        assert {k: v for k, v in counts(got, ["region_id", "move_type"], ["moves"]).items() if v[0]} == {
            k: (int(v),) for k, v in want.items()
        }, f
        # flows between units (every one: top large enough)
        flows = executed[executed.from_unit_id.ne(executed.to_unit_id)]
        want = flows.groupby(["region_id", "move_type", "from_unit_id", "to_unit_id"]).size()
        got = placement.move_flows(demo, f, by="unit", top=100_000)
        assert sorted(got.moves.astype(int)) == sorted(int(v) for v in want.values), f
        # Ringkasan / Penempatan headline: executed, proposed, declined per region
        kpis = overview.overview_kpis(demo, f).set_index("region_id")
        for region, r in m.groupby("region_id"):
            k = kpis.loc[region]
            assert (k.moves, k.proposed, k.declined) == (
                (r.status == "executed").sum(),
                len(r),
                (r.status == "declined").sum(),
            ), f
        # Kualitas Data: the moves a page needs, per region
        ready = quality.page_readiness(demo, f)
        have = ready[ready.requirement == "placements"].groupby("region_id").have.first()
        assert {r: int(v) for r, v in have.items() if v} == {r: len(g) for r, g in m.groupby("region_id")}, f
