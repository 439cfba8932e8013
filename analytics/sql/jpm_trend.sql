-- Share of employees in the JPM mapping band Optimal (capped JPM >= 90) per region and
-- assessment year: every as_of_year in the year range, and the latest up to $year_to
-- (the year jpm_distribution reads, also when it lies before $year_from).
--
-- Counts, not rows: employees per JPM value (mart_jpm_values); means are sums of value
-- times employees over the employees.
with latest as (
    select max(as_of_year) as as_of_year from mart_jpm_values where as_of_year <= $year_to
),
jpm as (
    select *
    from sliced('mart_jpm_values', $regions, $unit_id, $jenis_jabatan)
    where as_of_year between $year_from and $year_to
       or as_of_year = (select as_of_year from latest)
),
grouped as (
    select
        region_id,
        as_of_year,
        sum(employees)::bigint as employees,
        sum(jpm * employees) / sum(employees) as mean_jpm,
        coalesce(sum(employees) filter (where mapping_band = 'Optimal'), 0) / sum(employees) as share_optimal,
        coalesce(sum(employees) filter (where mapping_band = 'Kurang Optimal'), 0) / sum(employees)
            as share_kurang_optimal
    from jpm
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, as_of_year
)
select * from final
