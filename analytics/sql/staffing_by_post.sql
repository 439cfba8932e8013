-- Need (ABK staffing_need) vs headcount (employees whose current post it is)
-- per post; gap = headcount - need. The $n most under-staffed (gap < 0) and
-- the $n most over-staffed (gap > 0) posts, largest |gap| first.
with posts as (
    select *
    from sliced('v_positions', $regions, $unit_id, $jenis_jabatan)
),
headcount as (
    select e.position_id, count(*) as headcount
    from v_employees e
    semi join posts p on p.position_id = e.position_id
    group by e.position_id
),
gaps as (
    select
        p.region_id,
        p.unit_id,
        p.unit_name,
        p.position_id,
        p.position_name,
        p.jenis_jabatan,
        p.level,
        p.staffing_need,
        coalesce(h.headcount, 0) as headcount,
        coalesce(h.headcount, 0) - p.staffing_need as gap
    from posts p
    left join headcount h using (position_id)
),
ranked as (
    select
        *,
        case when gap < 0 then 'under' else 'over' end as direction,
        row_number() over (
            partition by gap < 0 order by abs(gap) desc, staffing_need desc, position_id
        ) as rank
    from gaps
    where gap <> 0
),
final as (
    select
        direction,
        rank,
        region_id,
        unit_id,
        unit_name,
        position_id,
        position_name,
        jenis_jabatan,
        level,
        staffing_need,
        headcount,
        gap
    from ranked
    where rank <= $n
    order by direction desc, rank
)
select * from final
