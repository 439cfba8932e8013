-- JP per PNS per year by unit over the year range (employee-years), worst first.
with staff_years as (
    select *
    from sliced('mart_employee_year_jp', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
),
final as (
    select
        s.region_id,
        s.unit_id,
        u.name as unit_name,
        count(*) as employee_years,
        avg(s.jp) as mean_jp,
        avg(s.met::integer) as share_met
    from staff_years s
    join units u using (unit_id)
    group by all
    order by share_met, s.unit_id
)
select * from final
