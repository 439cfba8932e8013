-- Employees reaching BUP (retirement_date) by the end of the $horizon-th year after the
-- as-of date's (the as_of_date() macro: 31 December of the latest year with any
-- evaluation, so $horizon years from it; today if there is none, and then to the end of
-- that year, as retirements_by_year counts), per unit, split by BUP 58 / 60 / 65; those
-- already past BUP count too. Summed from mart_headcount (employees per slice, BUP and
-- the year they reach it; employees: all of the unit's, a BUP known or not).
with as_of as (
    select as_of_date, year(as_of_date) as as_of_year from as_of_date()
),
staff as (
    select
        region_id,
        unit_id,
        unit_name,
        retirement_age,
        employees,
        retirement_year <= (select as_of_year from as_of) + $horizon as retiring
    from sliced('mart_headcount', $regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        region_id,
        unit_id,
        unit_name,
        sum(employees)::bigint as employees,
        coalesce(sum(employees) filter (where retiring), 0)::bigint as retiring,
        coalesce(sum(employees) filter (where retiring and retirement_age = 58), 0)::bigint as retiring_bup58,
        coalesce(sum(employees) filter (where retiring and retirement_age = 60), 0)::bigint as retiring_bup60,
        coalesce(sum(employees) filter (where retiring and retirement_age = 65), 0)::bigint as retiring_bup65,
        coalesce(sum(employees) filter (where retiring), 0) / sum(employees) as share_retiring,
        (select as_of_date from as_of) as as_of_date
    from staff
    group by all
    order by retiring desc, share_retiring desc, unit_id
)
select * from final
