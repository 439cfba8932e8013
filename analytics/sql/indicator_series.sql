-- A unit's outcome indicators over time (named, with unit of measure and which way is
-- better), beside the unit's qualification fit at each period's quarter.
-- reference_quarter: the unit's reform step (reform_steps, basis 'step'), else the
-- quarter its fit rose most (basis 'largest_rise': a single unit's reform may move its
-- fit less than the step asks, e.g. a unit that already fitted well).
with units as (
    select * from chosen_units($regions, $unit_id)
),
rises as (
    select unit_id, quarter, fit / staff - lag(fit / staff) over (partition by unit_id order by quarter) as rise
    from mart_unit_fit_quarter
),
largest as (
    select unit_id, arg_max(quarter, rise) as largest_rise_quarter, max(rise) as largest_rise
    from rises
    where rise is not null
    group by all
),
steps as (
    select unit_id, step_quarter from reform_steps('mart_unit_fit_quarter', $fit_step, $min_staff)
),
final as (
    select
        u.region_id,
        i.unit_id,
        u.unit_name,
        i.indicator,
        i.unit_of_measure,
        i.direction,
        i.period_start,
        i.value,
        f.fit / f.staff as share_fit,
        coalesce(s.step_quarter, l.largest_rise_quarter) as reference_quarter,
        case when s.step_quarter is not null then 'step' when l.largest_rise_quarter is not null then 'largest_rise' end
            as basis,
        l.largest_rise
    from outcome_indicators i
    join units u using (unit_id)
    left join steps s on s.unit_id = i.unit_id
    left join largest l on l.unit_id = i.unit_id
    left join mart_unit_fit_quarter f on f.unit_id = i.unit_id and f.quarter = date_trunc('quarter', i.period_start)
    where year(i.period_start) between $year_from and $year_to
    order by region_order(u.region_id), u.region_id, u.unit_name, i.indicator, i.period_start
)
select * from final
