-- Proposed moves (not appointments) over the year range and the share
-- declined, per region and move type.
with proposals as (
    select region_id, move_type, status, n
    from filtered_move_counts($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
),
grouped as (
    select
        region_id,
        move_type,
        sum(n)::bigint as proposed,
        coalesce(sum(n) filter (where status = 'declined'), 0)::bigint as declined,
        declined / proposed as share_declined
    from proposals
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, move_type
)
select * from final
