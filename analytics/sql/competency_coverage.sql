-- Share of assessed (employee, competency) pairs at or above the post's
-- required level, and the mean gap (level - required), per region, using
-- each employee's latest assessment up to the end of $year_to.
with coverage as (
    select *
    from sliced('mart_competency_coverage', $regions, $unit_id, $jenis_jabatan)
    where as_of_year = (select max(as_of_year) from mart_competency_coverage where as_of_year <= $year_to)
),
grouped as (
    select
        v.region_id,
        v.competency_id,
        c.name_id as competency_name_id,
        c.name_en as competency_name_en,
        c.kind,
        sum(v.assessed)::bigint as assessed,
        sum(v.meeting)::bigint as meeting,
        sum(v.meeting) / sum(v.assessed) as share_meeting,
        sum(v.sum_gap) / sum(v.assessed) as mean_gap
    from coverage v
    join competencies c using (competency_id)
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, competency_id
)
select * from final
