-- public_units.sql per region (the same definitions): what the public transparency view shows
-- per region. Per unit (aggregates only) that is: its headcount now,
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
regions_ as (
    select region_id, name as region_name, sort_order from regions
),
predikat as (
    select
        region_id,
        sum(evaluations) / count(distinct period_start) as evaluated,
        coalesce(sum(evaluations) filter (where predikat <= 2), 0) / count(distinct period_start) as baik,
        coalesce(sum(evaluations) filter (where predikat > 2), 0) / count(distinct period_start) as below,
        coalesce(sum(evaluations) filter (where predikat <= 2), 0) / sum(evaluations) as share_baik,
        coalesce(sum(evaluations) filter (where predikat > 2), 0) / sum(evaluations) as share_below
    from kinerja_source($regions, $unit_id, null, $year_to, $year_to)
    group by all
),
jp as (
    select j.region_id, avg(j.met::integer) as share_jp_met
    from mart_employee_year_jp j
    semi join units u using (unit_id)
    where j.year = $year_to
    group by all
),
ikm as (  -- the mean of the region's units' IKM of the year
    select region_id, avg(ikm) as ikm
    from (
        select u.region_id, s.unit_id, avg(s.ikm) as ikm
        from service_surveys s
        join units u using (unit_id)
        where year(s.period_start) = $year_to
        group by all
    )
    group by all
),
feedback_year as (
    select u.region_id, sum(f.received) as received, sum(f.resolved) / nullif(sum(f.received), 0) as share_resolved
    from feedback f
    join units u using (unit_id)
    where year(f.period_start) = $year_to
    group by all
),
staff as (
    select u.region_id, sum(h.employees) as employees, sum(h.pns) as pns
    from headcount h
    join units u using (unit_id)
    group by all
),
final as (
    select
        r.region_id,
        r.region_name,
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
    from regions_ r
    join staff h using (region_id)
    left join predikat p using (region_id)
    left join jp j using (region_id)
    left join ikm i using (region_id)
    left join feedback_year f using (region_id)
    order by r.sort_order, r.region_id
)
select * from final
