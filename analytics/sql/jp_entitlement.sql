-- ASN of one $employee_type reaching their JP entitlement (PNS: at least 20 a
-- year; PPPK: the 24 a contract year allows), per region and year. Staff
-- appointed during the year: held to the entitlement pro-rated by their months
-- in service ($part_year = 'prorate', one row 'all'), or to the full one in
-- rows of their own ('apart': 'full_year' and 'part_year').
with staff_years as (
    select
        *,
        case when $part_year = 'prorate' then 'all' when months_in_service = 12 then 'full_year'
            else 'part_year' end as staff,
        case when $part_year = 'prorate' then met_prorated else met end as counted_met
    from sliced('mart_staff_year_jp', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
      and employee_type = $employee_type
),
grouped as (
    select
        region_id,
        year,
        staff,
        count(*) as employees,
        count(*) filter (where months_in_service < 12) as part_year,
        max(entitlement_jp) as entitlement_jp,
        avg(jp) as mean_jp,
        median(jp) as median_jp,
        count(*) filter (where counted_met) as met,
        count(*) filter (where counted_met) / count(*) as share_met
    from staff_years
    group by region_id, year, staff
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, year, staff
)
select * from final
