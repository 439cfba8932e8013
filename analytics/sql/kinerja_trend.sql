-- Monthly evaluations per region and period ($grain: month, quarter, year):
-- share rated Baik or better, mean score and the three indicators.
-- employees = mean number of employees evaluated per month in the period.
with evaluations as (
    select *
    from sliced('mart_kinerja_monthly', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
),
grouped as (
    select
        region_id,
        date_trunc($grain, month)::date as period,
        sum(evaluations)::bigint as evaluations,
        sum(evaluations) / count(distinct month) as employees,
        sum(evaluations) filter (where predikat <= 2) / sum(evaluations) as share_baik,
        sum(sum_score) / sum(n_score) as mean_score,
        sum(sum_hasil_kerja) / sum(n_hasil_kerja) as mean_hasil_kerja,
        sum(sum_sikap) / sum(n_sikap) as mean_sikap,
        sum(sum_disiplin) / sum(n_disiplin) as mean_disiplin
    from evaluations
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, period
)
select * from final
