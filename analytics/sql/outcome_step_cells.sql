-- Difference-in-differences cells of a unit outcome around a reform step (issue #14).
-- Treated: units whose qualification fit rose by >= $fit_step in a quarter (reform_steps,
-- units of >= $min_staff staff), at their step quarter t0. Comparison: the units of the
-- same region with no step at all, around every t0 of their region. A unit's change is the
-- mean of its outcome over the surveys starting in the year from t0 + $lag_quarters minus
-- the mean over those ending in the year before t0; units lacking either are left out.
-- Outcomes: 'ikm' (service_surveys), 'satisfaction' (staff_surveys), 'share_resolved'
-- (feedback, per quarter). sum_pre / sum_post give the groups' means before and after.
with units as (
    select * from chosen_units($regions, $unit_id)
),
steps as (
    select s.region_id, s.unit_id, s.step_quarter
    from reform_steps('mart_unit_fit_quarter', $fit_step, $min_staff) s
    semi join units u using (unit_id)
),
outcome_values as (
    select unit_id, period_start, period_end, ikm as y from service_surveys where $outcome = 'ikm'
    union all
    select unit_id, period_start, period_end, satisfaction from staff_surveys where $outcome = 'satisfaction'
    union all
    select unit_id, period_start, max(period_end), sum(resolved) / nullif(sum(received), 0)
    from feedback where $outcome = 'share_resolved'
    group by unit_id, period_start
),
step_times as (
    select distinct region_id, step_quarter as t0 from steps
),
pairs as (
    select unit_id, region_id, step_quarter as t0, 1 as treated from steps
    union all
    select u.unit_id, u.region_id, t.t0, 0 as treated
    from units u
    join step_times t using (region_id)
    where u.unit_id not in (select unit_id from reform_steps('mart_unit_fit_quarter', $fit_step, 0))
),
windows as (
    select
        p.region_id, p.unit_id, p.t0, p.treated,
        avg(v.y) filter (where v.period_end < p.t0 and v.period_end >= p.t0 - interval 12 month) as pre,
        avg(v.y) filter (
            where v.period_start >= p.t0 + to_months(3 * $lag_quarters)
              and v.period_start < p.t0 + to_months(3 * $lag_quarters) + interval 12 month
        ) as post
    from pairs p
    join outcome_values v using (unit_id)
    where v.y is not null
    group by all
),
grouped as (
    select
        region_id,
        t0,
        treated,
        count(*) as n,
        sum(post - pre) as sum_y,
        sum((post - pre) * (post - pre)) as sum_y2,
        sum(pre) as sum_pre,
        sum(post) as sum_post
    from windows
    where pre is not null and post is not null
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped order by region_order(region_id), region_id, t0, treated
)
select * from final
