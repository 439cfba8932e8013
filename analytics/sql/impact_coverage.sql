-- Which regions of the filter have the evaluations the impact estimates read
-- (monthly, or quarterly standing for their months: at least 3 months before and
-- 3 after some month of the year range), per outcome: a region rating only
-- annually has neither.
with chosen as (
    select region_id
    from regions
    where len($regions) = 0 or list_contains($regions, region_id)
),
observed as (
    select distinct region_id, outcome
    from sliced('mart_did_cells', $regions, $unit_id, $jenis_jabatan)
    where min_jp = 20 and year(month) between $year_from and $year_to
),
final as (
    select
        c.region_id,
        coalesce(bool_or(o.outcome = 'score'), false) as score,
        coalesce(bool_or(o.outcome = 'hasil_di_atas'), false) as hasil_di_atas
    from chosen c
    left join observed o using (region_id)
    group by c.region_id
    order by region_order(c.region_id), c.region_id
)
select * from final
