-- Executed moves over the year range: mean JPM (latest assessments) and
-- share qualified (education field = required field) against the post left
-- ('before') and the post taken ('after'), per region.
with moves as (
    select *
    from sliced('mart_move_effects', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
),
both_posts as (
    select region_id, 'before' as post, jpm_from as jpm, qualified_from as qualified from moves
    union all
    select region_id, 'after', jpm_to, qualified_to from moves
),
grouped as (
    select
        region_id,
        post,
        count(*) as moves,
        count(jpm) as n_jpm,
        avg(jpm) as mean_jpm,
        stddev_samp(jpm) as sd_jpm,
        count(*) filter (where qualified) as qualified,
        avg(qualified::integer) as share_qualified
    from both_posts
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, post desc
)
select * from final
