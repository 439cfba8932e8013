-- Evaluations per predikat, region and period ($grain), with each
-- predikat's share of its region-period.
with evaluations as (
    select *
    from sliced('mart_kinerja_monthly', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
),
counts as (
    select
        region_id,
        date_trunc($grain, month)::date as period,
        predikat,
        sum(evaluations)::bigint as evaluations
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
    order by region_order(region_id), region_id, period, predikat
)
select * from final
