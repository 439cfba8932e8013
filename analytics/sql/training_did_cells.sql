-- Cell statistics for the difference-in-differences estimate of a first
-- training of >= $min_jp JP on the monthly score (see mart_did_cells in
-- analytics/marts/*.sql). Slices are added up to cells region x jenis
-- jabatan x baseline band x month; only cells holding both groups remain.
with slices as (
    select *
    from sliced('mart_did_cells', $regions, $unit_id, $jenis_jabatan)
    where min_jp = $min_jp
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
    qualify count(*) over (partition by region_id, jenis_jabatan, baseline_band, month) = 2
    order by region_id, jenis_jabatan, baseline_band, month, treated
)
select * from final
