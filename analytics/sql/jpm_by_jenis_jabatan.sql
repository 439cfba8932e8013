-- Job-person match per kind of post (struktural, fungsional, pelaksana) as of $year_to.
with jpm as (
    select *
    from mart_employee_jpm
    where as_of_year = (select max(as_of_year) from mart_employee_jpm where as_of_year <= $year_to)
      and list_contains($regions, region_id)
      and ($unit_id::varchar is null or unit_id = $unit_id)
      and ($jenis_jabatan::integer is null or jenis_jabatan = $jenis_jabatan)
),
final as (
    select
        region_id,
        jenis_jabatan,
        count(*) as employees,
        avg(jpm) as mean_jpm,
        avg((band = 'MS')::integer) as share_ms,
        avg((band = 'KMS')::integer) as share_kms,
        avg(qualification_fit::integer) as share_qualified
    from jpm
    group by all
    order by region_id, jenis_jabatan
)
select * from final
