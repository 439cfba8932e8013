-- Job-person match per unit as of $year_to: mean JPM as capped coverage (mean_jpm) and
-- as plain ratio (mean_jpm_ratio), the shares in the mapping bands Optimal and Kurang
-- Optimal (of the capped JPM), qualification fit; weakest first.
--
-- Counts, not rows: employees per JPM value (mart_jpm_values); means are sums of value
-- times employees over the employees.
with jpm as (
    select *
    from sliced('mart_jpm_values', $regions, $unit_id, $jenis_jabatan)
    where as_of_year = (select max(as_of_year) from mart_jpm_values where as_of_year <= $year_to)
),
final as (
    select
        j.region_id,
        j.unit_id,
        u.name as unit_name,
        sum(j.employees)::bigint as employees,
        sum(j.jpm * j.employees) / sum(j.employees) as mean_jpm,
        sum(j.jpm_ratio * j.employees) / sum(j.employees) as mean_jpm_ratio,
        coalesce(sum(j.employees) filter (where j.mapping_band = 'Optimal'), 0) / sum(j.employees) as share_optimal,
        coalesce(sum(j.employees) filter (where j.mapping_band = 'Kurang Optimal'), 0) / sum(j.employees)
            as share_kurang_optimal,
        coalesce(sum(j.employees) filter (where j.qualification_fit), 0) / sum(j.employees) as share_qualified
    from jpm j
    join units u using (unit_id)
    group by all
    order by mean_jpm, j.unit_id
)
select * from final
