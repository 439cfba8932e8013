-- Executed moves (not appointments) over the year range from one unit (or
-- jenis jabatan, $by = 'jenis_jabatan') to another, per region and move type;
-- the $top largest flows.
with moves as (
    select *
    from v_placements
    where status = 'executed' and move_type <> 'pengangkatan'
      and year between $year_from and $year_to
      and list_contains($regions, region_id)
      and ($unit_id::varchar is null or from_unit_id = $unit_id or to_unit_id = $unit_id)
      and ($jenis_jabatan::integer is null or to_jenis_jabatan = $jenis_jabatan)
),
labelled as (
    select
        region_id,
        move_type,
        case when $by = 'unit' then from_unit_name || ' (' || region_id || ')' else from_jenis_jabatan::varchar end
            as source,
        case when $by = 'unit' then to_unit_name || ' (' || region_id || ')' else to_jenis_jabatan::varchar end
            as target
    from moves
),
final as (
    select region_id, move_type, source, target, count(*) as moves
    from labelled
    group by all
    order by moves desc, region_id, move_type, source, target
    limit $top
)
select * from final
