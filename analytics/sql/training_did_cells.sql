-- Cell statistics for the difference-in-differences estimate of a first
-- substantive training of >= $min_jp JP on $outcome (score, or hasil kerja Di
-- Atas as 0/1; see mart_did_cells in analytics/marts/30_training.sql). Slices
-- are added up to cells region x jenis jabatan x baseline band x month; cells
-- lacking one group are kept (their treated count says how many have the
-- outcome at all) and left out of the estimate by analytics.did.
with slices as (
    select *
    from sliced('mart_did_cells', $regions, $unit_id, $jenis_jabatan)
    where min_jp = $min_jp
      and outcome = $outcome
      and year(month) between $year_from and $year_to
),
cells as (
    select
        region_id,
        jenis_jabatan,
        baseline_band,
        month,
        treated,
        sum(n)::bigint as n,
        sum(sum_y) as sum_y,
        sum(sum_y2) as sum_y2
    from slices
    group by region_id, jenis_jabatan, baseline_band, month, treated
),
final as (
    select *
    from cells
    order by region_id, jenis_jabatan, baseline_band, month, treated
)
select * from final
