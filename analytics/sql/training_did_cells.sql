-- Cell statistics for the difference-in-differences estimate of a first
-- substantive training (jp >= $min_jp) on the monthly kinerja score.
-- Outcome per employee: mean score in months +3..+8 after the training's
-- end month minus the mean in the 6 months before (kinerja_windows).
-- Treated: employees whose first substantive training ended in month t0.
-- Controls: employees not (yet) trained by t0 + 8 months, at the same t0.
-- Cells: region x jenis jabatan x baseline band x t0; only cells holding
-- both groups are returned (others carry no information on the effect).
with first_training as (
    select nip, date_trunc('month', min(end_date))::date as t0
    from trainings
    where jp >= $min_jp
    group by nip
),
windows as (
    select
        w.nip,
        w.month,
        w.pre_mean,
        w.post_mean - w.pre_mean as change,
        p.region_id,
        p.jenis_jabatan
    from kinerja_windows w
    join v_positions p using (position_id)
    where w.pre_n >= 3 and w.post_n >= 3
      and list_contains($regions, p.region_id)
      and ($unit_id::varchar is null or p.unit_id = $unit_id)
      and ($jenis_jabatan::integer is null or p.jenis_jabatan = $jenis_jabatan)
),
treated as (
    select w.*, 1 as treated
    from windows w
    join first_training f on f.nip = w.nip and f.t0 = w.month
    where year(f.t0) between $year_from and $year_to
),
controls as (
    select w.*, 0 as treated
    from windows w
    semi join (select distinct month from treated) c using (month)
    left join first_training f on f.nip = w.nip
    where f.t0 is null or f.t0 > w.month + interval 8 month
),
stacked as (
    select
        *,
        case when round(pre_mean, 6) < 76 then 1 when round(pre_mean, 6) <= 90 then 2 else 3 end as baseline_band
    from (select * from treated union all select * from controls)
),
final as (
    select
        region_id,
        jenis_jabatan,
        baseline_band,
        month,
        treated,
        count(*) as n,
        sum(change) as sum_y,
        sum(change * change) as sum_y2
    from stacked
    group by region_id, jenis_jabatan, baseline_band, month, treated
    qualify count(*) over (partition by region_id, jenis_jabatan, baseline_band, month) = 2
    order by region_id, jenis_jabatan, baseline_band, month, treated
)
select * from final
