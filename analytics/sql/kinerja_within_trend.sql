-- Is kinerja rising, per region and outcome, in points (score) or shares (ratings) per
-- year — two readings of the same evaluations (each region's finest period type):
--   pooled: the least-squares slope of every evaluation on time, what the trend lines
--           show; it mixes the region's own trend with who is evaluated when (hires,
--           leavers) and with what training and moves do to people;
--   within: the slope within each employee's spell in one post before the first
--           substantive training (>= 20 JP), pooled over spells (employee-spell fixed
--           effects): the trend net of training, moves and who is evaluated.
-- Outcomes: score (where scored), share_baik, share_sangat_baik, share_di_atas (hasil
-- kerja Di Atas, where rated). se is robust to clustering by employee (employees = the
-- clusters); 95 % CI = estimate +- 1.96 se. A reading without variation in time has no row.
with slice as (
    select *, period_rank(period_type) as period_rank
    from sliced('mart_kinerja_within', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
),
rows_ as (  -- each region's finest period type, as the trends
    select *
    from slice
    qualify period_rank = min(period_rank) over (partition by region_id)
),
long as (
    select r.nip, r.position_id, r.moves_before, r.region_id, r.period_type, r.trained,
        o.outcome, r.n, r.st, r.stt, o.sy, o.sty
    from rows_ r,
        lateral (values
            ('score', r.sy_score, r.sty_score, r.scored),
            ('share_baik', r.sy_baik::double, r.sty_baik, true),
            ('share_sangat_baik', r.sy_sangat_baik::double, r.sty_sangat_baik, true),
            ('share_di_atas', r.sy_di_atas::double, r.sty_di_atas, r.rated)
        ) o(outcome, sy, sty, keep)
    where o.keep
),
-- within: sums per spell (untrained rows), slope per region and outcome, then clusters
spells as (
    select region_id, outcome, nip, position_id, moves_before,
        sum(n) as n, sum(st) as st, sum(stt) as stt, sum(sy) as sy, sum(sty) as sty
    from long
    where not trained
    group by all
),
spell_moments as (
    select region_id, outcome, nip, n,
        stt - st * st / n as sxx,
        sty - st * sy / n as sxy
    from spells
),
within_slope as (
    select region_id, outcome, sum(sxy) / nullif(sum(sxx), 0) as estimate, sum(sxx) as sxx,
        sum(n)::bigint as evaluations
    from spell_moments
    group by all
),
within_clusters as (
    select m.region_id, m.outcome, m.nip, sum(m.sxy - w.estimate * m.sxx) as u
    from spell_moments m
    join within_slope w using (region_id, outcome)
    group by all
),
within_ as (
    select w.region_id, w.outcome, 'within' as method, w.estimate, w.evaluations,
        count(*) as employees,
        sqrt(count(*) / nullif(count(*) - 1, 0) * sum(c.u * c.u)) / w.sxx as se
    from within_slope w
    join within_clusters c using (region_id, outcome)
    where w.sxx > 1e-9
    group by w.region_id, w.outcome, w.estimate, w.evaluations, w.sxx
),
-- pooled: one slope over every evaluation, clusters by employee
pooled_totals as (
    select region_id, outcome,
        sum(n) as n, sum(st) as st, sum(stt) as stt, sum(sy) as sy, sum(sty) as sty
    from long
    group by all
),
pooled_slope as (
    select region_id, outcome, n, st / n as t_bar, sy / n as y_bar,
        stt - st * st / n as sxx,
        (sty - st * sy / n) / nullif(stt - st * st / n, 0) as estimate
    from pooled_totals
),
pooled_clusters as (
    select l.region_id, l.outcome, l.nip,
        sum(l.sty) - p.t_bar * sum(l.sy) - p.y_bar * sum(l.st) + sum(l.n) * p.t_bar * p.y_bar
          - p.estimate * (sum(l.stt) - 2 * p.t_bar * sum(l.st) + sum(l.n) * p.t_bar * p.t_bar) as u
    from long l
    join pooled_slope p using (region_id, outcome)
    group by l.region_id, l.outcome, l.nip, p.t_bar, p.y_bar, p.estimate
),
pooled as (
    select p.region_id, p.outcome, 'pooled' as method, p.estimate, p.n::bigint as evaluations,
        count(*) as employees,
        sqrt(count(*) / nullif(count(*) - 1, 0) * sum(c.u * c.u)) / p.sxx as se
    from pooled_slope p
    join pooled_clusters c using (region_id, outcome)
    where p.sxx > 1e-9
    group by p.region_id, p.outcome, p.estimate, p.n, p.sxx
),
periods as (
    select region_id, any_value(period_type) as period_type from rows_ group by all
),
final as (
    select
        e.region_id,
        e.outcome,
        e.method,
        p.period_type,
        e.estimate,
        e.se,
        e.estimate - 1.96 * e.se as ci_low,
        e.estimate + 1.96 * e.se as ci_high,
        e.employees,
        e.evaluations
    from (select * from pooled union all select * from within_) e
    join periods p using (region_id)
    where e.estimate is not null
    order by region_order(e.region_id), e.region_id,
        case e.outcome when 'score' then 1 when 'share_baik' then 2 when 'share_sangat_baik' then 3 else 4 end,
        case e.method when 'pooled' then 1 else 2 end
)
select * from final
