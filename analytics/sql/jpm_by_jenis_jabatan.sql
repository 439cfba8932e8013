-- Job-person match per kind of post (struktural, fungsional, pelaksana) as of $year_to:
-- mean JPM as capped coverage and as plain ratio, the shares in the mapping bands Optimal
-- and Kurang Optimal (of the capped JPM), qualification fit.
--
-- Counts, not rows: employees per JPM value (mart_jpm_values); means are sums of value
-- times employees over the employees.
with jpm as (
    select *
    from sliced('mart_jpm_values', $regions, $unit_id, $jenis_jabatan)
    where as_of_year = (select max(as_of_year) from mart_jpm_values where as_of_year <= $year_to)
),
grouped as (
    select
        region_id,
        jenis_jabatan,
        sum(employees)::bigint as employees,
        sum(jpm * employees) / sum(employees) as mean_jpm,
        sum(jpm_ratio * employees) / sum(employees) as mean_jpm_ratio,
        coalesce(sum(employees) filter (where mapping_band = 'Optimal'), 0) / sum(employees) as share_optimal,
        coalesce(sum(employees) filter (where mapping_band = 'Kurang Optimal'), 0) / sum(employees)
            as share_kurang_optimal,
        coalesce(sum(employees) filter (where qualification_fit), 0) / sum(employees) as share_qualified
    from jpm
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, jenis_jabatan
)
select * from final
