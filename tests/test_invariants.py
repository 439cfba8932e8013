"""Every metric keeps the invariants its spec declares (analytics/spec.py), under several
filters: its columns are exactly the declared ones, keys unique and not null, counts never
negative, shares within 0..1, intervals around their value, shares that add up to 1, parts
never above their whole, codes among their allowed values; and its privacy rules hide
every small group."""

from __future__ import annotations

import inspect

import pytest

from analytics import privacy, spec
from analytics.filters import Filters

FILTERS = {
    "all": Filters(),
    "one-region": Filters(regions=("JMB",), year_from=2022, year_to=2025),  # quarterly, ratings only
    "ratings-monthly": Filters(regions=("SWL",), year_from=2022, year_to=2025),  # monthly, ratings only
    "fungsional": Filters(regions=("DKI", "JMB"), jenis_jabatan=2),
}
METRICS = list(spec.metrics())
# what a small slice of the small demo cannot have: Sawahlunto (69 employees) has no good
# performer in an ill-fitting post with a fitting open post whose standards they meet
MAY_BE_EMPTY = {
    ("placement_candidates", "ratings-monthly"),
    ("placement_candidate_counts", "ratings-monthly"),
    # units of at least 10 staff whose fit rose by 5 pp in a quarter: none in these slices of
    # the small demo (Salatiga's fit wave has them)
    ("outcome_step_cells", "one-region"),
    ("outcome_step_cells", "ratings-monthly"),
    ("outcome_step_cells", "fungsional"),
}


def call(fn, con, f: Filters):
    params = inspect.signature(fn).parameters
    if "filters" not in params:
        return fn(con)
    if "outcome" in params and params["outcome"].default == "score":  # the cells: the outcome every slice has
        return fn(con, f, outcome="hasil_di_atas")
    return fn(con, f)


@pytest.mark.parametrize("fname", list(FILTERS))
@pytest.mark.parametrize("metric", METRICS, ids=lambda fn: fn.__name__)
def test_metric_invariants(con, metric, fname):
    f = FILTERS[fname]
    declared = metric.spec
    df = call(metric, con, f)
    assert list(df.columns) == declared.names, "the frame's columns are not the spec's"
    if (metric.__name__, fname) not in MAY_BE_EMPTY and metric.__name__ not in (
        "unmapped_programs",
        "mapped_codes",
    ):
        assert not df.empty, f"{metric.__name__} returned nothing for {fname}"
    if "region_id" in df and f.regions:  # no regions = every region
        assert set(df["region_id"]) <= set(f.regions)
    if keys := list(declared.keys):
        assert not df.duplicated(keys).any(), f"duplicate keys {keys}"
        assert df[keys].notna().all().all()
    for c in declared.columns:
        values = df[c.name].dropna()
        if c.invariant == "nonneg":
            assert (values >= 0).all(), c.name
        elif c.invariant == "unit":
            assert values.between(0, 1).all(), c.name
    if declared.sums_to_one:
        col, groups = declared.sums_to_one
        totals = df.groupby(list(groups))[col].sum()
        assert totals.to_numpy() == pytest.approx(1.0)
    for value, low, high in declared.within():
        rows = df[[value, low, high]].dropna()
        assert (rows[low] <= rows[value] + 1e-12).all() and (rows[value] <= rows[high] + 1e-12).all(), value
    for whole, parts in declared.parts().items():
        for part in parts:
            both = df[[whole, part]].dropna()
            assert (both[part] <= both[whole]).all(), (whole, part)
    for col, allowed in declared.values.items():
        assert set(df[col].dropna()) <= set(allowed), col


@pytest.mark.parametrize("metric", [m for m in METRICS if not m.spec.personal], ids=lambda fn: fn.__name__)
def test_the_spec_hides_every_small_group(con, metric):
    """Through privacy.protect, no shown count of a protected column is below the threshold
    (the demo sliced to one unit and one jenis jabatan has many small groups)."""
    unit = con.execute(
        "select unit_id from units where region_id = 'SWL' order by unit_id limit 1"
    ).fetchall()
    f = Filters(regions=("SWL",), unit_id=unit[0][0], jenis_jabatan=4, year_from=2022, year_to=2025)
    df = call(metric, con, f)
    out = privacy.protect(df, metric.spec, threshold=5)
    assert len(out) == len(df)
    for rule in metric.spec.rules:
        for col in (rule.count, *rule.parts):
            shown = out.loc[~privacy.is_suppressed(out, col), col].dropna()
            assert not ((shown > 0) & (shown < 5)).any(), (rule.count, col)


def test_a_personal_metric_has_no_viewer_view(con):
    from analytics import placement

    df = placement.placement_candidates(con, Filters())
    with pytest.raises(PermissionError):
        privacy.protect(df, placement.placement_candidates.spec)


def test_every_metric_has_a_spec():
    """Every public function of the metric modules that runs a query is declared."""
    from analytics import (
        competency,
        kinerja,
        outcomes,
        overview,
        placement,
        quality,
        staffing,
        talent,
        training,
    )

    reducers = {
        quality.page_status, quality.readiness_gaps, quality.empty_reasons, quality.protect_readiness,
        quality.staffed_regions, quality.regions_of,
    }  # fmt: skip
    public = {
        fn
        for mod in (overview, competency, kinerja, training, talent, staffing, placement, outcomes, quality)
        for name, fn in vars(mod).items()
        if inspect.isfunction(fn) and fn.__module__ == mod.__name__ and not name.startswith("_")
    }
    assert public - reducers == set(METRICS)


def test_every_declared_header_has_its_text():
    """A header named in a spec exists in both languages (a column without one shows
    ``col.<name>`` where a table shows it, checked by the page tests)."""
    from ui.i18n import STRINGS

    declared = {
        (m.__name__, c.name, c.header) for m in METRICS for c in m.spec.columns if c.header != f"col.{c.name}"
    }
    missing = sorted(x for x in declared if x[2] not in STRINGS)
    assert not missing, missing
