-- Employees per JPM selection band (MS / MMS / KMS) and region.
with staff as (
    select nip, region_id
    from filtered_employees($regions, $unit_id, $jenis_jabatan)
),
counts as (
    select s.region_id, j.band, count(*) as employees
    from employee_jpm($year_to) j
    join staff s using (nip)
    group by all
),
final as (
    select
        region_id,
        band,
        employees,
        employees / sum(employees) over (partition by region_id) as share
    from counts
    order by region_id, case band when 'MS' then 1 when 'MMS' then 2 else 3 end
)
select * from final
