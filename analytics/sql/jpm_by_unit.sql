-- Job-person match per unit as of $year_to: mean JPM, shares MS and KMS,
-- qualification fit; weakest first.
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
        avg((j.band = 'MS')::integer) as share_ms,
        avg((j.band = 'KMS')::integer) as share_kms,
        avg(j.qualification_fit::integer) as share_qualified
    from jpm j
    join units u using (unit_id)
    group by all
    order by mean_jpm, j.unit_id
)
select * from final
