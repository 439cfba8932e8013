-- ------------------------------------------------------------------ kinerja
-- The evaluations with the slice of the post held, read once for the marts below (the
-- clean view joins posts, units and programmes): spell numbers the executed moves
-- (placements, not appointments) before the period, trained says whether the employee's
-- first substantive training (>= 20 JP, the training-impact default) had ended by the
-- month the period starts. Dropped at the end of this file.
create or replace temp table kinerja_rows as
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
-- (2000 = 0; the start of the period), y per outcome: the score (where scored), Baik or
-- better, Sangat Baik, hasil kerja Di Atas (where rated). A spell is the post held
-- (the evaluation's post; moves recorded in placements count as a new spell too), so
-- that a trend within a spell is net of moves; evaluations from the month the first
-- substantive training ended are marked trained, so that it can be net of training
-- (kinerja_rows above).
create or replace table mart_kinerja_within as
with rows_ as (
    select
        nip, position_id, moves_before, region_id, unit_id, jenis_jabatan, period_type, year, trained,
        score is not null as scored,
        hasil_kerja is not null as rated,
        (year - 2000) + (month(period_start) - 1) / 12.0 as t,
        score,
        (predikat <= 2)::integer as baik,
        (predikat = 1)::integer as sangat_baik,
        (hasil_kerja = 1)::integer as di_atas
    from kinerja_rows
),
final as (
    select
        nip, position_id, moves_before, region_id, unit_id, jenis_jabatan, period_type, year, trained,
        scored, rated,
        count(*) as n,
        sum(t) as st,
        sum(t * t) as stt,
        sum(baik) as sy_baik,
        sum(t * baik) as sty_baik,
        sum(sangat_baik) as sy_sangat_baik,
        sum(t * sangat_baik) as sty_sangat_baik,
        sum(di_atas) as sy_di_atas,
        sum(t * di_atas) as sty_di_atas,
        sum(score) as sy_score,
        sum(t * score) as sty_score
    from rows_
    group by all
)
select * from final;

-- Each employee's predikat of a year, for the organisation's predikat cap
-- (predikat_cap_check.sql): the annual (tahunan) predikat, else that of the employee's
-- latest periodic evaluation in the year (basis says which); counted per unit of the
-- post held then.
create or replace table mart_predikat_year as
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
    select e.region_id, e.unit_id, year, e.basis, e.predikat, count(*) as employees
    from latest
    group by all
)
select * from final;

drop table kinerja_rows;
