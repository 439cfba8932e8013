with final as (
    select min(year(period_start)) as first_year, max(year(period_start)) as last_year
    from performance_evaluations
    where period_type = 'bulanan'
)
select * from final
