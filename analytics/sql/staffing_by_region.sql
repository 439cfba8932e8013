-- Need (ABK) vs headcount per region: posts, need, headcount, gap (headcount -
-- need), fill rate (headcount / need) and posts under / at / over their need,
-- over the posts that have an ABK need. Posts without one (made from an export,
-- no ABK yet) and their holders are counted apart; a region none of whose posts
-- has a need has no row (the page then says what is missing).
with gaps as (
    select *
    from sliced('v_post_staffing', $regions, $unit_id, $jenis_jabatan)
),
grouped as (
    select
        region_id,
        count(*) filter (where staffing_need is not null) as posts,
        sum(staffing_need)::bigint as staffing_need,
        (sum(headcount) filter (where staffing_need is not null))::bigint as headcount,
        sum(gap)::bigint as gap,
        sum(headcount) filter (where staffing_need is not null) / nullif(sum(staffing_need), 0) as fill_rate,
        count(*) filter (where gap < 0) as posts_under,
        count(*) filter (where gap = 0) as posts_balanced,
        count(*) filter (where gap > 0) as posts_over,
        count(*) filter (where staffing_need is null) as posts_without_need,
        coalesce(sum(headcount) filter (where staffing_need is null), 0)::bigint as headcount_without_need
    from gaps
    group by all
    having count(staffing_need) > 0
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id
)
select * from final
