-- Community feedback per region and channel over the year range: received, resolved, the
-- share resolved and the mean days to resolve (weighted by the resolved).
with units as (
    select * from chosen_units($regions, $unit_id)
),
grouped as (
    select
        u.region_id,
        f.channel,
        sum(f.received)::bigint as received,
        sum(f.resolved)::bigint as resolved,
        sum(f.resolved) / nullif(sum(f.received), 0) as share_resolved,
        sum(f.resolved * f.mean_days_to_resolve)
            / nullif(sum(f.resolved) filter (where f.mean_days_to_resolve is not null), 0) as mean_days_to_resolve
    from feedback f
    join units u using (unit_id)
    where year(f.period_start) between $year_from and $year_to
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped order by region_order(region_id), region_id, channel
)
select * from final
