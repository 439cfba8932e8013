-- Cell statistics for the difference-in-differences of kinerja after a move
-- ($outcome: score, or hasil kerja Di Atas as 0/1; see mart_move_did_cells in
-- analytics/marts/40_placement.sql), moves over the year range. Slices are
-- added up to cells region x jenis jabatan x baseline band x month per move
-- group; cells lacking movers or comparisons are kept (their movers count as
-- having the outcome) and left out of the estimate by analytics.did.
with slices as (
    select *
    from sliced('mart_move_did_cells', $regions, $unit_id, $jenis_jabatan)
    where outcome = $outcome
      and year(month) between $year_from and $year_to
),
cells as (
    select
        move_group,
        region_id,
        jenis_jabatan,
        baseline_band,
        month,
        treated,
        sum(n)::bigint as n,
        sum(sum_y) as sum_y,
        sum(sum_y2) as sum_y2,
        sum(sum_pre) as sum_pre,
        sum(sum_post) as sum_post
    from slices
    group by move_group, region_id, jenis_jabatan, baseline_band, month, treated
),
final as (
    select *
    from cells
    order by move_group, region_id, jenis_jabatan, baseline_band, month, treated
)
select * from final
