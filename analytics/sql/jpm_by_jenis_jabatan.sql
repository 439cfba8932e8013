-- Job-person match per kind of post (struktural, fungsional, pelaksana) as of $year_to.
with jpm as (
    select *
    from sliced('mart_employee_jpm', $regions, $unit_id, $jenis_jabatan)
    where as_of_year = (select max(as_of_year) from mart_employee_jpm where as_of_year <= $year_to)
),
grouped as (
    select
        region_id,
        jenis_jabatan,
        count(*) as employees,
        avg(jpm) as mean_jpm,
        avg((band = 'MS')::integer) as share_ms,
        avg((band = 'KMS')::integer) as share_kms,
        avg(qualification_fit::integer) as share_qualified
    from jpm
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, jenis_jabatan
)
select * from final
