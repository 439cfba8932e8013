-- JP per PNS per year by unit over the year range (employee-years), worst
-- first. Staff appointed during a year: that year held to the pro-rated 20 JP
-- ($part_year = 'prorate') or left out ('apart': the units' full years only).
-- employees = the PNS behind the employee-years (what a small group is counted in).
with staff_years as (
    select *, case when $part_year = 'prorate' then met_prorated else met end as counted_met
    from sliced('mart_staff_year_jp', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
      and employee_type = 'PNS'
      and ($part_year = 'prorate' or months_in_service = 12)
),
final as (
    select
        s.region_id,
        s.unit_id,
        u.name as unit_name,
        count(distinct s.nip) as employees,
        count(*) as employee_years,
        avg(s.jp) as mean_jp,
        count(*) filter (where s.counted_met) as met,
        avg(s.counted_met::integer) as share_met
    from staff_years s
    join units u using (unit_id)
    group by all
    order by share_met, s.unit_id
)
select * from final
