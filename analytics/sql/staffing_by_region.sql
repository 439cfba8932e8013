-- Need (ABK) vs headcount per region: posts, need, headcount, gap (headcount -
-- need), fill rate (headcount / need) and posts under / at / over their need.
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
        p.staffing_need,
        coalesce(h.headcount, 0) as headcount,
        coalesce(h.headcount, 0) - p.staffing_need as gap
    from posts p
    left join headcount h using (position_id)
),
final as (
    select
        region_id,
        count(*) as posts,
        sum(staffing_need)::bigint as staffing_need,
        sum(headcount)::bigint as headcount,
        sum(gap)::bigint as gap,
        sum(headcount) / nullif(sum(staffing_need), 0) as fill_rate,
        count(*) filter (where gap < 0) as posts_under,
        count(*) filter (where gap = 0) as posts_balanced,
        count(*) filter (where gap > 0) as posts_over
    from gaps
    group by all
    order by region_id
)
select * from final
