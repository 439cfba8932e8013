-- Mean $outcome (score, or hasil kerja Di Atas as 0/1) of employees by months
-- since their first substantive training of >= $min_jp JP (trained within the
-- year range), against the mean of never-trained employees of the same region
-- and jenis jabatan in the same calendar month. difference is normalised to 0
-- at month -1.
with treated as (
    select region_id, jenis_jabatan, month, rel_month, sum(n) as n, sum(sum_y) as sum_y
    from sliced('mart_event_treated', $regions, $unit_id, $jenis_jabatan)
    where min_jp = $min_jp
      and outcome = $outcome
      and year(month - to_months(rel_month)) between $year_from and $year_to
    group by all
),
controls as (
    select region_id, jenis_jabatan, month, sum(sum_y) / sum(n) as cell_mean
    from sliced('mart_event_controls', $regions, $unit_id, $jenis_jabatan)
    where min_jp = $min_jp
      and outcome = $outcome
    group by all
),
per_month as (
    select
        t.rel_month,
        sum(t.n)::bigint as n_treated,
        sum(t.sum_y) / sum(t.n) as treated_mean,
        sum(t.n * c.cell_mean) / sum(t.n) as control_mean,
        treated_mean - control_mean as raw_difference
    from treated t
    join controls c using (region_id, jenis_jabatan, month)
    group by t.rel_month
),
final as (
    select
        rel_month,
        n_treated,
        treated_mean,
        control_mean,
        raw_difference - (select raw_difference from per_month where rel_month = -1) as difference
    from per_month
    order by rel_month
)
select * from final
