-- The years a filter can ask for: those of the evaluations of every period type (a region
-- may rate monthly, quarterly or only annually). The year of the first and last
-- period_start, not the least and greatest year(): DuckDB answers min/max of a column
-- from its row-group statistics (15 ms at demo scale 30, 119 M rows, against 1 s).
with final as (
    select year(min(period_start)) as first_year, year(max(period_start)) as last_year
    from performance_evaluations
)
select * from final
