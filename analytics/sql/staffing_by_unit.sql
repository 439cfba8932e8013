-- Need (ABK) vs headcount per unit: posts, need, headcount, gap (headcount -
-- need), fill rate (headcount / need) and the number of posts under / over
-- their need, over the posts that have an ABK need (posts without one counted
-- apart; a unit without any has no row); most under-staffed unit first.
with gaps as (
    select *
    from sliced('v_post_staffing', $regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        region_id,
        unit_id,
        unit_name,
        count(*) filter (where staffing_need is not null) as posts,
        sum(staffing_need)::bigint as staffing_need,
        (sum(headcount) filter (where staffing_need is not null))::bigint as headcount,
        sum(gap)::bigint as gap,
        sum(headcount) filter (where staffing_need is not null) / nullif(sum(staffing_need), 0) as fill_rate,
        count(*) filter (where gap < 0) as posts_under,
        count(*) filter (where gap > 0) as posts_over,
        count(*) filter (where staffing_need is null) as posts_without_need,
        coalesce(sum(headcount) filter (where staffing_need is null), 0)::bigint as headcount_without_need
    from gaps
    group by all
    having count(staffing_need) > 0
    order by gap, unit_id
)
select * from final
