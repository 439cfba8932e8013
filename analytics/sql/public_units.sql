-- What the public transparency view shows per unit (aggregates only): its headcount now,
-- how its staff were rated in $year_to (each region at its finest period type: the share of
-- evaluations rated Baik or better, and below Baik; evaluated, baik and below = employees
-- per evaluation period, the groups a small count is judged on), the share of its PNS with
-- their 20 JP in $year_to, the public's satisfaction (IKM and mutu, $year_to) and the share
-- of community feedback resolved ($year_to).
with units as (
    select * from chosen_units($regions, $unit_id)
),
headcount as (
    select unit_id, count(*) as employees, count(*) filter (where employee_type = 'PNS') as pns
    from v_employees
    group by all
),
predikat as (
    select
        unit_id,
        sum(evaluations) / count(distinct period_start) as evaluated,
        coalesce(sum(evaluations) filter (where predikat <= 2), 0) / count(distinct period_start) as baik,
        coalesce(sum(evaluations) filter (where predikat > 2), 0) / count(distinct period_start) as below,
        coalesce(sum(evaluations) filter (where predikat <= 2), 0) / sum(evaluations) as share_baik,
        coalesce(sum(evaluations) filter (where predikat > 2), 0) / sum(evaluations) as share_below
    from kinerja_source($regions, $unit_id, null, $year_to, $year_to)
    group by all
),
jp as (
    select unit_id, avg(met::integer) as share_jp_met
    from mart_employee_year_jp
    where year = $year_to
    group by all
),
ikm as (
    select unit_id, avg(ikm) as ikm
    from service_surveys
    where year(period_start) = $year_to
    group by all
),
feedback_year as (
    select unit_id, sum(received) as received, sum(resolved) / nullif(sum(received), 0) as share_resolved
    from feedback
    where year(period_start) = $year_to
    group by all
),
final as (
    select
        u.region_id,
        u.unit_id,
        u.unit_name,
        h.employees::bigint as employees,
        h.pns::bigint as pns,
        ceil(coalesce(p.evaluated, 0))::bigint as evaluated,
        ceil(coalesce(p.baik, 0))::bigint as baik,
        ceil(coalesce(p.below, 0))::bigint as below,
        p.share_baik,
        p.share_below,
        j.share_jp_met,
        i.ikm,
        ikm_mutu(i.ikm) as mutu,
        coalesce(f.received, 0)::bigint as received,
        f.share_resolved
    from units u
    join headcount h using (unit_id)
    left join predikat p using (unit_id)
    left join jp j using (unit_id)
    left join ikm i using (unit_id)
    left join feedback_year f using (unit_id)
    order by region_order(u.region_id), u.region_id, u.unit_name
)
select * from final
