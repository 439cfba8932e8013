-- Units ranked by mean monthly score over the year range.
with evaluations as (
    select *
    from filtered_evaluations($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
),
per_unit as (
    select
        region_id,
        unit_id,
        any_value(unit_name) as unit_name,
        count(distinct nip) as employees,
        count(*) as evaluations,
        avg(baik_or_better::integer) as share_baik,
        avg(score) as mean_score
    from evaluations
    group by region_id, unit_id
),
final as (
    select
        rank() over (order by mean_score desc) as rank,
        *
    from per_unit
    order by rank, unit_id
)
select * from final
