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
    """The succession pool per region as the page shows it: the table by region (in the
    succession expander), in region order."""
    table = next(
        df.value
        for df in at.dataframe
        if t("col.pool") in df.value.columns and t("col.unit") not in df.value.columns
    )
    return [fmt.integer(v) if not isinstance(v, str) else v for v in table[t("col.pool")]]


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
    tp.write(
        app_env,
        "insert or ignore into units (unit_id, region_id, name, kind) values (?, ?, 'Unit Uji Kosong', 'badan')",
        unit_id,
        REGION_IDS[0],
    )
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


# ---------------------------------------------------------------- the answer first


def test_the_answer_comes_first(app_env, demo_accounts, raw, small_db) -> None:
    """Under the title, before any section: candidates per post to fill (fewest and most,
    with the pool from the raw tables) and the share of the assessed in boxes 7-9. The
    cards say candidates per post per region."""
    import duckdb
    import test_pages_penempatan as pen_page

    from analytics import talent
    from analytics.filters import Filters
    from reporting.findings.talent import ratio_text
    from reporting.safe import md

    at = open_page("talenta")
    y0, y1 = at.slider(key="tahun").value
    sentences = pen_page.lead_sentences(at)
    assert len(sentences) == 2
    pool = pool_by_region(raw, 60, 80)
    with duckdb.connect(str(small_db), read_only=True) as con:
        posts = talent.succession_by_region(con, Filters(year_from=y0, year_to=y1)).set_index("region_id")
    assert posts["pool"].to_dict() == {r: pool.get(r, 0) for r in posts.index}  # the raw tables' pool
    # a viewer: a region whose pool or number retiring is 1-4 is left out of the ranking
    shown = {
        r: pool[r] / row["posts_to_fill"]
        for r, row in posts.iterrows()
        if row["posts_to_fill"] and pool.get(r, 0) >= 5 and not 0 < row["retiring"] < 5
    }
    lo, hi = min(shown, key=shown.get), max(shown, key=shown.get)
    names = tp.REGION_NAMES
    assert sentences[0] == md(
        t("talenta.lead.succ.many", lo=names[lo], lo_v=ratio_text(shown[lo]), lo_pool=fmt.integer(pool[lo]),
          lo_posts=fmt.integer(posts.at[lo, "posts_to_fill"]), hi=names[hi], hi_v=ratio_text(shown[hi]),
          hi_pool=fmt.integer(pool[hi]), hi_posts=fmt.integer(posts.at[hi, "posts_to_fill"]))
    )  # fmt: skip
    cards = [m.value for m in at.metric if m.label == t("kpi.pool_per_post")]
    assert [cards[REGION_IDS.index(r)] for r in shown] == [ratio_text(v) for v in shown.values()]
    # the 9-box sentence: each region's share in boxes 7-9, its pool (shown beside the grid
    # unless under 5) over its assessed: the largest and the smallest
    with duckdb.connect(str(small_db), read_only=True) as con:
        grid = talent.talent_grid(con, Filters(year_from=y0, year_to=y1))
    assessed = grid.groupby("region_id")["employees"].sum()
    shares = {r: pool.get(r, 0) / n for r, n in assessed.items()}
    exact = {r: v for r, v in shares.items() if not 0 < pool.get(r, 0) < 5}
    hi, lo = max(exact, key=exact.get), min(exact, key=exact.get)
    assert (
        md(f"terbesar di {names[hi]} ({fmt.percent(exact[hi])} dari {fmt.integer(assessed[hi])})")
        in sentences[1]
    )
    if len(exact) == len(shares):  # every pool shows: no range anywhere
        assert md(f"terkecil di {names[lo]} ({fmt.percent(exact[lo])} dari") in sentences[1]
    # an analyst sees every box: no range, and the extremes of the raw tables' shares
    analyst = pen_page.lead_sentences(sign_in_as_analyst(at))
    hi, lo = max(shares, key=shares.get), min(shares, key=shares.get)
    assert md(f"{names[hi]} ({fmt.percent(shares[hi])} dari") in analyst[1]
    assert md(f"{names[lo]} ({fmt.percent(shares[lo])} dari") in analyst[1]
    assert md(t("talenta.lead.range")) not in analyst[1]


def test_a_ratings_only_region_alone_gets_its_numbers_not_too_small(app_env) -> None:
    """Sawahlunto chosen (ratings only): the 9-box sentence gives its share in boxes 7-9 (a
    range where a box is hidden), never "too small to show" above a grid that shows."""
    import test_pages_penempatan as pen_page

    at = open_page("talenta")
    at.multiselect(key="wilayah").set_value(["SWL"]).run()
    assert_ok(at)
    sentences = pen_page.lead_sentences(at)
    assert all(s.startswith("Kota Sawahlunto") for s in sentences)
    assert t("story.f.suppressed", k=5) not in " ".join(sentences)
    assert "kotak 7–9" in sentences[1]


def test_sections_and_folded_tables(app_env) -> None:
    at = open_page("talenta")
    assert [s.value for s in at.subheader] == [t("talenta.succ.q"), t("talenta.grid.q")]
    labels = [e.label for e in at.expander]
    assert labels == [
        t("talenta.cut.expander", low=60, high=80),
        t("talenta.rec.q"),
        t("talenta.succ.unit.q"),
    ]
    assert len(at.dataframe) == 3  # the 9-box's boxes, succession per region and per unit
