-- ASN of one $employee_type reaching their JP entitlement (PNS: at least 20 a
-- year; PPPK: the 24 a contract year allows), per region and year. Staff
-- appointed during the year: held to the entitlement pro-rated by their months
-- in service ($part_year = 'prorate', one row 'all'), or to the full one in
-- rows of their own ('apart': 'full_year' and 'part_year').
-- Counts, not rows: the employee-years per JP value (mart_jp_values); the median is
-- the one of the values at 0-based ranks (n - 1) // 2 and n // 2 of the n in order,
-- interpolated as median() does.
with staff_years as (
    select
        region_id,
        year,
        case when $part_year = 'prorate' then 'all' when full_year then 'full_year' else 'part_year' end
            as staff,
        full_year,
        jp,
        entitlement_jp,
        staff_years,
        case when $part_year = 'prorate' then met_prorated else met end as counted_met
    from sliced('mart_jp_values', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
      and employee_type = $employee_type
),
jp_values as (  -- employee-years per JP value, each row of the result
    select region_id, year, staff, jp, sum(staff_years) as n
    from staff_years
    group by all
),
ranked as (
    select
        *,
        sum(n) over (partition by region_id, year, staff order by jp) as upto,
        sum(n) over (partition by region_id, year, staff) as total
    from jp_values
),
medians as (
    select
        region_id,
        year,
        staff,
        list_median([
            min(jp) filter (where upto > (total - 1) // 2),
            min(jp) filter (where upto > total // 2)
        ]) as median_jp
    from ranked
    group by region_id, year, staff
),
grouped as (
    select
        region_id,
        year,
        staff,
        sum(staff_years)::bigint as employees,
        coalesce(sum(staff_years) filter (where not full_year), 0)::bigint as part_year,
        max(entitlement_jp) as entitlement_jp,
        sum(jp * staff_years) / sum(staff_years) as mean_jp,
        sum(counted_met)::bigint as met
    from staff_years
    group by region_id, year, staff
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select
        g.region_id,
        g.year,
        g.staff,
        g.employees,
        g.part_year,
        g.entitlement_jp,
        g.mean_jp,
        m.median_jp,
        g.met,
        g.met / g.employees as share_met
    from grouped g
    join medians m using (region_id, year, staff)
    order by region_order(g.region_id), g.region_id, g.year, g.staff
)
select * from final
