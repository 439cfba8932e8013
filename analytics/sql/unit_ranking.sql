-- Units ranked over the year range (evaluations count where the post was held), each
-- region's finest period type (kinerja_source; period_type says which). The outcome
-- (outcome says which): the mean score where every unit ranked has scores; else — a
-- ratings-only database or region among them — the share rated Baik or better, then
-- the share Sangat Baik. employees = mean evaluated per evaluation period.
with evaluations as (
    select *
    from kinerja_source($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
),
per_unit as (
    select
        region_id,
        unit_id,
        any_value(period_type) as period_type,
        sum(evaluations) / count(distinct period_start) as employees,
        sum(evaluations)::bigint as evaluations,
        coalesce(sum(evaluations) filter (where predikat <= 2), 0) / sum(evaluations) as share_baik,
        coalesce(sum(evaluations) filter (where predikat = 1), 0) / sum(evaluations) as share_sangat_baik,
        sum(sum_score) / nullif(sum(n_score), 0) as mean_score
    from evaluations
    group by region_id, unit_id
),
outcome as (
    select case when bool_and(mean_score is not null) then 'score' else 'rating' end as outcome
    from per_unit
),
final as (
    select
        case when o.outcome = 'score' then rank() over (order by p.mean_score desc)
             else rank() over (order by p.share_baik desc, p.share_sangat_baik desc) end as rank,
        p.region_id,
        p.unit_id,
        u.name as unit_name,
        p.employees,
        p.evaluations,
        p.share_baik,
        p.share_sangat_baik,
        p.mean_score,
        o.outcome,
        p.period_type
    from per_unit p
    join units u using (unit_id)
    cross join outcome o
    order by rank, p.unit_id
)
select * from final
