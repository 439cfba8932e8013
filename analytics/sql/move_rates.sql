-- Executed rotations, transfers (mutasi) and promotions per 100 employees
-- (current headcount of the slice: v_employees as mart_headcount counts it) per year of the
-- range, per region.
with headcount as (
    select region_id, sum(employees)::bigint as employees
    from sliced('mart_headcount', $regions, $unit_id, $jenis_jabatan)
    group by all
),
moves as (
    select region_id, move_type, sum(n)::bigint as moves
    from filtered_move_counts($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
    where status = 'executed' and move_type in ('rotasi', 'mutasi', 'promosi')
    group by all
),
types as (
    select unnest(['rotasi', 'mutasi', 'promosi']) as move_type
),
final as (
    select
        h.region_id,
        t.move_type,
        coalesce(m.moves, 0) as moves,
        h.employees,
        $year_to - $year_from + 1 as years,
        coalesce(m.moves, 0) * 100.0 / h.employees / ($year_to - $year_from + 1) as per_100_per_year
    from headcount h
    cross join types t
    left join moves m using (region_id, move_type)
    order by region_order(h.region_id), h.region_id, t.move_type
)
select * from final
