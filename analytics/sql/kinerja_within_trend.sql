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
-- Summed here per spell, then per employee, from mart_kinerja_within. When the years
-- cover all of the data's (the default filters), kinerja_within_trend() reads the same
-- estimates, precomputed for every slice, instead (kinerja_within_all_years.sql).
with slice as (
    select *
    from sliced('mart_kinerja_within', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
),
finest as (  -- each region's finest period type, as the trends
    select region_id, min(period_rank(period_type)) as period_rank from slice group by all
),
rows_ as (
    select s.*
    from slice s
    semi join finest f on f.region_id = s.region_id and f.period_rank = period_rank(s.period_type)
),
spells as (  -- within and pooled sums per spell
    select
        region_id, employee, position_key, moves_before,
        sum(n) filter (where not trained) as wn_a,
        sum(st) filter (where not trained) as wst_a,
        sum(stt) filter (where not trained) as wstt_a,
        sum(n_score) filter (where not trained) as wn_score,
        sum(st_score) filter (where not trained) as wst_score,
        sum(stt_score) filter (where not trained) as wstt_score,
        sum(n_rated) filter (where not trained) as wn_rated,
        sum(st_rated) filter (where not trained) as wst_rated,
        sum(stt_rated) filter (where not trained) as wstt_rated,
        sum(sy_score) filter (where not trained) as wsy_score,
        sum(sty_score) filter (where not trained) as wsty_score,
        sum(sy_baik) filter (where not trained) as wsy_baik,
        sum(sty_baik) filter (where not trained) as wsty_baik,
        sum(sy_sangat_baik) filter (where not trained) as wsy_sangat_baik,
        sum(sty_sangat_baik) filter (where not trained) as wsty_sangat_baik,
        sum(sy_di_atas) filter (where not trained) as wsy_di_atas,
        sum(sty_di_atas) filter (where not trained) as wsty_di_atas,
        sum(n) as pn_a,
        sum(st) as pst_a,
        sum(stt) as pstt_a,
        sum(n_score) as pn_score,
        sum(st_score) as pst_score,
        sum(stt_score) as pstt_score,
        sum(n_rated) as pn_rated,
        sum(st_rated) as pst_rated,
        sum(stt_rated) as pstt_rated,
        sum(sy_score) as psy_score,
        sum(sty_score) as psty_score,
        sum(sy_baik) as psy_baik,
        sum(sty_baik) as psty_baik,
        sum(sy_sangat_baik) as psy_sangat_baik,
        sum(sty_sangat_baik) as psty_sangat_baik,
        sum(sy_di_atas) as psy_di_atas,
        sum(sty_di_atas) as psty_di_atas
    from rows_
    group by all
),
employees as materialized (  -- within moments summed over spells, pooled sums, per employee
    select
        region_id, employee,
        sum(wn_score) filter (where wn_score > 0) as wn_score,
        sum(wsty_score - wst_score * wsy_score / wn_score) filter (where wn_score > 0) as wsxy_score,
        sum(wstt_score - wst_score * wst_score / wn_score) filter (where wn_score > 0) as wsxx_score,
        sum(wn_a) filter (where wn_a > 0) as wn_baik,
        sum(wsty_baik - wst_a * wsy_baik / wn_a) filter (where wn_a > 0) as wsxy_baik,
        sum(wstt_a - wst_a * wst_a / wn_a) filter (where wn_a > 0) as wsxx_baik,
        sum(wn_a) filter (where wn_a > 0) as wn_sangat_baik,
        sum(wsty_sangat_baik - wst_a * wsy_sangat_baik / wn_a) filter (where wn_a > 0) as wsxy_sangat_baik,
        sum(wstt_a - wst_a * wst_a / wn_a) filter (where wn_a > 0) as wsxx_sangat_baik,
        sum(wn_rated) filter (where wn_rated > 0) as wn_di_atas,
        sum(wsty_di_atas - wst_rated * wsy_di_atas / wn_rated) filter (where wn_rated > 0) as wsxy_di_atas,
        sum(wstt_rated - wst_rated * wst_rated / wn_rated) filter (where wn_rated > 0) as wsxx_di_atas,
        sum(pn_a) as pn_a,
        sum(pst_a) as pst_a,
        sum(pstt_a) as pstt_a,
        sum(pn_score) as pn_score,
        sum(pst_score) as pst_score,
        sum(pstt_score) as pstt_score,
        sum(pn_rated) as pn_rated,
        sum(pst_rated) as pst_rated,
        sum(pstt_rated) as pstt_rated,
        sum(psy_score) as psy_score,
        sum(psty_score) as psty_score,
        sum(psy_baik) as psy_baik,
        sum(psty_baik) as psty_baik,
        sum(psy_sangat_baik) as psy_sangat_baik,
        sum(psty_sangat_baik) as psty_sangat_baik,
        sum(psy_di_atas) as psy_di_atas,
        sum(psty_di_atas) as psty_di_atas
    from spells
    group by all
),
slopes as (
    select
        region_id,
        count(*) filter (where wn_score > 0) as wg_score,
        sum(wn_score)::bigint as wn_score,
        sum(wsxx_score) as wsxx_score,
        sum(wsxy_score) / nullif(sum(wsxx_score), 0) as wb_score,
        count(*) filter (where wn_baik > 0) as wg_baik,
        sum(wn_baik)::bigint as wn_baik,
        sum(wsxx_baik) as wsxx_baik,
        sum(wsxy_baik) / nullif(sum(wsxx_baik), 0) as wb_baik,
        count(*) filter (where wn_sangat_baik > 0) as wg_sangat_baik,
        sum(wn_sangat_baik)::bigint as wn_sangat_baik,
        sum(wsxx_sangat_baik) as wsxx_sangat_baik,
        sum(wsxy_sangat_baik) / nullif(sum(wsxx_sangat_baik), 0) as wb_sangat_baik,
        count(*) filter (where wn_di_atas > 0) as wg_di_atas,
        sum(wn_di_atas)::bigint as wn_di_atas,
        sum(wsxx_di_atas) as wsxx_di_atas,
        sum(wsxy_di_atas) / nullif(sum(wsxx_di_atas), 0) as wb_di_atas,
        count(*) filter (where pn_score > 0) as pg_score,
        sum(pn_score)::bigint as pn_score,
        sum(pst_score) / sum(pn_score) as pt_score,
        sum(psy_score) / sum(pn_score) as py_score,
        sum(pstt_score) - sum(pst_score) * sum(pst_score) / sum(pn_score) as psxx_score,
        (sum(psty_score) - sum(pst_score) * sum(psy_score) / sum(pn_score))
            / nullif(sum(pstt_score) - sum(pst_score) * sum(pst_score) / sum(pn_score), 0) as pb_score,
        count(*) filter (where pn_a > 0) as pg_baik,
        sum(pn_a)::bigint as pn_baik,
        sum(pst_a) / sum(pn_a) as pt_baik,
        sum(psy_baik) / sum(pn_a) as py_baik,
        sum(pstt_a) - sum(pst_a) * sum(pst_a) / sum(pn_a) as psxx_baik,
        (sum(psty_baik) - sum(pst_a) * sum(psy_baik) / sum(pn_a))
            / nullif(sum(pstt_a) - sum(pst_a) * sum(pst_a) / sum(pn_a), 0) as pb_baik,
        count(*) filter (where pn_a > 0) as pg_sangat_baik,
        sum(pn_a)::bigint as pn_sangat_baik,
        sum(pst_a) / sum(pn_a) as pt_sangat_baik,
        sum(psy_sangat_baik) / sum(pn_a) as py_sangat_baik,
        sum(pstt_a) - sum(pst_a) * sum(pst_a) / sum(pn_a) as psxx_sangat_baik,
        (sum(psty_sangat_baik) - sum(pst_a) * sum(psy_sangat_baik) / sum(pn_a))
            / nullif(sum(pstt_a) - sum(pst_a) * sum(pst_a) / sum(pn_a), 0) as pb_sangat_baik,
        count(*) filter (where pn_rated > 0) as pg_di_atas,
        sum(pn_rated)::bigint as pn_di_atas,
        sum(pst_rated) / sum(pn_rated) as pt_di_atas,
        sum(psy_di_atas) / sum(pn_rated) as py_di_atas,
        sum(pstt_rated) - sum(pst_rated) * sum(pst_rated) / sum(pn_rated) as psxx_di_atas,
        (sum(psty_di_atas) - sum(pst_rated) * sum(psy_di_atas) / sum(pn_rated))
            / nullif(sum(pstt_rated) - sum(pst_rated) * sum(pst_rated) / sum(pn_rated), 0) as pb_di_atas
    from employees
    group by all
),
clusters as (
    select
        s.region_id,
        sum((e.wsxy_score - s.wb_score * e.wsxx_score) ** 2) filter (where e.wn_score > 0) as wuu_score,
        sum((e.wsxy_baik - s.wb_baik * e.wsxx_baik) ** 2) filter (where e.wn_baik > 0) as wuu_baik,
        sum((e.wsxy_sangat_baik - s.wb_sangat_baik * e.wsxx_sangat_baik) ** 2) filter (where e.wn_sangat_baik > 0) as wuu_sangat_baik,
        sum((e.wsxy_di_atas - s.wb_di_atas * e.wsxx_di_atas) ** 2) filter (where e.wn_di_atas > 0) as wuu_di_atas,
        sum((e.psty_score - s.pt_score * e.psy_score - s.py_score * e.pst_score + e.pn_score * s.pt_score * s.py_score
            - s.pb_score * (e.pstt_score - 2 * s.pt_score * e.pst_score + e.pn_score * s.pt_score * s.pt_score)) ** 2)
            filter (where e.pn_score > 0) as puu_score,
        sum((e.psty_baik - s.pt_baik * e.psy_baik - s.py_baik * e.pst_a + e.pn_a * s.pt_baik * s.py_baik
            - s.pb_baik * (e.pstt_a - 2 * s.pt_baik * e.pst_a + e.pn_a * s.pt_baik * s.pt_baik)) ** 2)
            filter (where e.pn_a > 0) as puu_baik,
        sum((e.psty_sangat_baik - s.pt_sangat_baik * e.psy_sangat_baik - s.py_sangat_baik * e.pst_a + e.pn_a * s.pt_sangat_baik * s.py_sangat_baik
            - s.pb_sangat_baik * (e.pstt_a - 2 * s.pt_sangat_baik * e.pst_a + e.pn_a * s.pt_sangat_baik * s.pt_sangat_baik)) ** 2)
            filter (where e.pn_a > 0) as puu_sangat_baik,
        sum((e.psty_di_atas - s.pt_di_atas * e.psy_di_atas - s.py_di_atas * e.pst_rated + e.pn_rated * s.pt_di_atas * s.py_di_atas
            - s.pb_di_atas * (e.pstt_rated - 2 * s.pt_di_atas * e.pst_rated + e.pn_rated * s.pt_di_atas * s.pt_di_atas)) ** 2)
            filter (where e.pn_rated > 0) as puu_di_atas
    from slopes s
    join employees e using (region_id)
    group by all
),
computed as (
    select
        s.region_id, p.period_type, o.outcome, o.method,
        case when o.sxx > 1e-9 then o.estimate end as estimate,
        case when o.sxx > 1e-9 then sqrt(o.g / nullif(o.g - 1, 0) * o.uu) / o.sxx end as se,
        o.g as employees,
        o.n as evaluations
    from slopes s
    join clusters c using (region_id)
    join (select region_id, any_value(period_type) as period_type from rows_ group by all) p using (region_id),
    lateral (values
            ('score', 'pooled', s.pb_score, s.psxx_score, c.puu_score, s.pg_score, s.pn_score),
            ('share_baik', 'pooled', s.pb_baik, s.psxx_baik, c.puu_baik, s.pg_baik, s.pn_baik),
            ('share_sangat_baik', 'pooled', s.pb_sangat_baik, s.psxx_sangat_baik, c.puu_sangat_baik, s.pg_sangat_baik, s.pn_sangat_baik),
            ('share_di_atas', 'pooled', s.pb_di_atas, s.psxx_di_atas, c.puu_di_atas, s.pg_di_atas, s.pn_di_atas),
            ('score', 'within', s.wb_score, s.wsxx_score, c.wuu_score, s.wg_score, s.wn_score),
            ('share_baik', 'within', s.wb_baik, s.wsxx_baik, c.wuu_baik, s.wg_baik, s.wn_baik),
            ('share_sangat_baik', 'within', s.wb_sangat_baik, s.wsxx_sangat_baik, c.wuu_sangat_baik, s.wg_sangat_baik, s.wn_sangat_baik),
            ('share_di_atas', 'within', s.wb_di_atas, s.wsxx_di_atas, c.wuu_di_atas, s.wg_di_atas, s.wn_di_atas)
    ) o(outcome, method, estimate, sxx, uu, g, n)
    where o.g > 0
),
final as (
    select
        e.region_id,
        e.outcome,
        e.method,
        e.period_type,
        e.estimate,
        e.se,
        e.estimate - 1.96 * e.se as ci_low,
        e.estimate + 1.96 * e.se as ci_high,
        e.employees,
        e.evaluations
    from computed e
    where e.estimate is not null
    order by region_order(e.region_id), e.region_id,
        case e.outcome when 'score' then 1 when 'share_baik' then 2 when 'share_sangat_baik' then 3 else 4 end,
        case e.method when 'pooled' then 1 else 2 end
)
select * from final

