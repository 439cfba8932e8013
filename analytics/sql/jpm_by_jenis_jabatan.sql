-- Job-person match per kind of post (struktural, fungsional, pelaksana) as of $year_to:
-- mean JPM as capped coverage and as plain ratio, the shares in the mapping bands Optimal
-- and Kurang Optimal (of the capped JPM), qualification fit.
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
        avg(jpm_ratio) as mean_jpm_ratio,
        avg((mapping_band = 'Optimal')::integer) as share_optimal,
        avg((mapping_band = 'Kurang Optimal')::integer) as share_kurang_optimal,
        avg(qualification_fit::integer) as share_qualified
    from jpm
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, jenis_jabatan
)
select * from final
