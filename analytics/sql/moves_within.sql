-- Executed moves (not appointments) over the year range per region, and how
-- many of them stay within the same unit (or jenis jabatan, $by = 'jenis_jabatan'):
-- the moves move_flows leaves out.
with moves as (
    select
        region_id,
        case
            when $by = 'unit' then from_unit_id is not distinct from to_unit_id
            else from_jenis_jabatan is not distinct from to_jenis_jabatan
        end as within,
        n
    from filtered_move_counts($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
    where status = 'executed'
),
final as (
    select
        region_id,
        sum(n)::bigint as moves,
        coalesce(sum(n) filter (where within), 0)::bigint as within,
        coalesce(sum(n) filter (where within), 0) / sum(n) as share_within
    from moves
    group by region_id
    order by region_order(region_id), region_id
)
select * from final
