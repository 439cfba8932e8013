-- Share of employees in the JPM mapping band Optimal (capped JPM >= 90) per region and
-- assessment year: every as_of_year in the year range, and the latest up to $year_to
-- (the year jpm_distribution reads, also when it lies before $year_from).
with latest as (
    select max(as_of_year) as as_of_year from mart_employee_jpm where as_of_year <= $year_to
),
jpm as (
    select *
    from sliced('mart_employee_jpm', $regions, $unit_id, $jenis_jabatan)
    where as_of_year between $year_from and $year_to
       or as_of_year = (select as_of_year from latest)
),
grouped as (
    select
        region_id,
        as_of_year,
        count(*) as employees,
        avg(jpm) as mean_jpm,
        avg((mapping_band = 'Optimal')::integer) as share_optimal,
        avg((mapping_band = 'Kurang Optimal')::integer) as share_kurang_optimal
    from jpm
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, as_of_year
)
select * from final
