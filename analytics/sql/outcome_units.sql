-- Per unit, in $year_to: the public's satisfaction (IKM, the mean of the year's surveys,
-- its mutu, and the change from the year before), the staff's job satisfaction and how
-- many answered, community feedback received, resolved and days to resolve, next to the
-- unit's staff and qualification fit (its last quarter of the year), 20 JP coverage of its
-- PNS and kinerja (share Baik or better, each region at its finest period type), and its
-- reform step (reform_steps: the first quarter its fit rose by >= $fit_step).
with units as (
    select * from chosen_units($regions, $unit_id)
),
ikm as (
    select
        unit_id,
        avg(ikm) filter (where year(period_start) = $year_to) as ikm,
        avg(ikm) filter (where year(period_start) = $year_to - 1) as ikm_before,
        sum(respondents) filter (where year(period_start) = $year_to) as respondents
    from service_surveys
    group by all
),
staff_survey as (
    select unit_id, arg_max(satisfaction, period_start) as satisfaction,
        arg_max(respondents, period_start) as staff_respondents
    from staff_surveys
    where year(period_start) = $year_to
    group by all
),
feedback_year as (
    select
        unit_id,
        sum(received) as received,
        sum(resolved) as resolved,
        sum(resolved * mean_days_to_resolve) / nullif(sum(resolved) filter (where mean_days_to_resolve is not null), 0)
            as mean_days_to_resolve
    from feedback
    where year(period_start) = $year_to
    group by all
),
fit as (
    select unit_id, arg_max(staff, quarter) as staff, arg_max(fit / staff, quarter) as share_fit
    from mart_unit_fit_quarter
    where year(quarter) = $year_to
    group by all
),
jp as (  -- PNS, part-year staff held to the pro-rated 20 JP (counts, not rows)
    select unit_id, sum(staff_years)::bigint as pns, sum(met_prorated)::bigint / sum(staff_years)::bigint as share_jp_met
    from mart_jp_counts
    where year = $year_to
      and employee_type = 'PNS'
    group by all
),
kinerja_unit as (
    select unit_id, sum(evaluations) as evaluations,
        coalesce(sum(evaluations) filter (where predikat <= 2), 0) / sum(evaluations) as share_baik
    from kinerja_source($regions, $unit_id, null, $year_to, $year_to)
    group by all
),
steps as (
    select unit_id, step_quarter from reform_steps('mart_unit_fit_quarter', $fit_step, $min_staff)
),
final as (
    select
        u.region_id,
        u.unit_id,
        u.unit_name,
        i.ikm,
        ikm_mutu(i.ikm) as mutu,
        i.ikm - i.ikm_before as ikm_change,
        coalesce(i.respondents, 0)::bigint as respondents,
        ss.satisfaction,
        coalesce(ss.staff_respondents, 0)::bigint as staff_respondents,
        coalesce(f.received, 0)::bigint as received,
        coalesce(f.resolved, 0)::bigint as resolved,
        f.resolved / nullif(f.received, 0) as share_resolved,
        f.mean_days_to_resolve,
        coalesce(ft.staff, 0)::bigint as staff,
        ft.share_fit,
        coalesce(j.pns, 0)::bigint as pns,
        j.share_jp_met,
        k.share_baik,
        st.step_quarter
    from units u
    left join ikm i using (unit_id)
    left join staff_survey ss using (unit_id)
    left join feedback_year f using (unit_id)
    left join fit ft using (unit_id)
    left join jp j using (unit_id)
    left join kinerja_unit k using (unit_id)
    left join steps st using (unit_id)
    where i.ikm is not null or f.received > 0 or ss.satisfaction is not null
    order by region_order(u.region_id), u.region_id, u.unit_name
)
select * from final
