-- public_units.sql per region, from the same counts (public_unit_counts in views.sql): the
-- evaluations, PNS-years and feedback of its units added up; its IKM the mean of its
-- units' IKM.
with counts as (
    select * from public_unit_counts($regions, $unit_id, $year_to)
),
regional as (
    select
        region_id,
        sum(employees) as employees,
        sum(pns) as pns,
        sum(evaluations) as evaluations,
        sum(rated_baik) as rated_baik,
        max(periods) as periods,
        sum(pns_years) as pns_years,
        sum(met) as met,
        avg(ikm) as ikm,
        sum(received) as received,
        sum(resolved) as resolved
    from counts
    group by all
),
final as (
    select
        g.region_id,
        r.name as region_name,
        g.employees::bigint as employees,
        g.pns::bigint as pns,
        ceil(g.evaluations / nullif(g.periods, 0))::bigint as evaluated,
        ceil(g.rated_baik / nullif(g.periods, 0))::bigint as baik,
        ceil((g.evaluations - g.rated_baik) / nullif(g.periods, 0))::bigint as below,
        g.rated_baik / nullif(g.evaluations, 0) as share_baik,
        (g.evaluations - g.rated_baik) / nullif(g.evaluations, 0) as share_below,
        g.met / nullif(g.pns_years, 0) as share_jp_met,
        g.ikm,
        ikm_mutu(g.ikm) as mutu,
        g.received::bigint as received,
        g.resolved / nullif(g.received, 0) as share_resolved
    from regional g
    join regions r using (region_id)
    order by r.sort_order, g.region_id
)
select * from final
