-- Monthly evaluations per region and period ($grain: month, quarter, year):
-- share rated Baik or better, mean score and the three indicators.
with evaluations as (
    select *
    from filtered_evaluations($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
),
final as (
    select
        region_id,
        date_trunc($grain, period_start)::date as period,
        count(*) as evaluations,
        count(distinct nip) as employees,
        avg(baik_or_better::integer) as share_baik,
        avg(score) as mean_score,
        avg(score_hasil_kerja) as mean_hasil_kerja,
        avg(score_sikap) as mean_sikap,
        avg(score_disiplin) as mean_disiplin
    from evaluations
    group by all
    order by region_id, period
)
select * from final
