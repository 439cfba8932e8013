-- Job-person match per unit as of $year_to: mean JPM as capped coverage (mean_jpm) and
-- as plain ratio (mean_jpm_ratio), the shares in the mapping bands Optimal and Kurang
-- Optimal (of the capped JPM), qualification fit; weakest first.
with jpm as (
    select *
    from sliced('mart_employee_jpm', $regions, $unit_id, $jenis_jabatan)
    where as_of_year = (select max(as_of_year) from mart_employee_jpm where as_of_year <= $year_to)
),
final as (
    select
        j.region_id,
        j.unit_id,
        u.name as unit_name,
        count(*) as employees,
        avg(j.jpm) as mean_jpm,
        avg(j.jpm_ratio) as mean_jpm_ratio,
        avg((j.mapping_band = 'Optimal')::integer) as share_optimal,
        avg((j.mapping_band = 'Kurang Optimal')::integer) as share_kurang_optimal,
        avg(j.qualification_fit::integer) as share_qualified
    from jpm j
    join units u using (unit_id)
    group by all
    order by mean_jpm, j.unit_id
)
select * from final
