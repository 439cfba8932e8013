-- Mean monthly score of trained employees by months since their first
-- substantive training (jp >= $min_jp), against the mean of never-trained
-- employees of the same region and jenis jabatan in the same calendar
-- month. difference is normalised to 0 at month -1.
with first_training as (
    select nip, date_trunc('month', min(end_date))::date as t0
    from trainings
    where jp >= $min_jp
    group by nip
),
evaluations as (
    select nip, period_start as month, region_id, jenis_jabatan, score
    from filtered_evaluations($regions, $unit_id, $jenis_jabatan, $year_from - 1, $year_to + 1)
    where score is not null
),
control_means as (
    select region_id, jenis_jabatan, month, avg(score) as control_mean
    from evaluations
    anti join first_training using (nip)
    group by all
),
treated_scores as (
    select
        e.nip,
        e.region_id,
        e.jenis_jabatan,
        e.month,
        e.score,
        datediff('month', f.t0, e.month) as rel_month
    from evaluations e
    join first_training f using (nip)
    where year(f.t0) between $year_from and $year_to
      and e.month between f.t0 - interval 12 month and f.t0 + interval 12 month
),
per_month as (
    select
        t.rel_month,
        count(distinct t.nip) as n_treated,
        avg(t.score) as treated_mean,
        avg(c.control_mean) as control_mean,
        avg(t.score - c.control_mean) as raw_difference
    from treated_scores t
    join control_means c using (region_id, jenis_jabatan, month)
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
