-- Job-person match per unit: mean JPM, shares MS and KMS, qualification fit.
with staff as (
    select nip, region_id, unit_id, unit_name, qualification_fit
    from filtered_employees($regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        s.region_id,
        s.unit_id,
        s.unit_name,
        count(*) as employees,
        avg(j.jpm) as mean_jpm,
        avg((j.band = 'MS')::integer) as share_ms,
        avg((j.band = 'KMS')::integer) as share_kms,
        avg(s.qualification_fit::integer) as share_qualified
    from employee_jpm($year_to) j
    join staff s using (nip)
    group by all
    order by mean_jpm, s.unit_id
)
select * from final
