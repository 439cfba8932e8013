-- Evaluations per predikat, region and period ($grain), with each
-- predikat's share of its region-period.
with evaluations as (
    select *
    from mart_kinerja_monthly
    where year between $year_from and $year_to
      and list_contains($regions, region_id)
      and ($unit_id::varchar is null or unit_id = $unit_id)
      and ($jenis_jabatan::integer is null or jenis_jabatan = $jenis_jabatan)
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
    order by region_id, period, predikat
)
select * from final
