-- Job-person match per kind of post (struktural, fungsional, pelaksana).
with staff as (
    select nip, region_id, jenis_jabatan, qualification_fit
    from filtered_employees($regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        s.region_id,
        s.jenis_jabatan,
        count(*) as employees,
        avg(j.jpm) as mean_jpm,
        avg((j.band = 'MS')::integer) as share_ms,
        avg((j.band = 'KMS')::integer) as share_kms,
        avg(s.qualification_fit::integer) as share_qualified
    from employee_jpm($year_to) j
    join staff s using (nip)
    group by all
    order by s.region_id, s.jenis_jabatan
)
select * from final
