-- Derived tables ("marts"): rebuilt by analytics.db.refresh_derived() after
-- every data load (demo build, import). Each holds work that does not depend
-- on the dashboard's filters, aggregated to the grain the filters need
-- (region, unit, jenis jabatan, month or year), so that a metric query reads
-- thousands of rows instead of millions. Sums and counts are kept instead of
-- means so that any filter combination adds up exactly.

-- Years a filter can ask for: every year with an evaluation, assessment or training.
create or replace temp table data_years as
with bounds as (
    select min(y) as first_year, max(y) as last_year
    from (
        select year(period_start) as y from performance_evaluations
        union all select year(assessed_on) from competency_assessments
        union all select year(end_date) from trainings
    )
),
final as (
    select range::integer as year
    from bounds, range(coalesce(first_year, 0), coalesce(last_year, -1) + 1)
)
select * from final;
