"""The screen and the handout cannot differ (issue #11).

Every metric a slide of the report shows is also on a page. For the same filters — a
small unit, whose groups are mostly under the threshold — the pages as a viewer sees
them (AppTest) and the story of the report must hide exactly the same cells of the same
metric. Both go through :func:`analytics.privacy.protect` with the metric's own spec;
this test records every call and compares what each hid.

Before the specs, the slide of move rates showed a rate per 100 over a region of fewer
than 5 employees that the page hid, and the training slide printed the comparison
group's n that the page hid.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest
import test_pages as base  # the pages' AppTest fixtures (tests/ is on sys.path)

from analytics import competency, kinerja, overview, placement, privacy, talent, training
from analytics.filters import Filters
from reporting.story import Data, build_story

running_server_page_mode = base.running_server_page_mode
ui_db, app_env, raw = base.ui_db, base.app_env, base.raw

# the metrics of the story's slides and the page that shows each (with the options the
# slide asks for, where the page has a control for them)
ON_BOTH = {
    overview.overview_kpis: "ringkasan",
    competency.jpm_distribution: "kompetensi",
    placement.move_rates: "penempatan",
    talent.talent_grid: "talenta",
    talent.succession_by_region: "talenta",
    kinerja.kinerja_trend: "kinerja",
}


def masks(declared, out: pd.DataFrame) -> pd.DataFrame:
    """The hidden cells of a protected frame, one row per key, one column per protected
    column (True: hidden)."""
    cols = [c for c in privacy.suppressed_columns(out) if c not in declared.keys]
    frame = out[list(declared.keys)].copy()
    for c in cols:
        frame[c] = privacy.is_suppressed(out, c).to_numpy()
    return frame.sort_values(list(declared.keys)).reset_index(drop=True)


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> list:
    calls: list = []
    real = privacy.protect

    def spy(df, declared, threshold=None):
        out = real(df, declared, threshold)
        calls.append((declared, out))
        return out

    monkeypatch.setattr(privacy, "protect", spy)
    return calls


def small_unit(raw) -> tuple[str, str]:
    """A unit of 5 to 12 employees: its groups by predikat, move type or 9-box are small."""
    return raw(
        """select u.unit_id, u.region_id from employees e join positions p using (position_id)
           join units u on u.unit_id = p.unit_id group by all having count(*) between 5 and 12
           order by count(*), u.unit_id limit 1"""
    )[0]


def test_pages_and_slides_hide_the_same_cells(app_env, raw, recorded) -> None:
    unit_id, region_id = small_unit(raw)
    first, last = (
        int(v)
        for v in raw("select min(year(period_start)), max(year(period_start)) from performance_evaluations")[
            0
        ]
    )
    filters = Filters(regions=(region_id,), year_from=first, year_to=last, unit_id=unit_id)

    # the report, as the presentation view builds it (always suppressed)
    import duckdb

    con = duckdb.connect(str(app_env), read_only=True)  # as the app reads it (analytics.snapshot)
    try:
        build_story(filters, Data.on(con))
    finally:
        con.close()
    slides = {id(d): masks(d, out) for d, out in recorded}
    recorded.clear()

    # the pages, as a viewer opens them with the same filters
    at = base.open_page("ringkasan")
    at.multiselect(key="wilayah").set_value([region_id]).run()
    at.selectbox(key="unit").set_value(unit_id).run()
    for page in dict.fromkeys(ON_BOTH.values()):
        query = {"grain": "year"} if page == "kinerja" else {}
        for k, v in query.items():
            at.query_params[k] = v
        at.switch_page(f"pages/{page}.py").run()
        base.assert_ok(at)
    pages: dict[int, list[pd.DataFrame]] = {}
    for declared, out in recorded:
        pages.setdefault(id(declared), []).append(masks(declared, out))

    hid_something = False
    for fn in ON_BOTH:
        key = id(fn.spec)
        assert key in slides, f"the story did not protect {fn.__name__} by its spec"
        assert key in pages, f"no page protected {fn.__name__} by its spec"
        slide = slides[key]
        same = [
            p
            for p in pages[key]
            if p.shape == slide.shape and p[list(fn.spec.keys)].equals(slide[list(fn.spec.keys)])
        ]
        assert same, f"{fn.__name__}: no page frame with the slide's rows"
        assert any(p.equals(slide) for p in same), (
            f"{fn.__name__}: the page and the slide hide different cells"
        )
        hid_something |= bool(slide.drop(columns=list(fn.spec.keys)).to_numpy().any())
    assert hid_something  # the filters make small groups: the comparison is not vacuous


def test_the_training_slide_hides_what_the_page_hides() -> None:
    """The pooled estimate of the training slide and the page's estimate: one spec, both
    groups protected (the slide printed the comparison group's n unsuppressed)."""
    declared = training.training_impact.spec
    counts = {rule.count for rule in declared.rules}
    assert counts == {"n_treated", "n_control"}
    one = pd.DataFrame(
        [dict(outcome="score", unit="points", estimate=2.0, se=0.5, ci_low=1.0, ci_high=3.0, n_treated=40,
              n_control=3, n_cells=2, treated_change=2.5, control_change=0.5)]
    )  # fmt: skip
    out = privacy.protect(one, declared, threshold=5)
    assert privacy.markers(out, "n_control").tolist() == ["<5"]
    assert privacy.is_suppressed(out, "estimate").all() and privacy.is_suppressed(out, "ci_low").all()
    assert not privacy.is_suppressed(out, "n_treated").any()
    # the slide's rows per region plus the pooled row: the same rules with the pooled row
    # as the total of the regions
    rules = tuple(replace(r, total_rows="is_total") for r in declared.rules)
    rows = pd.concat([one, one.assign(n_treated=60, n_control=30)]).assign(is_total=[False, True])
    both = privacy.protect(rows.reset_index(drop=True), replace(declared, protect=rules), threshold=5)
    assert privacy.markers(both, "n_control").tolist()[0] == "<5"


def test_every_slide_metric_has_privacy_rules() -> None:
    for fn in [*ON_BOTH, training.training_impact]:
        assert fn.spec.rules, fn.__name__
