-- Employees per JPM selection band (MS / MMS / KMS) and region, as of $year_to.
with jpm as (
    select *
    from sliced('mart_employee_jpm', $regions, $unit_id, $jenis_jabatan)
    where as_of_year = (select max(as_of_year) from mart_employee_jpm where as_of_year <= $year_to)
),
counts as (
    select region_id, band, count(*) as employees
    from jpm
    group by all
),
final as (
    select
        region_id,
        band,
        employees,
        employees / sum(employees) over (partition by region_id) as share
    from counts
    order by region_order(region_id), region_id, case band when 'MS' then 1 when 'MMS' then 2 else 3 end
)
select * from final
