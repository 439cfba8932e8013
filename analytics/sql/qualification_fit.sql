-- Employees whose education field matches their post's required field
-- (posts without a required field count as a fit).
with staff as (
    select region_id, jenis_jabatan, qualification_fit, employees as n
    from sliced('mart_headcount', $regions, $unit_id, $jenis_jabatan)  -- counts, not a row per employee
),
grouped as (
    select
        region_id,
        jenis_jabatan,
        sum(n)::bigint as employees,
        coalesce(sum(n) filter (where qualification_fit), 0)::bigint as fit,
        fit / employees as share_fit
    from staff
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, jenis_jabatan
)
select * from final
