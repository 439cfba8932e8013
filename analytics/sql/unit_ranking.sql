-- Units ranked by mean monthly score over the year range (evaluations count
-- where the post was held). employees = mean evaluated per month.
with evaluations as (
    select *
    from sliced('mart_kinerja_monthly', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
),
per_unit as (
    select
        region_id,
        unit_id,
        sum(evaluations) / count(distinct month) as employees,
        sum(evaluations)::bigint as evaluations,
        sum(evaluations) filter (where predikat <= 2) / sum(evaluations) as share_baik,
        sum(sum_score) / sum(n_score) as mean_score
    from evaluations
    group by region_id, unit_id
),
final as (
    select
        rank() over (order by p.mean_score desc) as rank,
        p.region_id,
        p.unit_id,
        u.name as unit_name,
        p.employees,
        p.evaluations,
        p.share_baik,
        p.mean_score
    from per_unit p
    join units u using (unit_id)
    order by rank, p.unit_id
)
select * from final
