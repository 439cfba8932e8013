-- Proposed moves (not appointments) over the year range and the share
-- declined, per unit the employee would leave; highest share first.
with proposals as (
    select region_id, from_unit_id as unit_id, from_unit_name as unit_name, status
    from v_placements
    where move_type <> 'pengangkatan'
      and year between $year_from and $year_to
      and list_contains($regions, region_id)
      and ($unit_id::varchar is null or from_unit_id = $unit_id or to_unit_id = $unit_id)
      and ($jenis_jabatan::integer is null or to_jenis_jabatan = $jenis_jabatan)
),
final as (
    select
        region_id,
        unit_id,
        unit_name,
        count(*) as proposed,
        count(*) filter (where status = 'declined') as declined,
        declined / proposed as share_declined
    from proposals
    group by all
    order by share_declined desc, proposed desc, unit_id
)
select * from final
