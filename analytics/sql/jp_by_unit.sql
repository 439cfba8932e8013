-- JP per PNS per year by unit, over the year range (employee-years).
with staff as (
    select nip, region_id, unit_id, unit_name
    from filtered_employees($regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        s.region_id,
        s.unit_id,
        any_value(s.unit_name) as unit_name,
        count(*) as employee_years,
        avg(j.jp) as mean_jp,
        avg(j.met::integer) as share_met
    from employee_year_jp($year_from, $year_to) j
    join staff s using (nip)
    group by s.region_id, s.unit_id
    order by share_met, s.unit_id
)
select * from final
