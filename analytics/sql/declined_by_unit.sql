-- Proposed moves (not appointments) over the year range and the share
-- declined, per unit the employee would leave; highest share first.
with proposals as (
    select region_id, from_unit_id as unit_id, from_unit_name as unit_name, status, n
    from filtered_move_counts($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
),
final as (
    select
        region_id,
        unit_id,
        unit_name,
        sum(n)::bigint as proposed,
        coalesce(sum(n) filter (where status = 'declined'), 0)::bigint as declined,
        declined / proposed as share_declined
    from proposals
    group by all
    order by share_declined desc, proposed desc, unit_id
)
select * from final
