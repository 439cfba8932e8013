"""The Talenta and Kebutuhan pegawai pages in AppTest, on the small demo database.

(That both render in both languages is tested with the other pages in
tests/test_pages.py.) The cut-offs and the retirement horizon change
the numbers as independent SQL on the raw tables says they should; a filter
that matches nothing shows the empty state.
"""

from __future__ import annotations

import pytest
import streamlit as st
import test_pages as tp  # tests/ is on sys.path under pytest
import test_pages_penempatan as pen

from data.demo import REGION_IDS
from reporting import fmt
from ui.i18n import t

# the AppTest fixtures of tests/test_pages.py, used here under the same names
running_server_page_mode = tp.running_server_page_mode
ui_db = tp.ui_db
app_env = tp.app_env
raw = tp.raw
open_page, assert_ok, infos = tp.open_page, tp.assert_ok, tp.infos
demo_accounts, sign_in_as_analyst = pen.demo_accounts, pen.sign_in_as_analyst

PAGES = ("talenta", "kebutuhan")


def pool_by_region(raw, low: float, high: float) -> dict[str, int]:
    """Employees in boxes 7-9 per region, straight from the raw tables: kinerja from the
    latest annual SKP's hasil kerja rating (PermenPANRB 3/2020), the score against the
    cut-offs only for a row without ratings; potensi from the latest potential score."""
    rows = raw(
        """with years as (
               select min(year(period_start)) y0, max(year(period_start)) y1 from performance_evaluations),
           k as (select nip, arg_max(hasil_kerja, period_start) hk, arg_max(score, period_start) s
                 from performance_evaluations, years
                 where period_type = 'tahunan' and year(period_start) between y0 and y1 group by nip),
           p as (select nip, arg_max(potential_score, assessed_on) s from potential_assessments, years
                 where year(assessed_on) <= y1 group by nip),
           lv as (select u.region_id,
                         case when k.hk is not null then 4 - k.hk
                              when k.s <= ? then 1 when k.s <= ? then 2 else 3 end kl,
                         case when p.s <= ? then 1 when p.s <= ? then 2 else 3 end pl
                  from employees e join positions p using (position_id) join units u on u.unit_id = p.unit_id
                  join k using (nip) join p using (nip))
           select region_id, count(*) filter (where (kl = 3 and pl >= 2) or (kl >= 2 and pl = 3))
           from lv group by region_id""",
        low,
        high,
        low,
        high,
    )
    return dict(rows)


def pool_kpis(at) -> list[str]:
    return [m.value for m in at.metric if m.label == t("kpi.pool")]


def test_cut_offs_change_the_grid_and_the_pool(app_env, raw) -> None:
    at = open_page("talenta")
    regions = REGION_IDS
    default = pool_by_region(raw, 60, 80)
    assert pool_kpis(at) == [fmt.integer(default.get(r, 0)) for r in regions]
    at.number_input(key="batas_atas").set_value(70).run()
    at.number_input(key="batas_bawah").set_value(50).run()
    assert_ok(at)
    lower = pool_by_region(raw, 50, 70)
    assert lower != default
    assert pool_kpis(at) == [fmt.integer(lower.get(r, 0)) for r in regions]
    grid = next(df.value for df in at.dataframe if t("col.box") in df.value.columns)
    assert len(grid) == 9 * len(regions)


def test_low_cut_off_above_high_falls_back_to_the_defaults(app_env, raw) -> None:
    at = open_page("talenta")
    at.number_input(key="batas_bawah").set_value(90).run()
    assert_ok(at)
    assert t("talenta.cut.invalid") in [w.value for w in at.warning]
    default = pool_by_region(raw, 60, 80)
    assert pool_kpis(at) == [fmt.integer(default.get(r, 0)) for r in REGION_IDS]


def retiring_within(raw, years: int) -> int:
    """Employees reaching BUP within ``years`` of 31 Dec of the last year with any evaluation;
    teachers (a post named Guru ...) at 60 whatever their jenjang (UU 14/2005)."""
    (n,) = raw(
        """with as_of as (select make_date(max(year(period_start)), 12, 31) d from performance_evaluations)
           select count(*) from employees e join positions p using (position_id)
           join jabatan_levels l using (level), as_of
           where e.birth_date + to_years(case when lower(p.name) like 'guru %' then 60 else l.retirement_age end)
                 <= as_of.d + to_years(?)""",
        years,
    )[0]
    return n


@pytest.mark.parametrize("horizon", [1, 3])
def test_horizon_changes_the_retirements(app_env, demo_accounts, raw, horizon: int) -> None:
    at = open_page("kebutuhan")
    at.segmented_control(key="pensiun").set_value(horizon).run()
    assert_ok(at)
    assert t("kebutuhan.retire.q", h=horizon) in [s.value for s in at.subheader]
    # a viewer sees no unit with 1-4 retiring (suppressed: tests/test_pages_privacy.py) ...
    units = next(df.value for df in at.dataframe if t("col.share_retiring") in df.value.columns)
    retiring = tp.shown_numbers(units[t("col.retiring_n")])
    assert not retiring.between(1, 4).any()
    assert retiring.sum() <= retiring_within(raw, horizon)
    # ... an analyst every unit, adding up to everyone due to retire
    sign_in_as_analyst(at)
    units = next(df.value for df in at.dataframe if t("col.share_retiring") in df.value.columns)
    assert units[t("col.retiring_n")].sum() == retiring_within(raw, horizon)
    assert retiring_within(raw, horizon) < retiring_within(raw, 5)


def test_kebutuhan_headcount_matches_the_employees(app_env, raw) -> None:
    at = open_page("kebutuhan")
    regions = next(df.value for df in at.dataframe if t("col.posts_balanced") in df.value.columns)
    (staff,) = raw("select count(*) from employees")[0]
    (need,) = raw("select sum(staffing_need) from positions")[0]
    assert regions[t("col.headcount")].sum() == staff
    assert regions[t("col.staffing_need")].sum() == need


@pytest.fixture
def empty_unit(app_env, raw) -> str:
    """A unit with no post and no employee (added to this module's copy of the database;
    the small demo gives every unit every kind of post)."""
    unit_id = f"{REGION_IDS[0]}-KOSONG"
    raw(
        "insert or ignore into units (unit_id, region_id, name, kind) values (?, ?, 'Unit Uji Kosong', 'badan')",
        unit_id,
        REGION_IDS[0],
    )
    st.cache_data.clear()  # the unit list is cached per data version, which did not change
    yield unit_id
    st.cache_data.clear()


@pytest.mark.parametrize("page", PAGES)
def test_filter_matching_nothing_shows_the_empty_state(empty_unit, page: str) -> None:
    at = open_page(page)
    at.multiselect(key="wilayah").set_value([REGION_IDS[0]]).run()
    at.selectbox(key="unit").set_value(empty_unit).run()
    assert_ok(at)
    assert at.selectbox(key="unit").value == empty_unit
    assert t("empty") in infos(at)
    assert not at.get("plotly_chart")


def test_no_nip_or_name_on_the_pages(app_env, raw) -> None:
    nips = {n for (n,) in raw("select nip from employees")}
    names = {n for (n,) in raw("select name from employees")}
    for page in PAGES:
        at = open_page(page)
        for df in at.dataframe:
            cells = {str(v) for v in df.value.to_numpy().ravel()}
            assert not cells & nips
            assert not cells & names
