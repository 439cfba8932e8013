-- ---------------------------------------------------------------- public service outcomes
-- Each unit's staff and their qualification fit at every quarter of the data's years
-- (unit_fit_quarters in views.sql: the post each employee held at the quarter's end), the
-- ground of a unit's reform step (reform_steps) in the outcome analyses (issue #14).
create or replace table mart_unit_fit_quarter as
with bounds as (  -- the years of the evaluations (the demo: 2021-2025)
    select min(period_start) as first_day, max(period_end) as last_day from performance_evaluations
),
final as (
    select f.*
    from bounds b, unit_fit_quarters(b.first_day, b.last_day) f
)
select * from final;
