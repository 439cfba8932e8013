-- Employees whose education field matches their post's required field
-- (posts without a required field count as a fit).
with staff as (
    select region_id, jenis_jabatan, qualification_fit
    from sliced('v_employees', $regions, $unit_id, $jenis_jabatan)
),
grouped as (
    select
        region_id,
        jenis_jabatan,
        count(*) as employees,
        count(*) filter (where qualification_fit) as fit,
        fit / employees as share_fit
    from staff
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, jenis_jabatan
)
select * from final
