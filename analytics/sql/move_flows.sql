-- Executed moves (not appointments) over the year range from one unit (or
-- jenis jabatan, $by = 'jenis_jabatan') to another, per region and move type;
-- the $top largest flows. A move within the same unit (or jenis jabatan) is no
-- flow here: moves_within counts those.
with moves as (
    select *
    from filtered_move_counts($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
    where status = 'executed'
),
labelled as (
    -- a unit's name with its region's (names repeat across regions: Dinas Kesehatan)
    select
        m.region_id,
        m.move_type,
        m.n,
        case when $by = 'unit' then m.from_unit_name || ' (' || r.name || ')' else m.from_jenis_jabatan::varchar end
            as source,
        case when $by = 'unit' then m.to_unit_name || ' (' || r.name || ')' else m.to_jenis_jabatan::varchar end
            as target
    from moves m
    join regions r using (region_id)
),
final as (
    select region_id, move_type, source, target, sum(n)::bigint as moves
    from labelled
    where source is distinct from target
    group by all
    order by moves desc, region_id, move_type, source, target
    limit $top
)
select * from final
