"""The demo-database builder: completeness, consistency, determinism, planted effects.

Expectations come from the brief and DOMAIN.md (targets, codes, rules) or are
read back from ``dataset_info.planted_effects``; effects are re-estimated from
the raw tables with pandas, never copied from the generator's internals.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from data import demo
from data.demo import DEFAULT_SEED, REGION_IDS, build_demo

TABLES = demo.DATA_TABLES
REGIONS = REGION_IDS  # the demo's four
TARGET_HEADCOUNT = {"DKI": 62000, "JMB": 10100, "SLT": 3500, "SWL": 2300}
MEDIUM_SCALE = 0.1


@pytest.fixture(scope="module")
def medium_con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    """About 7,800 employees: enough to re-estimate the planted effects."""
    path = tmp_path_factory.mktemp("demo-medium") / "medium.duckdb"
    build_demo(path, scale=MEDIUM_SCALE)
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


def df(con: duckdb.DuckDBPyConnection, sql: str) -> pd.DataFrame:
    return con.execute(sql).df()


def scalar(con: duckdb.DuckDBPyConnection, sql: str):
    return con.execute(sql).fetchone()[0]


def month_index(dates: pd.Series) -> np.ndarray:
    d = pd.to_datetime(dates)
    return ((d.dt.year - 2021) * 12 + d.dt.month - 1).to_numpy()


# ---------------------------------------------------------------- completeness
@pytest.mark.parametrize("table", TABLES)
def test_every_table_is_filled(con, table):
    assert scalar(con, f"select count(*) from {table}") > 0


@pytest.mark.parametrize(
    "view", ["v_positions", "v_employees", "v_evaluations", "v_trainings", "v_assessments", "v_placements"]
)
def test_every_region_appears_in_every_view(con, view):
    present = {r for (r,) in con.execute(f"select distinct region_id from {view}").fetchall()}
    assert present == set(REGIONS)


def test_every_region_has_at_least_40_employees_and_a_kecamatan(con):
    counts = dict(con.execute("select region_id, count(*) from v_employees group by all").fetchall())
    assert min(counts.values()) >= 40
    kinds = df(con, "select region_id, kind from units")
    for region in REGIONS:
        assert {"kecamatan", "dinas", "badan"} <= set(kinds[kinds.region_id == region].kind)


def test_headcount_ratios_follow_the_targets(con):
    counts = dict(con.execute("select region_id, count(*) from v_employees group by all").fetchall())
    for region in ("JMB", "SLT", "SWL"):
        expected = TARGET_HEADCOUNT[region] / TARGET_HEADCOUNT["DKI"]
        assert counts[region] / counts["DKI"] == pytest.approx(expected, rel=0.1)


def test_full_scale_size_is_documented():
    # the targets times scale 1, as the brief asks: about 78,000 employees
    assert sum(demo.TARGET_HEADCOUNT.values()) == pytest.approx(78_000, rel=0.01)


def test_jambi_pppk_mostly_appointed_2022_to_2024(con):
    jmb = df(con, "select employee_type, service_start from v_employees where region_id = 'JMB'")
    pppk = jmb[jmb.employee_type == "PPPK"]
    assert len(pppk) / len(jmb) == pytest.approx(5900 / 10100, abs=0.05)
    years = pd.to_datetime(pppk.service_start).dt.year
    assert years.between(2022, 2024).mean() > 0.8


def test_unit_counts_at_full_scale(tmp_path):
    units, positions = demo.build_organisation(np.random.default_rng(0), 1.0)
    per_region = units.groupby("region_id").size()
    assert 55 <= per_region["DKI"] <= 70
    assert 35 <= per_region["JMB"] <= 42
    assert 27 <= per_region["SLT"] <= 32
    assert 25 <= per_region["SWL"] <= 30
    assert 3000 <= len(positions) <= 8000
    assert positions.position_id.is_unique


# ---------------------------------------------------------------- codes and rules
def test_nip_encodes_birth_date_tmt_and_sex(con):
    bad = scalar(
        con,
        """
        select count(*) from employees
        where length(nip) <> 18
           or substr(nip, 1, 8) <> strftime(birth_date, '%Y%m%d')
           or substr(nip, 9, 6) <> strftime(service_start, '%Y%m')
           or substr(nip, 15, 1) <> case sex when 'L' then '1' else '2' end
           or substr(nip, 16, 3) = '000'
        """,
    )
    assert bad == 0


def test_ages_between_20_and_64_and_none_past_retirement(con):
    e = df(con, "select birth_date, retirement_date from v_employees")
    age = (pd.Timestamp("2025-12-31") - pd.to_datetime(e.birth_date)).dt.days / 365.25
    assert age.min() >= 20 and age.max() < 65
    assert (pd.to_datetime(e.retirement_date) > pd.Timestamp("2025-12-31")).all()


def test_golongan_matches_employee_type_and_levels_match_jenis_jabatan(con):
    assert (
        scalar(
            con,
            "select count(*) from employees e join golongan g using (golongan) where g.employee_type <> e.employee_type",
        )
        == 0
    )
    assert (
        scalar(
            con,
            "select count(*) from positions p join jabatan_levels l using (level) where l.jenis_jabatan <> p.jenis_jabatan",
        )
        == 0
    )
    # PPPK hold no structural post
    assert (
        scalar(con, "select count(*) from v_employees where employee_type = 'PPPK' and jenis_jabatan = 1")
        == 0
    )


def test_pns_entry_golongan_fits_education(con):
    # S-1 entrants start at III/a, SLTA at II/a: no S-1 PNS below III/a, no SLTA above III/d
    e = df(con, "select education_level, golongan from employees where employee_type = 'PNS'")
    s1 = e[e.education_level == 40].golongan
    slta = e[e.education_level == 15].golongan
    assert not s1.str.match(r"^(I|II)/").any()
    assert not slta.str.startswith("IV/").any()


def test_competency_standards_cover_core_and_teknis(con):
    per_post = df(
        con,
        """
        select position_id,
               count(*) filter (where c.kind <> 'teknis') as core,
               count(*) filter (where c.kind = 'teknis') as teknis
        from competency_standards join competencies c using (competency_id)
        group by position_id
        """,
    )
    assert scalar(con, "select count(*) from positions") == len(per_post)
    assert (per_post.core == 9).all()
    assert per_post.teknis.between(1, 2).all()


def test_staffing_need_differs_from_headcount_both_ways(medium_con):
    posts = df(
        medium_con,
        """
        select p.position_id, p.staffing_need, count(e.nip) as headcount
        from positions p left join employees e using (position_id)
        where p.jenis_jabatan <> 1
        group by all
        """,
    )
    assert (posts.headcount > posts.staffing_need).mean() > 0.1
    assert (posts.headcount < posts.staffing_need).mean() > 0.1


# ---------------------------------------------------------------- evaluations
def test_predikat_follows_the_permenpanrb_matrix(con):
    mismatches = scalar(
        con,
        """
        select count(*) from performance_evaluations ev
        join predikat_matrix m using (hasil_kerja, perilaku)
        where m.predikat <> ev.predikat
        """,
    )
    assert mismatches == 0


def test_ratings_follow_the_documented_thresholds(con):
    r = json.loads(scalar(con, "select value from dataset_info where key = 'planted_effects'"))["ratings"]
    ev = df(
        con,
        "select hasil_kerja, perilaku, score_hasil_kerja, score_sikap, score_disiplin from performance_evaluations "
        "where score_hasil_kerja is not null",
    )
    behaviour = (ev.score_sikap + ev.score_disiplin) / 2

    def rate(x, hi, lo):
        return np.where(x >= hi, 1, np.where(x < lo, 3, 2))

    hk = rate(ev.score_hasil_kerja, r["hasil_kerja_di_atas_if_at_least"], r["hasil_kerja_di_bawah_if_below"])
    pl = rate(behaviour, r["perilaku_di_atas_if_at_least"], r["perilaku_di_bawah_if_below"])
    assert (hk == ev.hasil_kerja).all() and (pl == ev.perilaku).all()


def test_regions_rate_as_their_systems_export(con):
    """Jakarta and Salatiga score monthly (e-Kinerja); Sawahlunto has SIASN's ratings only,
    monthly; Jambi rates quarterly, ratings only; every region has annual SKPs."""
    got = {
        (region, period): (n, scored)
        for region, period, n, scored in con.execute(
            "select region_id, period_type, count(*), count(score) > 0 from v_evaluations group by all"
        ).fetchall()
    }
    assert {k for k in got} == {
        ("SLT", "bulanan"), ("SLT", "tahunan"), ("DKI", "bulanan"), ("DKI", "tahunan"),
        ("SWL", "bulanan"), ("SWL", "tahunan"), ("JMB", "triwulan"), ("JMB", "tahunan"),
    }  # fmt: skip
    assert {k: scored for k, (_n, scored) in got.items()} == {k: k[0] in ("SLT", "DKI") for k in got}
    # no score of any kind where the region exports ratings only
    assert not scalar(
        con,
        "select count(*) from v_evaluations where region_id in ('SWL', 'JMB') and (score is not null "
        "or score_hasil_kerja is not null or score_sikap is not null or score_disiplin is not null)",
    )
    quarters = df(
        con, "select period_start, period_end from performance_evaluations where period_type = 'triwulan'"
    )
    start = pd.to_datetime(quarters.period_start)
    assert start.dt.month.isin([1, 4, 7, 10]).all() and (start.dt.day == 1).all()
    assert (pd.to_datetime(quarters.period_end) == start + pd.offsets.QuarterEnd(0)).all()


def test_predikat_shares_are_plausible(medium_con):
    shares = df(
        medium_con,
        "select predikat, count(*) / sum(count(*)) over () as share from performance_evaluations"
        " where period_type = 'bulanan' group by predikat",
    ).set_index("predikat")["share"]
    assert 0.04 <= shares[1] <= 0.12  # Sangat Baik: both ratings Di Atas
    assert 0.8 <= shares[2] <= 0.92  # Baik
    # two ratings, not one score: Butuh Perbaikan and Kurang/Misconduct are each commoner
    # than Sangat Kurang (both Di Bawah), which is rare
    assert shares[3] > shares[5] and shares[4] > shares[5] and shares[5] < 0.01
    hasil, perilaku = (
        df(medium_con, f"select {c} as r, count(*) / sum(count(*)) over () as share from performance_evaluations "
           f"where period_type = 'bulanan' group by {c}").set_index("r")["share"]
        for c in ("hasil_kerja", "perilaku")
    )  # fmt: skip
    assert 0.15 <= hasil[1] <= 0.3 and 0.01 <= hasil[3] <= 0.06
    assert 0.1 <= perilaku[1] <= 0.3 and 0.01 <= perilaku[3] <= 0.06
    corr = scalar(
        medium_con,
        "select corr(score_hasil_kerja, (score_sikap + score_disiplin) / 2) from performance_evaluations",
    )
    assert 0.2 < corr < 0.6  # related (half the person effect), not one score


def test_monthly_rows_cover_every_month_in_service(con):
    got = df(
        con,
        """
        select e.nip, e.service_start, count(*) as months, min(ev.period_start) as first
        from v_employees e join performance_evaluations ev using (nip)
        where ev.period_type = 'bulanan'
        group by all
        """,
    )
    start = pd.to_datetime(got.service_start).clip(lower=pd.Timestamp("2021-01-01"))
    expected = 60 - ((start.dt.year - 2021) * 12 + start.dt.month - 1)
    assert scalar(con, "select count(*) from v_employees where region_id <> 'JMB'") == len(
        got
    )  # JMB: quarterly
    assert (got.months == expected).all()
    quarters = df(
        con,
        "select e.nip, e.service_start, count(*) as quarters from v_employees e join performance_evaluations ev "
        "using (nip) where ev.period_type = 'triwulan' group by all",
    )
    start = pd.to_datetime(quarters.service_start).clip(lower=pd.Timestamp("2021-01-01"))
    assert scalar(con, "select count(*) from v_employees where region_id = 'JMB'") == len(quarters)
    assert (quarters.quarters == 20 - ((start.dt.year - 2021) * 4 + (start.dt.month - 1) // 3)).all()
    periods = df(con, "select period_type, period_start, period_end from performance_evaluations")
    monthly = periods[periods.period_type == "bulanan"]
    assert (pd.to_datetime(monthly.period_start).dt.day == 1).all()
    assert (
        pd.to_datetime(monthly.period_end) == pd.to_datetime(monthly.period_start) + pd.offsets.MonthEnd(0)
    ).all()


def test_annual_score_is_the_mean_of_the_months(con):
    diff = scalar(
        con,
        """
        with m as (
            select nip, year(period_start) as y, avg(score) as mean_score
            from performance_evaluations where period_type = 'bulanan' group by all
        )
        select max(abs(a.score - m.mean_score))
        from performance_evaluations a join m on m.nip = a.nip and m.y = year(a.period_start)
        where a.period_type = 'tahunan'
        """,
    )
    assert diff <= 0.051
    counts = df(
        con,
        """
        select nip, count(distinct year(period_start)) filter (where period_type <> 'tahunan') as years,
               count(*) filter (where period_type = 'tahunan') as annual
        from performance_evaluations group by nip
        """,
    )
    assert (counts.years == counts.annual).all()


def test_region_trends_have_the_documented_order(medium_con):
    # SLT rises fastest (DKI +0.8, SLT +1.5 per year), in the scores the two regions export
    slope = {}
    ev = df(
        medium_con,
        "select region_id, period_start, score from v_evaluations where period_type = 'bulanan' and score is not null",
    )
    for region, g in ev.groupby("region_id"):
        t = month_index(g.period_start) / 12
        slope[region] = np.polyfit(t, g.score, 1)[0]
    assert set(slope) == {"SLT", "DKI"}
    assert slope["SLT"] > slope["DKI"] > 0.4
    # the planted trends on the ratings (rated with and without a year of trend): SWL declines
    effects = json.loads(scalar(medium_con, "select value from dataset_info where key = 'planted_effects'"))
    trend = effects["rating_effects"]["region_trend_per_year"]
    assert trend["SLT"]["hasil_di_atas"] > trend["DKI"]["hasil_di_atas"] > 0 > trend["SWL"]["hasil_di_atas"]


# ---------------------------------------------------------------- placements
def test_placements_are_consistent_with_posts_and_evaluations(con):
    emp = df(con, "select nip, position_id, position_start, service_start from employees")
    pl = df(con, "select * from placements where status = 'executed'").sort_values(["nip", "effective_date"])
    # the post of a monthly row (Jambi rates quarterly: its quarter's last month)
    ev = df(
        con,
        "select nip, case when period_type = 'triwulan' then period_end + interval 1 day - interval 1 month "
        "else period_start end::date as period_start, position_id from performance_evaluations "
        "where period_type in ('bulanan', 'triwulan')",
    )
    # appointments start the service
    appoint = pl[pl.move_type == "pengangkatan"].merge(emp, on="nip")
    assert (appoint.effective_date == appoint.service_start).all()
    assert appoint.from_position_id.isna().all()
    # the current post is the last executed move's target; TMT jabatan its date
    last = pl.groupby("nip").tail(1).merge(emp, on="nip")
    assert (last.to_position_id == last.position_id).all()
    moved = pl[pl.move_type != "pengangkatan"].groupby("nip").tail(1).merge(emp, on="nip")
    assert (moved.effective_date == moved.position_start).all()
    unmoved = emp[~emp.nip.isin(pl[pl.move_type != "pengangkatan"].nip)]
    assert (unmoved.position_start == unmoved.service_start).all()
    # every monthly (quarterly) row carries the post held that month (the quarter's last), per
    # the placement history
    ev = ev.sort_values("period_start")
    hist = pl.sort_values("effective_date")[["nip", "effective_date", "to_position_id"]]
    held = pd.merge_asof(ev, hist, left_on="period_start", right_on="effective_date", by="nip")
    before_any = held.to_position_id.isna()  # months before a recorded move: the first move's origin
    first_from = pl[pl.move_type != "pengangkatan"].groupby("nip").head(1).set_index("nip").from_position_id
    origin = held.nip.map(first_from).fillna(held.nip.map(emp.set_index("nip").position_id))
    expected = held.to_position_id.where(~before_any, origin)
    assert (held.position_id == expected).all()
    assert pl.nip.isin(ev.nip).all()


def test_moves_and_declines(medium_con):
    pl = df(medium_con, "select * from v_placements where move_type <> 'pengangkatan'")
    assert set(pl.move_type) == {"rotasi", "mutasi", "promosi", "demosi"}
    assert pl.reason.notna().all()
    per_year = pl.groupby("year").size() / scalar(medium_con, "select count(*) from employees")
    assert per_year.between(0.02, 0.08).all()
    declined = pl.groupby("region_id").status.apply(lambda s: (s == "declined").mean())
    assert declined["SWL"] > declined["DKI"] and declined["JMB"] > declined["DKI"]
    assert declined["DKI"] < 0.1
    # promotions go up the ladder (rank_order 1 = highest)
    ranks = df(
        medium_con,
        """
        select lf.rank_order as r_from, lt.rank_order as r_to
        from placements pl
        join positions f on f.position_id = pl.from_position_id join jabatan_levels lf on lf.level = f.level
        join positions t on t.position_id = pl.to_position_id join jabatan_levels lt on lt.level = t.level
        where pl.move_type = 'promosi'
        """,
    )
    assert (ranks.r_to < ranks.r_from).all()


# ---------------------------------------------------------------- trainings
def test_trainings_are_plausible(con):
    tr = df(con, "select * from trainings")
    assert (tr.end_date >= tr.start_date).all()
    assert set(tr.jenis_diklat) <= {1, 2, 3, 4, 5, 7, 8, 9, 11, 16}
    substantive = tr[tr.jp >= 20]
    assert substantive.jenis_diklat.isin([1, 2, 3, 5, 11]).all()
    lead = tr[tr.jenis_diklat == 1]
    assert (lead.jp >= 150).all() and lead.title.str.match(r"^Pelatihan Kepemimpinan").all()
    assert (pd.to_datetime(tr.start_date) >= pd.Timestamp("2021-01-01")).all()
    started = tr.merge(df(con, "select nip, service_start from employees"), on="nip")
    assert (started.start_date >= started.service_start).all()


def test_jp_entitlement_share_differs_by_region_and_rises(medium_con):
    share = df(
        medium_con,
        """
        with jp as (select nip, year(end_date) as y, sum(jp) as jp from trainings group by all),
        pns as (select nip, region_id, year(service_start) as y0 from v_employees where employee_type = 'PNS')
        select p.region_id, r.y, avg((coalesce(jp.jp, 0) >= 20)::int) as share
        from pns p cross join range(2021, 2026) r(y)
        left join jp on jp.nip = p.nip and jp.y = r.y
        where p.y0 < r.y
        group by all
        """,
    )
    mean = share.groupby("region_id").share.mean()
    targets = {"DKI": 0.65, "SLT": 0.55, "SWL": 0.45, "JMB": 0.40}
    for region, target in targets.items():
        assert mean[region] == pytest.approx(target, abs=0.08)
    assert mean["DKI"] > mean["SLT"] > mean["JMB"]
    wide = share.pivot(index="y", columns="region_id", values="share")
    assert (wide.loc[2025] > wide.loc[2021]).all()


def did_first_training(con: duckdb.DuckDBPyConnection) -> tuple[float, int]:
    """Naive DiD of the first substantive training on monthly scores.

    Change per employee = mean of months +3..+8 after the end month minus the
    mean of the 6 months before it; controls = employees of the same region
    with no substantive training, over the same calendar months.
    """
    ev = df(
        con,
        "select nip, region_id, period_start, score from v_evaluations where period_type = 'bulanan'",
    )
    nips = pd.Index(sorted(ev.nip.unique()))
    rows = nips.get_indexer(ev.nip)
    wide = np.full((len(nips), 60), np.nan)
    wide[rows, month_index(ev.period_start)] = ev.score.to_numpy()
    region = ev.groupby("nip").region_id.first().reindex(nips).to_numpy()
    filled = np.nan_to_num(wide)
    c = np.concatenate([np.zeros((len(nips), 1)), filled.cumsum(axis=1)], axis=1)
    n = np.concatenate([np.zeros((len(nips), 1)), (~np.isnan(wide)).cumsum(axis=1)], axis=1)
    m = np.arange(6, 52)  # months with a full window inside 2021-01 .. 2025-12
    pre = (c[:, m] - c[:, m - 6]) / 6
    post = (c[:, m + 9] - c[:, m + 3]) / 6
    full = ((n[:, m] - n[:, m - 6]) == 6) & ((n[:, m + 9] - n[:, m + 3]) == 6)
    change = np.where(full, post - pre, np.nan)

    tr = df(con, "select nip, min(end_date) as first_end from trainings where jp >= 20 group by nip")
    first = pd.Series(month_index(tr.first_end), index=tr.nip).reindex(nips)
    never = first.isna().to_numpy()
    treated = np.flatnonzero((first.to_numpy() >= 6) & (first.to_numpy() <= 51))
    t_col = first.to_numpy()[treated].astype(int) - 6
    t_change = change[treated, t_col]
    estimates = []
    for r in REGIONS:
        ctrl = np.nanmean(np.where(never[:, None] & (region == r)[:, None], change, np.nan), axis=0)
        sel = (region[treated] == r) & ~np.isnan(t_change)
        estimates.append(t_change[sel] - ctrl[t_col[sel]])
    d = np.concatenate(estimates)
    return float(np.nanmean(d)), int(np.isfinite(d).sum())


def test_planted_training_effect_is_recoverable(medium_con):
    info = json.loads(scalar(medium_con, "select value from dataset_info where key = 'planted_effects'"))
    estimate, n = did_first_training(medium_con)
    assert n > 500
    assert estimate == pytest.approx(info["training_effect"]["value"], abs=1.0)
    assert estimate == pytest.approx(3.0, abs=1.0)


# ---------------------------------------------------------------- planted moves
FIT_MOVES = """
    select pl.nip, pl.effective_date, f.region_id
    from placements pl
    join employees e using (nip)
    join v_positions f on f.position_id = pl.from_position_id
    join positions t on t.position_id = pl.to_position_id
    where pl.status = 'executed' and pl.move_type in ('rotasi', 'mutasi')
      and f.required_field is not null and f.required_field <> e.education_field
      and t.required_field = e.education_field
"""


def test_moving_ill_fitting_staff_raises_their_scores(medium_con):
    moves = df(medium_con, FIT_MOVES)
    assert len(moves) > 50
    ev = df(
        medium_con,
        "select nip, period_start, score from performance_evaluations where period_type = 'bulanan'",
    )
    both = ev.merge(moves, on="nip")
    rel = month_index(both.period_start) - month_index(both.effective_date)
    both = both.assign(rel=rel)
    before = both[both.rel.between(-12, -1)].groupby("nip").score.mean()
    after = both[both.rel.between(0, 11)].groupby("nip").score.mean()
    gain = (after - before).dropna()
    assert len(gain) > 50
    assert gain.mean() > 2.0


def test_fit_moves_of_2023_strongest_in_salatiga(medium_con):
    # employees in an ill-fitting post in 2023-01, share moved to a fitting post during 2023
    ill = df(
        medium_con,
        """
        select ev.nip, p.region_id
        from performance_evaluations ev
        join employees e using (nip)
        join v_positions p on p.position_id = ev.position_id
        where ev.period_type in ('bulanan', 'triwulan') and ev.period_start = date '2023-01-01'
          and p.required_field is not null and p.required_field <> e.education_field
          and p.jenis_jabatan <> 1
        """,
    )
    moved = df(medium_con, FIT_MOVES + " and year(pl.effective_date) = 2023")
    share = ill.assign(moved=ill.nip.isin(moved.nip)).groupby("region_id").moved.mean()
    assert share["SLT"] > 1.5 * max(share["DKI"], share["JMB"], share["SWL"])


# ---------------------------------------------------------------- competencies
def test_competency_rounds_and_training_effect(medium_con):
    a = df(
        medium_con,
        "select nip, competency_id, assessed_on, level, year(assessed_on) as y from competency_assessments",
    )
    assert set(a.y) == {2022, 2025}
    r1 = a[a.y == 2022]
    r2 = a[a.y == 2025]
    in_service_2025 = scalar(
        medium_con, "select count(*) from employees where service_start <= date '2025-01-01'"
    )
    assert r1.nip.nunique() == scalar(
        medium_con, "select count(distinct nip) from competency_assessments where year(assessed_on) = 2022"
    )
    assert 0.5 < r2.nip.nunique() / in_service_2025 < 0.7
    both = r1.merge(r2, on=["nip", "competency_id"], suffixes=("_1", "_2"))
    tr = df(medium_con, "select nip, competency_id, end_date from trainings where competency_id is not null")
    hits = both.merge(tr, on=["nip", "competency_id"])
    hits = hits[(hits.end_date > hits.assessed_on_1) & (hits.end_date < hits.assessed_on_2)]
    trained = both.set_index(["nip", "competency_id"]).index.isin(
        hits.set_index(["nip", "competency_id"]).index
    )
    room = both.level_1 < 5
    up = both.level_2 > both.level_1
    assert (both.level_2 >= both.level_1).all()
    assert up[trained & room].mean() > up[~trained & room].mean() + 0.3
    # levels track the standards: higher requirement, higher assessed level on average
    req = df(
        medium_con,
        """
        select s.required_level, avg(a.level) as level
        from competency_assessments a join employees e using (nip)
        join competency_standards s on s.position_id = e.position_id and s.competency_id = a.competency_id
        group by all order by 1
        """,
    )
    assert req.level.is_monotonic_increasing


def test_potential_correlates_with_performance(medium_con):
    r = scalar(
        medium_con,
        """
        select corr(p.potential_score, k.score)
        from potential_assessments p
        join (select nip, avg(score) as score from performance_evaluations
              where period_type = 'bulanan' group by nip) k using (nip)
        """,
    )
    assert r > 0.2
    assert scalar(medium_con, "select count(distinct year(assessed_on)) from potential_assessments") == 1


# ---------------------------------------------------------------- build mechanics
def table_fingerprints(path: Path) -> dict[str, tuple]:
    connection = duckdb.connect(str(path), read_only=True)
    try:
        out = {}
        for table in TABLES:
            where = "where key <> 'built_at'" if table == "dataset_info" else ""
            out[table] = connection.execute(
                f"select count(*), sum(hash(t)) from (select * from {table} {where}) t"
            ).fetchone()
        return out
    finally:
        connection.close()


def test_same_seed_same_contents(tmp_path):
    a, b, c = tmp_path / "a.duckdb", tmp_path / "b.duckdb", tmp_path / "c.duckdb"
    build_demo(a, scale=0.01)
    build_demo(b, scale=0.01)
    build_demo(c, scale=0.01, seed=DEFAULT_SEED + 1)
    fa, fb, fc = table_fingerprints(a), table_fingerprints(b), table_fingerprints(c)
    assert fa == fb
    assert fa["employees"] != fc["employees"]
    assert fa["performance_evaluations"] != fc["performance_evaluations"]


def test_dataset_info(con):
    info = dict(con.execute("select key, value from dataset_info").fetchall())
    assert info["source"] == "demo"
    assert info["seed"] == str(DEFAULT_SEED)
    assert info["generator"] == "data.demo v1"
    assert float(info["scale"]) > 0
    pd.Timestamp(info["built_at"])  # ISO timestamp
    effects = json.loads(info["planted_effects"])
    assert effects["region_trend_per_year"] == {"SLT": 1.5, "JMB": 0.4, "SWL": -0.3, "DKI": 0.8}
    assert effects["fit_penalty"]["value"] == -4.0
    assert effects["training_effect"]["value"] == 3.0
    assert effects["evaluation_regime"]["JMB"] == {"period": "triwulan", "scores": False}
    rating = effects["rating_effects"]
    # a +3 point training effect moves the share of hasil kerja Di Atas up by several points
    assert 0.03 < rating["training_first_substantive"]["hasil_di_atas"] < 0.4


def test_progress_is_reported_in_order(tmp_path):
    calls = []
    stats = build_demo(tmp_path / "p.duckdb", scale=0.02, progress=lambda f, m: calls.append((f, m)))
    fractions = [f for f, _ in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(isinstance(m, str) and m for _, m in calls)
    assert stats["rows"]["employees"] > 0 and stats["size_bytes"] > 0 and stats["seconds"] > 0


def test_failed_build_leaves_no_file(tmp_path):
    target = tmp_path / "demo.duckdb"

    def explode(fraction, message):
        if fraction > 0.3:
            raise KeyboardInterrupt("stop")

    with pytest.raises(KeyboardInterrupt):
        build_demo(target, scale=0.02, progress=explode)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_failed_build_keeps_the_previous_database(tmp_path):
    target = tmp_path / "demo.duckdb"
    target.write_bytes(b"previous")

    def explode(fraction, message):
        if fraction > 0.5:
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        build_demo(target, scale=0.02, progress=explode)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["demo.duckdb"]


def test_script_prints_counts_but_no_personal_data(tmp_path, capsys):
    target = tmp_path / "cli.duckdb"
    assert demo.main(["--db", str(target), "--scale", "0.02", "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert "employees" in out and "performance_evaluations" in out
    assert not re.search(r"\d{18}", out)
    connection = duckdb.connect(str(target), read_only=True)
    try:
        names = [n for (n,) in connection.execute("select name from employees limit 50").fetchall()]
    finally:
        connection.close()
    assert not any(n in out for n in names)
