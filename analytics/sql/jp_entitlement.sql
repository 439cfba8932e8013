-- PNS reaching the 20 JP entitlement, per region and year.
with staff_years as (
    select *
    from sliced('mart_employee_year_jp', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
),
final as (
    select
        region_id,
        year,
        count(*) as employees,
        avg(jp) as mean_jp,
        median(jp) as median_jp,
        count(*) filter (where met) as met,
        count(*) filter (where met) / count(*) as share_met
    from staff_years
    group by region_id, year
    order by region_order(region_id), region_id, year
)
select * from final
