-- What the public transparency view shows per unit (aggregates only; public_unit_counts in
-- views.sql): its headcount now, how its staff were rated in $year_to (each region at its
-- finest period type: the share of evaluations rated Baik or better, and below Baik;
-- evaluated, baik and below = employees per evaluation period, the groups a small count is
-- judged on), the share of its PNS with their 20 JP in $year_to, the public's satisfaction
-- (IKM and mutu, $year_to) and the share of community feedback resolved ($year_to).
with counts as (
    select * from public_unit_counts($regions, $unit_id, $year_to)
),
final as (
    select
        region_id,
        unit_id,
        unit_name,
        employees::bigint as employees,
        pns::bigint as pns,
        ceil(evaluations / nullif(periods, 0))::bigint as evaluated,
        ceil(rated_baik / nullif(periods, 0))::bigint as baik,
        ceil((evaluations - rated_baik) / nullif(periods, 0))::bigint as below,
        rated_baik / nullif(evaluations, 0) as share_baik,
        (evaluations - rated_baik) / nullif(evaluations, 0) as share_below,
        met / nullif(pns_years, 0) as share_jp_met,
        ikm,
        ikm_mutu(ikm) as mutu,
        received::bigint as received,
        resolved / nullif(received, 0) as share_resolved
    from counts
    order by region_order(region_id), region_id, unit_name
)
select * from final
