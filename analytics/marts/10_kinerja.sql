-- ------------------------------------------------------------------ kinerja
-- The evaluations with the slice of the post held, read once for the marts below (the
-- clean view joins posts, units and programmes): spell numbers the executed moves
-- (placements, not appointments) before the period, trained says whether the employee's
-- first substantive training (>= 20 JP, the training-impact default) had ended by the
-- month the period starts. Dropped at the end of this file.
create or replace table kinerja_rows as
with first_training as (
    select nip, date_trunc('month', min(end_date)) as trained_from
    from trainings
    where jp >= 20
    group by nip
),
moves as (
    select nip, list(effective_date) as dates
    from placements
    where status = 'executed' and move_type <> 'pengangkatan'
    group by nip
),
final as (
    select
        ev.nip, ev.position_id, ev.region_id, ev.unit_id, ev.jenis_jabatan, ev.period_type,
        ev.period_start, ev.year, ev.hasil_kerja, ev.perilaku, ev.predikat, ev.kuadran, ev.score,
        ev.score_hasil_kerja, ev.score_sikap, ev.score_disiplin,
        coalesce(len(list_filter(m.dates, lambda d: d <= ev.period_start)), 0) as moves_before,
        coalesce(ev.period_start >= ft.trained_from, false) as trained
    from v_evaluations ev
    left join first_training ft using (nip)
    left join moves m using (nip)
)
select * from final;

create or replace table mart_kinerja as
with final as (
    select
        region_id,
        unit_id,
        jenis_jabatan,
        period_type,
        period_start,
        year,
        hasil_kerja,                              -- null: a PP 46/2011 score-only row
        perilaku,
        predikat,
        kuadran,                                  -- null: not exported
        count(*) as evaluations,
        count(score) as n_score,
        sum(score) as sum_score,
        count(score_hasil_kerja) as n_hasil_kerja,
        sum(score_hasil_kerja) as sum_hasil_kerja,
        count(score_sikap) as n_sikap,
        sum(score_sikap) as sum_sikap,
        count(score_disiplin) as n_disiplin,
        sum(score_disiplin) as sum_disiplin
    from kinerja_rows
    group by all
)
select * from final;

-- The monthly part at the grain Kualitas Data reads (latest month per region, scores).
create or replace table mart_kinerja_monthly as
with final as (
    select
        region_id,
        unit_id,
        jenis_jabatan,
        period_start as month,
        year,
        predikat,
        sum(evaluations)::bigint as evaluations,
        sum(n_score)::bigint as n_score,
        sum(sum_score) as sum_score,
        sum(n_hasil_kerja)::bigint as n_hasil_kerja,
        sum(sum_hasil_kerja) as sum_hasil_kerja,
        sum(n_sikap)::bigint as n_sikap,
        sum(sum_sikap) as sum_sikap,
        sum(n_disiplin)::bigint as n_disiplin,
        sum(sum_disiplin) as sum_disiplin
    from mart_kinerja
    where period_type = 'bulanan'
    group by all
)
select * from final;

-- How fine a period type or a grain is: 1 month (bulanan), 2 quarter (triwulan), 3 year.
create or replace macro period_rank(p) as
    case p when 'bulanan' then 1 when 'month' then 1 when 'triwulan' then 2 when 'quarter' then 2 else 3 end;

-- The grain a trend can have: the one asked for, or the region's period type where that
-- is coarser (a region rating quarterly has no monthly points).
create or replace macro effective_grain(p_grain, p_period_rank) as
    case when period_rank(p_grain) >= p_period_rank then p_grain
         when p_period_rank = 2 then 'quarter' else 'year' end;

-- The evaluations a kinerja metric reads under the shared filters: per region, those of
-- the finest period type it has in the slice and years (bulanan, else triwulan, else
-- tahunan), so that a region is not counted twice (its periodic and its annual rows) and a
-- region that rates only quarterly or annually still has a trend. period_rank says which.
create or replace macro kinerja_source(p_regions, p_unit_id, p_jenis_jabatan, p_year_from, p_year_to) as table
    with slice as (
        select *, period_rank(period_type) as period_rank
        from sliced('mart_kinerja', p_regions, p_unit_id, p_jenis_jabatan)
        where year between p_year_from and p_year_to
    ),
    finest as (
        select region_id, min(period_rank) as period_rank
        from slice
        group by all
    )
    select s.*
    from slice s
    semi join finest f on f.region_id = s.region_id and f.period_rank = s.period_rank;

-- Within-employee trends (kinerja_within_trend.sql): per employee, post spell, period
-- type, year and whether the employee had had a substantive training (>= 20 JP, the
-- training-impact default) by then, the sums a least-squares slope needs: t in years
-- (2000 = 0; the start of the period); y per outcome: the score, Baik or better, Sangat
-- Baik, hasil kerja Di Atas; n / st / stt over all rows, over the scored ones (_score) and
-- over the rated ones (_rated, not PP 46/2011 score-only). A spell is the post held (its
-- unit and jenis jabatan; moves recorded in placements count as a new spell too), so
-- that a trend within a spell is net of moves; evaluations from the month the first
-- substantive training ended are marked trained, so that it can be net of training
-- (kinerja_rows above). employee and position_key are the integer keys of employee_ids
-- and position_keys, so that the queries group spells by integers, not by NIP.
-- made in blocks of employees, reading kinerja_rows by NIP range
create or replace table mart_kinerja_within as
with rows_ as (  -- by integer keys before grouping: text keys doubled its memory (scale 30 ran out)
    select
        i.employee_id as employee, k.position_key, r.moves_before, r.region_id, r.unit_id, r.jenis_jabatan,
        r.period_type, r.year, r.trained,
        (r.year - 2000) + (month(r.period_start) - 1) / 12.0 as t,
        r.score,
        (r.predikat <= 2)::integer as baik,
        (r.predikat = 1)::integer as sangat_baik,
        (r.hasil_kerja = 1)::integer as di_atas  -- null where not rated
    from kinerja_rows r
    join employee_ids i using (nip)
    left join position_keys k on k.position_id = r.position_id
),
final as (
    select
        employee, position_key, moves_before, region_id, unit_id, jenis_jabatan, period_type, year, trained,
        count(*) as n,
        sum(t) as st,
        sum(t * t) as stt,
        count(score) as n_score,
        sum(t) filter (where score is not null) as st_score,
        sum(t * t) filter (where score is not null) as stt_score,
        count(di_atas) as n_rated,
        sum(t) filter (where di_atas is not null) as st_rated,
        sum(t * t) filter (where di_atas is not null) as stt_rated,
        sum(score) as sy_score,
        sum(t * score) as sty_score,
        sum(baik)::double as sy_baik,
        sum(t * baik) as sty_baik,
        sum(sangat_baik)::double as sy_sangat_baik,
        sum(t * sangat_baik) as sty_sangat_baik,
        sum(di_atas)::double as sy_di_atas,
        sum(t * di_atas) as sty_di_atas
    from rows_
    group by all
)
select * from final;

-- The within-employee trends of kinerja_within_trend.sql over every year of the data
-- (the default year filter) and every jenis jabatan, computed once per region, period
-- type and unit (by_unit, unit_id) or all units (by_unit false, unit_id null):
-- kinerja_within_trend() reads these rows when the filter's years cover year_from ..
-- year_to and it has no jenis jabatan, and sums mart_kinerja_within itself otherwise;
-- both compute the same estimator (tests/test_kinerja_within.py). employees,
-- evaluations: of the estimate; rows: the evaluations of the slice and period type (any
-- outcome), which say which period type is the region's finest.
--
-- In two marts: per employee first (mart_kinerja_within_employees: the sums of each
-- employee's spells, per region, period type and unit or all units), so that a load of
-- evaluations makes again the rows of the employees it touched and then the slopes of
-- their regions from those sums (analytics/incremental.py).
-- made in blocks of employees, reading mart_kinerja_within by employee range
create or replace table mart_kinerja_within_employees as
with spells as (  -- per spell and period type: within sums (untrained rows), pooled sums (all rows)
    select
        region_id, unit_id, period_type, employee, position_key, moves_before,
        sum(n) filter (where not trained) as wn_a,
        sum(st) filter (where not trained) as wst_a,
        sum(stt) filter (where not trained) as wstt_a,
        sum(n_score) filter (where not trained) as wn_score,
        sum(st_score) filter (where not trained) as wst_score,
        sum(stt_score) filter (where not trained) as wstt_score,
        sum(n_rated) filter (where not trained) as wn_rated,
        sum(st_rated) filter (where not trained) as wst_rated,
        sum(stt_rated) filter (where not trained) as wstt_rated,
        sum(sy_score) filter (where not trained) as wsy_score,
        sum(sty_score) filter (where not trained) as wsty_score,
        sum(sy_baik) filter (where not trained) as wsy_baik,
        sum(sty_baik) filter (where not trained) as wsty_baik,
        sum(sy_sangat_baik) filter (where not trained) as wsy_sangat_baik,
        sum(sty_sangat_baik) filter (where not trained) as wsty_sangat_baik,
        sum(sy_di_atas) filter (where not trained) as wsy_di_atas,
        sum(sty_di_atas) filter (where not trained) as wsty_di_atas,
        sum(n) as pn_a,
        sum(st) as pst_a,
        sum(stt) as pstt_a,
        sum(n_score) as pn_score,
        sum(st_score) as pst_score,
        sum(stt_score) as pstt_score,
        sum(n_rated) as pn_rated,
        sum(st_rated) as pst_rated,
        sum(stt_rated) as pstt_rated,
        sum(sy_score) as psy_score,
        sum(sty_score) as psty_score,
        sum(sy_baik) as psy_baik,
        sum(sty_baik) as psty_baik,
        sum(sy_sangat_baik) as psy_sangat_baik,
        sum(sty_sangat_baik) as psty_sangat_baik,
        sum(sy_di_atas) as psy_di_atas,
        sum(sty_di_atas) as psty_di_atas
    from mart_kinerja_within
    group by all
),
employee_keys as (  -- per employee, period type and slice
    select
        region_id, period_type,
        grouping(unit_id) = 0 as by_unit, unit_id,
        employee,
        sum(wn_score) filter (where wn_score > 0) as wn_score,
        sum(wsty_score - wst_score * wsy_score / wn_score) filter (where wn_score > 0) as wsxy_score,
        sum(wstt_score - wst_score * wst_score / wn_score) filter (where wn_score > 0) as wsxx_score,
        sum(wn_a) filter (where wn_a > 0) as wn_baik,
        sum(wsty_baik - wst_a * wsy_baik / wn_a) filter (where wn_a > 0) as wsxy_baik,
        sum(wstt_a - wst_a * wst_a / wn_a) filter (where wn_a > 0) as wsxx_baik,
        sum(wn_a) filter (where wn_a > 0) as wn_sangat_baik,
        sum(wsty_sangat_baik - wst_a * wsy_sangat_baik / wn_a) filter (where wn_a > 0) as wsxy_sangat_baik,
        sum(wstt_a - wst_a * wst_a / wn_a) filter (where wn_a > 0) as wsxx_sangat_baik,
        sum(wn_rated) filter (where wn_rated > 0) as wn_di_atas,
        sum(wsty_di_atas - wst_rated * wsy_di_atas / wn_rated) filter (where wn_rated > 0) as wsxy_di_atas,
        sum(wstt_rated - wst_rated * wst_rated / wn_rated) filter (where wn_rated > 0) as wsxx_di_atas,
        sum(pn_a) as pn_a,
        sum(pst_a) as pst_a,
        sum(pstt_a) as pstt_a,
        sum(pn_score) as pn_score,
        sum(pst_score) as pst_score,
        sum(pstt_score) as pstt_score,
        sum(pn_rated) as pn_rated,
        sum(pst_rated) as pst_rated,
        sum(pstt_rated) as pstt_rated,
        sum(psy_score) as psy_score,
        sum(psty_score) as psty_score,
        sum(psy_baik) as psy_baik,
        sum(psty_baik) as psty_baik,
        sum(psy_sangat_baik) as psy_sangat_baik,
        sum(psty_sangat_baik) as psty_sangat_baik,
        sum(psy_di_atas) as psy_di_atas,
        sum(psty_di_atas) as psty_di_atas
    from spells
    group by grouping sets ((region_id, period_type, employee, unit_id), (region_id, period_type, employee))
)
select * from employee_keys;

create or replace table mart_kinerja_within_all_years as
with spans as (
    select min(year) as year_from, max(year) as year_to from mart_kinerja_within
),
employee_keys as (
    select * from mart_kinerja_within_employees
),
slopes as (  -- per slice: the within and pooled slopes
    select
        region_id, period_type, by_unit, unit_id,
        row_number() over () as slice,
        sum(pn_a)::bigint as rows,
        count(*) filter (where wn_score > 0) as wg_score,
        sum(wn_score)::bigint as wn_score,
        sum(wsxx_score) as wsxx_score,
        sum(wsxy_score) / nullif(sum(wsxx_score), 0) as wb_score,
        count(*) filter (where wn_baik > 0) as wg_baik,
        sum(wn_baik)::bigint as wn_baik,
        sum(wsxx_baik) as wsxx_baik,
        sum(wsxy_baik) / nullif(sum(wsxx_baik), 0) as wb_baik,
        count(*) filter (where wn_sangat_baik > 0) as wg_sangat_baik,
        sum(wn_sangat_baik)::bigint as wn_sangat_baik,
        sum(wsxx_sangat_baik) as wsxx_sangat_baik,
        sum(wsxy_sangat_baik) / nullif(sum(wsxx_sangat_baik), 0) as wb_sangat_baik,
        count(*) filter (where wn_di_atas > 0) as wg_di_atas,
        sum(wn_di_atas)::bigint as wn_di_atas,
        sum(wsxx_di_atas) as wsxx_di_atas,
        sum(wsxy_di_atas) / nullif(sum(wsxx_di_atas), 0) as wb_di_atas,
        count(*) filter (where pn_score > 0) as pg_score,
        sum(pn_score)::bigint as pn_score,
        sum(pst_score) / sum(pn_score) as pt_score,
        sum(psy_score) / sum(pn_score) as py_score,
        sum(pstt_score) - sum(pst_score) * sum(pst_score) / sum(pn_score) as psxx_score,
        (sum(psty_score) - sum(pst_score) * sum(psy_score) / sum(pn_score))
            / nullif(sum(pstt_score) - sum(pst_score) * sum(pst_score) / sum(pn_score), 0) as pb_score,
        count(*) filter (where pn_a > 0) as pg_baik,
        sum(pn_a)::bigint as pn_baik,
        sum(pst_a) / sum(pn_a) as pt_baik,
        sum(psy_baik) / sum(pn_a) as py_baik,
        sum(pstt_a) - sum(pst_a) * sum(pst_a) / sum(pn_a) as psxx_baik,
        (sum(psty_baik) - sum(pst_a) * sum(psy_baik) / sum(pn_a))
            / nullif(sum(pstt_a) - sum(pst_a) * sum(pst_a) / sum(pn_a), 0) as pb_baik,
        count(*) filter (where pn_a > 0) as pg_sangat_baik,
        sum(pn_a)::bigint as pn_sangat_baik,
        sum(pst_a) / sum(pn_a) as pt_sangat_baik,
        sum(psy_sangat_baik) / sum(pn_a) as py_sangat_baik,
        sum(pstt_a) - sum(pst_a) * sum(pst_a) / sum(pn_a) as psxx_sangat_baik,
        (sum(psty_sangat_baik) - sum(pst_a) * sum(psy_sangat_baik) / sum(pn_a))
            / nullif(sum(pstt_a) - sum(pst_a) * sum(pst_a) / sum(pn_a), 0) as pb_sangat_baik,
        count(*) filter (where pn_rated > 0) as pg_di_atas,
        sum(pn_rated)::bigint as pn_di_atas,
        sum(pst_rated) / sum(pn_rated) as pt_di_atas,
        sum(psy_di_atas) / sum(pn_rated) as py_di_atas,
        sum(pstt_rated) - sum(pst_rated) * sum(pst_rated) / sum(pn_rated) as psxx_di_atas,
        (sum(psty_di_atas) - sum(pst_rated) * sum(psy_di_atas) / sum(pn_rated))
            / nullif(sum(pstt_rated) - sum(pst_rated) * sum(pst_rated) / sum(pn_rated), 0) as pb_di_atas
    from employee_keys
    group by all
),
clusters as (  -- per slice: squared cluster (employee) scores, for the clustered SE
    select
        s.slice,
        sum((e.wsxy_score - s.wb_score * e.wsxx_score) ** 2) filter (where e.wn_score > 0) as wuu_score,
        sum((e.wsxy_baik - s.wb_baik * e.wsxx_baik) ** 2) filter (where e.wn_baik > 0) as wuu_baik,
        sum((e.wsxy_sangat_baik - s.wb_sangat_baik * e.wsxx_sangat_baik) ** 2) filter (where e.wn_sangat_baik > 0) as wuu_sangat_baik,
        sum((e.wsxy_di_atas - s.wb_di_atas * e.wsxx_di_atas) ** 2) filter (where e.wn_di_atas > 0) as wuu_di_atas,
        sum((e.psty_score - s.pt_score * e.psy_score - s.py_score * e.pst_score + e.pn_score * s.pt_score * s.py_score
            - s.pb_score * (e.pstt_score - 2 * s.pt_score * e.pst_score + e.pn_score * s.pt_score * s.pt_score)) ** 2)
            filter (where e.pn_score > 0) as puu_score,
        sum((e.psty_baik - s.pt_baik * e.psy_baik - s.py_baik * e.pst_a + e.pn_a * s.pt_baik * s.py_baik
            - s.pb_baik * (e.pstt_a - 2 * s.pt_baik * e.pst_a + e.pn_a * s.pt_baik * s.pt_baik)) ** 2)
            filter (where e.pn_a > 0) as puu_baik,
        sum((e.psty_sangat_baik - s.pt_sangat_baik * e.psy_sangat_baik - s.py_sangat_baik * e.pst_a + e.pn_a * s.pt_sangat_baik * s.py_sangat_baik
            - s.pb_sangat_baik * (e.pstt_a - 2 * s.pt_sangat_baik * e.pst_a + e.pn_a * s.pt_sangat_baik * s.pt_sangat_baik)) ** 2)
            filter (where e.pn_a > 0) as puu_sangat_baik,
        sum((e.psty_di_atas - s.pt_di_atas * e.psy_di_atas - s.py_di_atas * e.pst_rated + e.pn_rated * s.pt_di_atas * s.py_di_atas
            - s.pb_di_atas * (e.pstt_rated - 2 * s.pt_di_atas * e.pst_rated + e.pn_rated * s.pt_di_atas * s.pt_di_atas)) ** 2)
            filter (where e.pn_rated > 0) as puu_di_atas
    from slopes s
    join employee_keys e
        on e.region_id = s.region_id and e.period_type = s.period_type
        and e.by_unit = s.by_unit and e.unit_id is not distinct from s.unit_id
    group by all
),
final as (
    select
        s.region_id, s.by_unit, s.unit_id, s.period_type,
        y.year_from, y.year_to, s.rows, o.outcome, o.method,
        case when o.sxx > 1e-9 then o.estimate end as estimate,
        case when o.sxx > 1e-9 then sqrt(o.g / nullif(o.g - 1, 0) * o.uu) / o.sxx end as se,
        o.g as employees,
        o.n as evaluations
    from slopes s
    join clusters c using (slice)
    cross join spans y,
    lateral (values
            ('score', 'pooled', s.pb_score, s.psxx_score, c.puu_score, s.pg_score, s.pn_score),
            ('share_baik', 'pooled', s.pb_baik, s.psxx_baik, c.puu_baik, s.pg_baik, s.pn_baik),
            ('share_sangat_baik', 'pooled', s.pb_sangat_baik, s.psxx_sangat_baik, c.puu_sangat_baik, s.pg_sangat_baik, s.pn_sangat_baik),
            ('share_di_atas', 'pooled', s.pb_di_atas, s.psxx_di_atas, c.puu_di_atas, s.pg_di_atas, s.pn_di_atas),
            ('score', 'within', s.wb_score, s.wsxx_score, c.wuu_score, s.wg_score, s.wn_score),
            ('share_baik', 'within', s.wb_baik, s.wsxx_baik, c.wuu_baik, s.wg_baik, s.wn_baik),
            ('share_sangat_baik', 'within', s.wb_sangat_baik, s.wsxx_sangat_baik, c.wuu_sangat_baik, s.wg_sangat_baik, s.wn_sangat_baik),
            ('share_di_atas', 'within', s.wb_di_atas, s.wsxx_di_atas, c.wuu_di_atas, s.wg_di_atas, s.wn_di_atas)
    ) o(outcome, method, estimate, sxx, uu, g, n)
    where o.g > 0
)
select * from final;

-- Each employee's predikat of a year, for the organisation's predikat cap
-- (predikat_cap_check.sql): the annual (tahunan) predikat, else that of the employee's
-- latest periodic evaluation in the year (basis says which), with the unit of the post
-- held then. Per employee (the integer key of employee_ids) first, so that a load of
-- evaluations makes again the rows of the employees it touched and then the counts of
-- their years (analytics/incremental.py); at demo scale 30 the one-statement count ran
-- out of DuckDB's 2 GB.
-- made in blocks of employees, reading kinerja_rows by NIP range
create or replace table mart_predikat_employee_year as
with latest as (
    select
        nip,
        year,
        arg_max(
            {'region_id': region_id, 'unit_id': unit_id, 'predikat': predikat,
             'basis': case when period_type = 'tahunan' then 'tahunan' else 'periodik' end},
            {'annual': period_type = 'tahunan', 'start': period_start}
        ) as e
    from kinerja_rows
    group by all
),
final as (
    select i.employee_id as employee, l.year, l.e.region_id, l.e.unit_id, l.e.basis, l.e.predikat
    from latest l
    join employee_ids i using (nip)
)
select * from final;

-- Counted per region, unit, year, basis and predikat.
create or replace table mart_predikat_year as
with final as (
    select region_id, unit_id, year, basis, predikat, count(*) as employees
    from mart_predikat_employee_year
    group by all
)
select * from final;

drop table kinerja_rows;
