-- Evaluations per predikat, region and period ($grain), with each
-- predikat's share of its region-period.
with evaluations as (
    select *
    from filtered_evaluations($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
),
counts as (
    select
        region_id,
        date_trunc($grain, period_start)::date as period,
        predikat,
        count(*) as evaluations
    from evaluations
    group by all
),
final as (
    select
        region_id,
        period,
        predikat,
        evaluations,
        evaluations / sum(evaluations) over (partition by region_id, period) as share
    from counts
    order by region_id, period, predikat
)
select * from final
