-- PNS reaching the 20 JP entitlement, per region and year.
with staff as (
    select nip, region_id
    from filtered_employees($regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        s.region_id,
        j.year,
        count(*) as employees,
        avg(j.jp) as mean_jp,
        median(j.jp) as median_jp,
        count(*) filter (where j.met) as met,
        count(*) filter (where j.met) / count(*) as share_met
    from employee_year_jp($year_from, $year_to) j
    join staff s using (nip)
    group by all
    order by s.region_id, j.year
)
select * from final
