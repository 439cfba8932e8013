-- The years a filter can ask for: those of the evaluations of every period type (a region
-- may rate monthly, quarterly or only annually).
with final as (
    select min(year(period_start)) as first_year, max(year(period_start)) as last_year
    from performance_evaluations
)
select * from final
