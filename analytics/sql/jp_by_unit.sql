-- JP per PNS per year by unit over the year range (employee-years), worst
-- first. Staff appointed during a year: that year held to the pro-rated 20 JP
-- ($part_year = 'prorate') or left out ('apart': the units' full years only).
-- employees = the PNS behind the employee-years (what a small group is counted in).
--
-- Counts, not rows: the employee-years from mart_jp_counts, the employees from
-- mart_jp_starts. An employee is in one unit (their current post) for all years, with
-- a row of mart_staff_year_jp for every data year from a first year f on (the TMT year;
-- 'apart': the first full year in service, mart_jp_starts.full_year_from). Let m be the
-- last year in the range with a counted row of the unit's (filtered) employees. An
-- employee of the unit has a row in the range iff f <= m: if they have one in year y,
-- then f <= y <= m; if f <= m, then m is a data year in the range at or after f, so they
-- have a row in m. So employees = those of the unit whose f <= m: the same as
-- count(distinct nip) over the rows, for any range and filter.
with staff_years as (
    select
        region_id,
        unit_id,
        sum(staff_years)::bigint as employee_years,
        sum(jp_sum) as jp_sum,
        sum(case when $part_year = 'prorate' then met_prorated else met end)::bigint as met,
        max(year) as last_year
    from sliced('mart_jp_counts', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
      and employee_type = 'PNS'
      and ($part_year = 'prorate' or full_year)
    group by region_id, unit_id
),
employees as (
    select s.region_id, s.unit_id, sum(e.employees)::bigint as employees
    from sliced('mart_jp_starts', $regions, $unit_id, $jenis_jabatan) e
    join staff_years s using (region_id, unit_id)
    where e.employee_type = 'PNS'
      and case when $part_year = 'prorate' then e.start_year else e.full_year_from end <= s.last_year
    group by s.region_id, s.unit_id
),
final as (
    select
        s.region_id,
        s.unit_id,
        u.name as unit_name,
        e.employees,
        s.employee_years,
        s.jp_sum / s.employee_years as mean_jp,
        s.met,
        s.met / s.employee_years as share_met
    from staff_years s
    join employees e using (region_id, unit_id)
    join units u using (unit_id)
    order by share_met, s.unit_id
)
select * from final
