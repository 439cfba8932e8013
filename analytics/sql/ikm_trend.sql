-- The Indeks Kepuasan Masyarakat per region and half-year (a survey counts in the half-year
-- it starts in): the mean of its units' IKM (each unit one observation, its surveys of the
-- half-year averaged) with a 95 % t interval across units, how many units and respondents.
with units as (
    select * from chosen_units($regions, $unit_id)
),
surveys as (
    select
        u.region_id,
        s.unit_id,
        make_date(year(s.period_start), case when month(s.period_start) <= 6 then 1 else 7 end, 1) as period,
        avg(s.ikm) as ikm,
        sum(s.respondents) as respondents
    from service_surveys s
    join units u using (unit_id)
    where year(s.period_start) between $year_from and $year_to
    group by all
),
grouped as (
    select
        region_id,
        period,
        count(*) as units,
        sum(respondents)::bigint as respondents,
        avg(ikm) as ikm,
        stddev_samp(ikm) as ikm_sd
    from surveys
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select * from grouped order by region_order(region_id), region_id, period
)
select * from final
