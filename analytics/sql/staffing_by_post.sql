-- Need (ABK staffing_need) vs headcount (employees whose current post it is)
-- per post; gap = headcount - need. The $n most under-staffed (gap < 0) and
-- the $n most over-staffed (gap > 0) posts, largest |gap| first.
with gaps as (
    select *
    from sliced('v_post_staffing', $regions, $unit_id, $jenis_jabatan)
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
