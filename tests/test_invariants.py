"""Every metric keeps its invariants (analytics/invariants.py) under several filters."""

from __future__ import annotations

import pytest

from analytics.filters import Filters
from analytics.invariants import METRICS

FILTERS = {
    "all": Filters(),
    "one-region": Filters(regions=("JMB",), year_from=2022, year_to=2025),  # quarterly, ratings only
    "fungsional": Filters(regions=("DKI", "JMB"), jenis_jabatan=2),
}


@pytest.mark.parametrize("fname", list(FILTERS))
@pytest.mark.parametrize("metric", list(METRICS), ids=lambda fn: fn.__name__)
def test_metric_invariants(con, metric, fname):
    f = FILTERS[fname]
    rules = METRICS[metric]
    df = metric(con, f)
    assert not df.empty, f"{metric.__name__} returned nothing for {fname}"
    if "region_id" in df and f.regions:  # no regions = every region
        assert set(df["region_id"]) <= set(f.regions)
    if keys := rules.get("keys"):
        assert not df.duplicated(keys).any(), f"duplicate keys {keys}"
        assert df[keys].notna().all().all()
    for col in rules.get("counts", []):
        assert (df[col].dropna() >= 0).all(), col
    for col in rules.get("shares", []):
        assert df[col].dropna().between(0, 1).all(), col
    if sums := rules.get("sums_to_one"):
        col, groups = sums
        totals = df.groupby(groups)[col].sum()
        assert totals.to_numpy() == pytest.approx(1.0)
    for value, low, high in rules.get("within", []):
        rows = df[[value, low, high]].dropna()
        assert (rows[low] <= rows[value] + 1e-12).all() and (rows[value] <= rows[high] + 1e-12).all(), value
    for col, allowed in rules.get("values", {}).items():
        assert set(df[col].dropna()) <= set(allowed), col


def test_every_metric_has_invariants():
    from analytics import competency, kinerja, overview, placement, staffing, talent, training

    public = {
        fn
        for mod in (overview, competency, kinerja, training, talent, staffing, placement)
        for name, fn in vars(mod).items()
        if callable(fn) and getattr(fn, "__module__", "") == mod.__name__ and not name.startswith("_")
    }
    public.discard(__import__("analytics.training").training.training_did_cells)
    assert public == set(METRICS)
