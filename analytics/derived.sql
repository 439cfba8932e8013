-- Derived tables ("marts"): rebuilt by analytics.db.refresh_derived() after
-- every data load (demo build, import). Each holds work that does not depend
-- on the dashboard's filters, aggregated to the grain the filters need
-- (region, unit, jenis jabatan, month or year), so that a metric query reads
-- thousands of rows instead of millions. Sums and counts are kept instead of
-- means so that any filter combination adds up exactly.

-- Years a filter can ask for: every year with an evaluation, assessment or training.
create or replace temp table data_years as
with bounds as (
    select min(y) as first_year, max(y) as last_year
    from (
        select year(period_start) as y from performance_evaluations
        union all select year(assessed_on) from competency_assessments
        union all select year(end_date) from trainings
    )
),
final as (
    select range::integer as year
    from bounds, range(coalesce(first_year, 0), coalesce(last_year, -1) + 1)
)
select * from final;

-- ------------------------------------------------------------------ kinerja
-- Monthly evaluations per post-held slice, month and predikat.
create or replace table mart_kinerja_monthly as
with final as (
    select
        region_id,
        unit_id,
        jenis_jabatan,
        period_start as month,
        year,
        predikat,
        count(*) as evaluations,
        count(score) as n_score,
        sum(score) as sum_score,
        count(score_hasil_kerja) as n_hasil_kerja,
        sum(score_hasil_kerja) as sum_hasil_kerja,
        count(score_sikap) as n_sikap,
        sum(score_sikap) as sum_sikap,
        count(score_disiplin) as n_disiplin,
        sum(score_disiplin) as sum_disiplin
    from v_evaluations
    where period_type = 'bulanan'
    group by all
)
select * from final;

-- --------------------------------------------------------------- competency
-- Each employee's latest level per competency as of the end of every year
-- with assessments, against the standard of the employee's current post.
-- Between assessment years nothing changes: a query for year Y reads the
-- latest as_of_year <= Y.
create or replace temp table competency_gaps as
with assessment_years as (
    select distinct year(assessed_on) as year from competency_assessments
),
latest as (
    select y.year as as_of_year, a.nip, a.competency_id, arg_max(a.level, a.assessed_on) as level
    from competency_assessments a
    join assessment_years y on year(a.assessed_on) <= y.year
    group by all
),
final as (
    select l.as_of_year, e.nip, e.region_id, e.unit_id, e.jenis_jabatan, e.qualification_fit,
        l.competency_id, l.level, s.required_level
    from latest l
    join v_employees e using (nip)
    join competency_standards s on s.position_id = e.position_id and s.competency_id = l.competency_id
)
select * from final;

create or replace table mart_competency_coverage as
with final as (
    select
        as_of_year, region_id, unit_id, jenis_jabatan, competency_id,
        count(*) as assessed,
        count(*) filter (where level >= required_level) as meeting,
        sum(level - required_level) as sum_gap
    from competency_gaps
    group by all
)
select * from final;

-- Job Person Match per employee and as-of year: sum(min(level, required)) /
-- sum(required) x 100 over the assessed competencies, with its selection band.
create or replace table mart_employee_jpm as
with jpm as (
    select
        as_of_year, nip, region_id, unit_id, jenis_jabatan, qualification_fit,
        sum(least(level, required_level)) * 100.0 / sum(required_level) as jpm
    from competency_gaps
    group by all
),
final as (
    select j.*, b.band
    from jpm j
    join jpm_bands b
      on b.scheme = 'seleksi' and j.jpm >= b.min_jpm and (b.max_jpm is null or j.jpm < b.max_jpm)
)
select * from final;

-- Consecutive assessments of the same competency, and whether a training
-- targeting it ended in between.
create or replace table mart_competency_change as
with ordered as (
    select
        nip, competency_id, assessed_on, level,
        lag(assessed_on) over (partition by nip, competency_id order by assessed_on) as previous_on,
        lag(level) over (partition by nip, competency_id order by assessed_on) as previous_level
    from competency_assessments
),
pairs as (
    select nip, competency_id, previous_on as first_on, assessed_on as last_on, level - previous_level as change
    from ordered
    where previous_on is not null
),
trained_pairs as (
    select distinct p.nip, p.competency_id, p.first_on
    from pairs p
    join trainings t
      on t.nip = p.nip and t.competency_id = p.competency_id
     and t.end_date > p.first_on and t.end_date <= p.last_on
),
final as (
    select
        e.region_id, e.unit_id, e.jenis_jabatan, p.competency_id,
        year(p.first_on) as first_year, year(p.last_on) as last_year,
        tp.nip is not null as trained,
        count(*) as pairs,
        sum(p.change) as sum_change
    from pairs p
    join v_employees e using (nip)
    left join trained_pairs tp using (nip, competency_id, first_on)
    group by all
)
select * from final;

-- ----------------------------------------------------------------- training
-- JP per PNS per calendar year in service (zero when untrained).
create or replace table mart_employee_year_jp as
with staff_years as (
    select e.nip, e.region_id, e.unit_id, e.jenis_jabatan, y.year
    from v_employees e
    join data_years y on year(e.service_start) <= y.year
    where e.employee_type = 'PNS'
),
jp as (
    select nip, year(end_date) as year, sum(jp) as jp
    from trainings
    group by all
),
final as (
    select sy.*, coalesce(jp.jp, 0) as jp,
        coalesce(jp.jp, 0) >= (select value from settings where key = 'jp_entitlement') as met
    from staff_years sy
    left join jp using (nip, year)
)
select * from final;

create or replace table mart_training_volume as
with final as (
    select
        year(t.end_date) as year, e.region_id, e.unit_id, e.jenis_jabatan, t.jenis_diklat, t.category,
        count(*) as trainings,
        count(distinct t.nip) as participants,  -- additive across slices: one current post each
        sum(t.jp) as jp_total
    from trainings t
    join v_employees e using (nip)
    group by all
)
select * from final;

-- Training impact. Thresholds of "substantive" training the page offers.
create or replace temp table did_thresholds as
select unnest([10, 20, 40]) as min_jp;

create or replace temp table first_training as
select th.min_jp, t.nip, date_trunc('month', min(t.end_date))::date as t0
from trainings t
join did_thresholds th on t.jp >= th.min_jp
group by all;

-- Monthly scores with the post then held, and the mean of the 6 months
-- before and of months +3..+8 after each month (computed in numpy by
-- analytics/derived.py into kinerja_windows_raw).
create or replace temp table kinerja_windows as
with final as (
    select
        i.nip,
        make_date((w.month_index // 12)::integer, (w.month_index % 12 + 1)::integer, 1) as month,
        p.region_id,
        p.unit_id,
        p.jenis_jabatan,
        w.score,
        w.pre_mean,
        w.pre_n,
        w.post_mean,
        w.post_n
    from kinerja_windows_raw w
    join employee_ids i using (employee_id)
    join position_keys k using (position_key)
    join v_positions p on p.position_id = k.position_id
)
select * from final;

-- Difference-in-differences cell sums: change = post_mean - pre_mean for
-- employees whose first training of >= min_jp JP ended in `month` (treated)
-- and for employees not trained by month + 8 (controls), per slice, baseline
-- band (pre-mean <= 75 / 76-90 / > 90) and month. analytics/sql/training_did_cells.sql
-- adds the slices up and keeps cells holding both groups.
create or replace table mart_did_cells as
with windows as (
    select
        *,
        post_mean - pre_mean as change,
        case when round(pre_mean, 6) < 76 then 1 when round(pre_mean, 6) <= 90 then 2 else 3 end as baseline_band
    from kinerja_windows
    where pre_n >= 3 and post_n >= 3
),
labelled as (
    select
        th.min_jp, w.region_id, w.unit_id, w.jenis_jabatan, w.baseline_band, w.month, w.change,
        case when f.t0 = w.month then 1 when f.t0 is null or f.t0 > w.month + interval 8 month then 0 end as treated
    from windows w
    cross join did_thresholds th
    left join first_training f on f.nip = w.nip and f.min_jp = th.min_jp
),
final as (
    select
        min_jp, region_id, unit_id, jenis_jabatan, baseline_band, month, treated,
        count(*) as n,
        sum(change) as sum_y,
        sum(change * change) as sum_y2
    from labelled
    where treated is not null
    group by all
)
select * from final;

-- Event study: scores of trained employees by months since training, and of
-- never-trained employees by calendar month, per slice.
create or replace table mart_event_treated as
with final as (
    select
        f.min_jp, w.region_id, w.unit_id, w.jenis_jabatan, w.month,
        datediff('month', f.t0, w.month) as rel_month,
        count(*) as n,
        sum(w.score) as sum_score
    from kinerja_windows w
    join first_training f using (nip)
    where w.month between f.t0 - interval 12 month and f.t0 + interval 12 month
    group by all
)
select * from final;

create or replace table mart_event_controls as
with final as (
    select th.min_jp, w.region_id, w.unit_id, w.jenis_jabatan, w.month, count(*) as n, sum(w.score) as sum_score
    from kinerja_windows w
    cross join did_thresholds th
    anti join first_training f on f.nip = w.nip and f.min_jp = th.min_jp
    group by all
)
select * from final;

-- ---------------------------------------------------------------- placement
-- Each employee's latest assessed level per competency.
create or replace temp table latest_levels as
select nip, competency_id, arg_max(level, assessed_on) as level
from competency_assessments
group by all;

-- Every executed move (not appointments), sliced by the post moved into:
-- JPM (latest assessments) and qualification fit against the old and the new
-- post, mean monthly score in months -6..-1 and +3..+8 around the move month,
-- and whether it moved a good performer out of an ill-fitting post (pre-move
-- mean >= the median pre-move mean of the region's employees that month, and
-- the old post requires a field other than the employee's).
create or replace table mart_move_effects as
with moves as (
    select
        pl.nip, pl.effective_date, date_trunc('month', pl.effective_date)::date as month,
        year(pl.effective_date) as year, pl.move_type, pl.from_position_id, pl.to_position_id,
        t.region_id, t.unit_id, t.jenis_jabatan, e.education_field,
        f.required_field as from_required_field, t.required_field as to_required_field
    from placements pl
    join employees e using (nip)
    join v_positions f on f.position_id = pl.from_position_id
    join v_positions t on t.position_id = pl.to_position_id
    where pl.status = 'executed' and pl.move_type <> 'pengangkatan'
),
move_posts as (
    select nip, effective_date, to_position_id, from_position_id as position_id from moves
    union
    select nip, effective_date, to_position_id, to_position_id from moves
),
post_jpm as (
    select mp.nip, mp.effective_date, mp.to_position_id, mp.position_id,
        sum(least(l.level, s.required_level)) * 100.0 / sum(s.required_level) as jpm
    from move_posts mp
    join competency_standards s using (position_id)
    join latest_levels l on l.nip = mp.nip and l.competency_id = s.competency_id
    group by all
),
region_medians as (
    select w.region_id, w.month, median(w.pre_mean) as region_median_pre
    from kinerja_windows w
    semi join (select distinct region_id, month from moves) m using (region_id, month)
    where w.pre_n >= 3
    group by all
),
final as (
    select
        m.nip, m.effective_date, m.year, m.move_type, m.region_id, m.unit_id, m.jenis_jabatan,
        m.from_position_id, m.to_position_id,
        jf.jpm as jpm_from,
        jt.jpm as jpm_to,
        (m.from_required_field is null or m.from_required_field = m.education_field) as qualified_from,
        (m.to_required_field is null or m.to_required_field = m.education_field) as qualified_to,
        w.pre_mean, coalesce(w.pre_n, 0) as pre_n, w.post_mean, coalesce(w.post_n, 0) as post_n,
        rm.region_median_pre,
        coalesce(
            w.pre_n >= 3 and w.pre_mean >= rm.region_median_pre
            and m.from_required_field is not null and m.from_required_field is distinct from m.education_field,
            false
        ) as good_ill_fit
    from moves m
    left join post_jpm jf
      on jf.nip = m.nip and jf.effective_date = m.effective_date and jf.to_position_id = m.to_position_id
     and jf.position_id = m.from_position_id
    left join post_jpm jt
      on jt.nip = m.nip and jt.effective_date = m.effective_date and jt.to_position_id = m.to_position_id
     and jt.position_id = m.to_position_id
    left join kinerja_windows w on w.nip = m.nip and w.month = m.month
    left join region_medians rm on rm.region_id = m.region_id and rm.month = m.month
)
select * from final;

-- Placement candidates (as of the data's last month): employees whose mean
-- monthly score over the last 12 months is at least their region's median
-- and whose current post fits them poorly (its required field is not their
-- education field, or JPM in the KMS band), each with up to 3 non-structural
-- posts of the same region and jenis jabatan where they would fit better:
-- every required competency met by the latest assessments, the required
-- field (if any) equal to their education field, and fewer holders than the
-- staffing need. Exact field matches first, then the largest gap.
create or replace table mart_placement_candidates as
with last_month as (
    select max(period_start) as last_month from performance_evaluations where period_type = 'bulanan'
),
recent as (
    select ev.nip, avg(ev.score) as recent_score
    from performance_evaluations ev, last_month lm
    where ev.period_type = 'bulanan' and ev.score is not null
      and ev.period_start > lm.last_month - interval 12 month
    group by all
),
jpm_now as (
    select nip, arg_max(jpm, as_of_year) as jpm, arg_max(band, as_of_year) as band
    from mart_employee_jpm
    group by all
),
staff as (
    select e.nip, e.region_id, e.unit_id, e.jenis_jabatan, e.level, e.position_id, e.education_field,
        e.required_field, e.qualification_fit, r.recent_score, j.jpm, j.band,
        median(r.recent_score) over (partition by e.region_id) as region_median
    from v_employees e
    join recent r using (nip)
    left join jpm_now j using (nip)
),
candidates as (
    select *
    from staff
    where recent_score >= region_median and (not qualification_fit or band = 'KMS')
),
holders as (
    select position_id, count(*) as holders from employees group by all
),
open_posts as (
    select p.position_id, p.region_id, p.unit_id, p.jenis_jabatan, p.level, p.required_field,
        p.staffing_need, coalesce(h.holders, 0) as holders, p.staffing_need - coalesce(h.holders, 0) as gap
    from v_positions p
    left join holders h using (position_id)
    where p.jenis_jabatan <> 1 and p.staffing_need > coalesce(h.holders, 0)
),
pairs as (
    select c.nip, o.position_id as target_position_id, o.unit_id as target_unit_id, o.gap,
        o.required_field is not null as field_match
    from candidates c
    join open_posts o
      -- a lateral move: same region, jenis jabatan and level (jenjang)
      on o.region_id = c.region_id and o.jenis_jabatan = c.jenis_jabatan and o.level = c.level
     and o.position_id <> c.position_id
     and (o.required_field is null or o.required_field = c.education_field)
),
competencies_met as (
    select p.nip, p.target_position_id
    from pairs p
    join competency_standards s on s.position_id = p.target_position_id
    left join latest_levels l on l.nip = p.nip and l.competency_id = s.competency_id
    group by all
    having bool_and(coalesce(l.level, 0) >= s.required_level)
),
ranked as (
    select p.*,
        row_number() over (
            partition by p.nip order by p.field_match desc, p.gap desc, p.target_position_id
        ) as target_rank
    from pairs p
    join competencies_met using (nip, target_position_id)
),
final as (
    select c.nip, c.region_id, c.unit_id, c.jenis_jabatan, c.position_id, c.education_field,
        c.required_field, c.qualification_fit, c.jpm, c.band, c.recent_score, c.region_median,
        r.target_position_id, r.target_unit_id, r.gap as target_gap, r.field_match as target_field_match,
        r.target_rank
    from candidates c
    join ranked r using (nip)
    where r.target_rank <= 3
)
select * from final;

-- ------------------------------------------------------------------ talent
-- Annual (tahunan) scores: the kinerja axis of the 9-box (sql/talent_*.sql,
-- succession_*.sql through the talent_levels macro in views.sql).
create or replace table mart_annual_kinerja as
with final as (
    select nip, year(period_start) as year, period_start, score
    from performance_evaluations
    where period_type = 'tahunan' and score is not null
)
select * from final;

-- The date retirement and succession counts are taken at: 31 December of the
-- latest year with scored annual (tahunan) evaluations; today if there are
-- none. One definition for Kebutuhan (retirements_by_*) and Talenta
-- (succession_units); here, because a macro without parameters is bound when
-- it is created, and the mart must exist by then.
create or replace macro as_of_date() as table
    select coalesce(make_date(max(year), 12, 31), current_date) as as_of_date
    from mart_annual_kinerja;

drop table competency_gaps;
drop table kinerja_windows;
drop table kinerja_windows_raw;
drop table first_training;
drop table employee_ids;
drop table position_keys;
drop table latest_levels;
