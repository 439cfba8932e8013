-- Need (ABK) vs headcount per unit: posts, need, headcount, gap (headcount -
-- need), fill rate (headcount / need) and the number of posts under / over
-- their need; most under-staffed unit first.
with gaps as (
    select *
    from sliced('v_post_staffing', $regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        region_id,
        unit_id,
        unit_name,
        count(*) as posts,
        sum(staffing_need)::bigint as staffing_need,
        sum(headcount)::bigint as headcount,
        sum(gap)::bigint as gap,
        sum(headcount) / nullif(sum(staffing_need), 0) as fill_rate,
        count(*) filter (where gap < 0) as posts_under,
        count(*) filter (where gap > 0) as posts_over
    from gaps
    group by all
    order by gap, unit_id
)
select * from final
