-- Employees reaching BUP (retirement_date) within $horizon years of the as-of
-- date (the as_of_date() macro: end of the latest year with any evaluation; today if none), per
-- unit, split by BUP 58 / 60 / 65; those already past BUP count too.
with as_of as (
    select as_of_date from as_of_date()
),
staff as (
    select
        region_id,
        unit_id,
        unit_name,
        retirement_age,
        retirement_date <= (select as_of_date from as_of) + to_years($horizon) as retiring
    from sliced('v_employees', $regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        region_id,
        unit_id,
        unit_name,
        count(*) as employees,
        count(*) filter (where retiring) as retiring,
        count(*) filter (where retiring and retirement_age = 58) as retiring_bup58,
        count(*) filter (where retiring and retirement_age = 60) as retiring_bup60,
        count(*) filter (where retiring and retirement_age = 65) as retiring_bup65,
        count(*) filter (where retiring) / count(*) as share_retiring,
        (select as_of_date from as_of) as as_of_date
    from staff
    group by all
    order by retiring desc, share_retiring desc, unit_id
)
select * from final
