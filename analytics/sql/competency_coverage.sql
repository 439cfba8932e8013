-- Share of assessed (employee, competency) pairs at or above the post's
-- required level, and the mean gap (level - required), per region.
with staff as (
    select nip, region_id
    from filtered_employees($regions, $unit_id, $jenis_jabatan)
),
gaps as (
    select s.region_id, g.competency_id, g.level, g.required_level
    from competency_gaps($year_to) g
    join staff s using (nip)
),
final as (
    select
        g.region_id,
        g.competency_id,
        c.name_id as competency_name_id,
        c.name_en as competency_name_en,
        c.kind,
        count(*) as assessed,
        count(*) filter (where g.level >= g.required_level) as meeting,
        meeting / assessed as share_meeting,
        avg(g.level - g.required_level) as mean_gap
    from gaps g
    join competencies c using (competency_id)
    group by all
    order by g.region_id, g.competency_id
)
select * from final
