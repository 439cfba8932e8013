-- Employees reaching BUP in each of the next $horizon years after the as-of
-- date (the as_of_date() macro: end of the latest year with any evaluation; today if none), per
-- region and BUP (58 / 60 / 65). Year 1 also holds those already past BUP. An
-- employee whose BUP is not known (no post, or a post without a jenjang) is not
-- counted (the Kualitas Data page lists them). Summed from mart_headcount (employees
-- per slice, BUP and the year they reach it).
with as_of as (
    select year(as_of_date) as as_of_year from as_of_date()
),
staff as (
    select
        region_id,
        retirement_age,
        greatest(retirement_year - (select as_of_year from as_of), 1) as years_ahead,
        employees
    from sliced('mart_headcount', $regions, $unit_id, $jenis_jabatan)
    where retirement_year is not null
),
grouped as (
    select
        region_id,
        years_ahead,
        (select as_of_year from as_of) + years_ahead as year,
        retirement_age,
        sum(employees)::bigint as retiring
    from staff
    where years_ahead <= $horizon
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped
    order by region_order(region_id), region_id, years_ahead, retirement_age
)
select * from final
