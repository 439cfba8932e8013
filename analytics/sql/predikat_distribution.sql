-- Evaluations per predikat, region and period ($grain: month, quarter, year), with each
-- predikat's share of its region-period. Every period type counts: each region's finest
-- (kinerja_source: bulanan, else triwulan, else tahunan; period_type says which), grouped
-- at $grain or, where the region's period type is coarser, at that (grain says which).
-- periods = the region's evaluation periods in the row's period (an employee has at most
-- one evaluation a period, so at least evaluations / periods employees are behind a row).
with evaluations as (
    select *
    from kinerja_source($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
),
sources as (
    select
        region_id,
        any_value(period_type) as period_type,
        effective_grain($grain, any_value(period_rank)) as grain
    from evaluations
    group by region_id
),
dated as (
    select
        e.region_id, e.period_start, e.predikat, e.evaluations, s.grain,
        case s.grain  -- a constant part each: date_trunc with a part per row is slow
            when 'month' then date_trunc('month', e.period_start)
            when 'quarter' then date_trunc('quarter', e.period_start)
            else date_trunc('year', e.period_start)
        end::date as period
    from evaluations e
    join sources s using (region_id)
),
counts as (
    select region_id, period, predikat, sum(evaluations)::bigint as evaluations
    from dated
    group by all
),
period_counts as (
    select region_id, period, count(distinct period_start) as periods
    from dated
    group by all
),
final as (
    select
        c.region_id,
        c.period,
        c.predikat,
        c.evaluations,
        c.evaluations / sum(c.evaluations) over (partition by c.region_id, c.period) as share,
        p.periods,
        -- employees rated so in an evaluation period of it (what a small group is counted in)
        ceil(c.evaluations / p.periods)::bigint as employees,
        s.period_type,
        s.grain
    from counts c
    join period_counts p using (region_id, period)
    join sources s using (region_id)
    order by region_order(c.region_id), c.region_id, c.period, c.predikat
)
select * from final
