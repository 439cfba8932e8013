-- ---------------------------------------------------------------- placement
-- Each employee's latest assessed level per competency.
create or replace temp table latest_levels as
select nip, competency_id, arg_max(level, assessed_on) as level
from competency_assessments
group by all;

-- Median 6-month score (months -6..-1) of each region's employees in each month:
-- a "good performer" by the score is at or above it. From value counts, not median():
-- median() holds every value of every group in memory at once, and at demo scale 60
-- (235 M window rows) ran out of DuckDB's 2 GB; the counts are a hash aggregate, which
-- spills. The median of t values is that of 0-based positions (t-1)//2 (lo) and t//2
-- (hi), interpolated as median() does: lo + (hi - lo) * 0.5 (equal to median() exactly:
-- tests/test_region_medians.py).
create or replace temp table region_medians as
with value_counts as (
    select region_id, month, score_pre_mean as v, count(*) as n
    from mart_kinerja_windows
    where score_pre_n >= 3
    group by all
),
placed as (  -- upto: the values at or below v
    select region_id, month, v,
        sum(n) over (partition by region_id, month order by v rows unbounded preceding) as upto,
        sum(n) over (partition by region_id, month) as total
    from value_counts
),
middle as (  -- the value at 0-based position k is the least v with upto > k
    select region_id, month,
        min(v) filter (where upto > (total - 1) // 2) as lo,
        min(v) filter (where upto > total // 2) as hi
    from placed
    group by all
),
final as (
    select region_id, month, lo + (hi - lo) * 0.5 as region_median_pre
    from middle
)
select * from final;

-- Every executed move (not appointments), sliced by the post moved into:
-- JPM (latest assessments) and qualification fit against the old and the new
-- post, the mean monthly score and share of months with hasil kerja Di Atas in
-- months -6..-1 and +3..+8 around the move month, and whether it moved a good
-- performer out of an ill-fitting post (the old post requires a field other
-- than the employee's; good by the score: pre-move mean >= the median pre-move
-- mean of the region's employees that month; by the ratings: hasil kerja Di
-- Atas in at least one of the months before).
create or replace table mart_move_effects as
with moves as (
    select
        pl.nip, pl.effective_date, date_trunc('month', pl.effective_date)::date as month,
        year(pl.effective_date) as year, pl.move_type, pl.from_position_id, pl.to_position_id,
        t.region_id, t.unit_id, t.jenis_jabatan, e.education_field,
        f.required_field as from_required_field, t.required_field as to_required_field
    from placements pl
    join v_employees e using (nip)
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
final as (
    select
        m.nip, m.effective_date, m.month, m.year, m.move_type, m.region_id, m.unit_id, m.jenis_jabatan,
        m.from_position_id, m.to_position_id,
        jf.jpm as jpm_from,
        jt.jpm as jpm_to,
        (m.from_required_field is null or m.from_required_field = m.education_field) as qualified_from,
        (m.to_required_field is null or m.to_required_field = m.education_field) as qualified_to,
        w.score_pre_mean as pre_mean, coalesce(w.score_pre_n, 0) as pre_n,
        w.score_post_mean as post_mean, coalesce(w.score_post_n, 0) as post_n,
        w.hasil_di_atas_pre_mean as di_atas_pre_mean, coalesce(w.hasil_di_atas_pre_n, 0) as di_atas_pre_n,
        w.hasil_di_atas_post_mean as di_atas_post_mean, coalesce(w.hasil_di_atas_post_n, 0) as di_atas_post_n,
        rm.region_median_pre,
        coalesce(m.from_required_field is distinct from m.education_field, false)
            and m.from_required_field is not null as ill_fit_from,
        coalesce(w.score_pre_n >= 3 and w.score_pre_mean >= rm.region_median_pre, false) as good_by_score,
        coalesce(w.hasil_di_atas_pre_n >= 3 and w.hasil_di_atas_pre_mean > 0, false) as good_by_rating,
        good_by_score and ill_fit_from as good_ill_fit
    from moves m
    left join post_jpm jf
      on jf.nip = m.nip and jf.effective_date = m.effective_date and jf.to_position_id = m.to_position_id
     and jf.position_id = m.from_position_id
    left join post_jpm jt
      on jt.nip = m.nip and jt.effective_date = m.effective_date and jt.to_position_id = m.to_position_id
     and jt.position_id = m.to_position_id
    left join mart_kinerja_windows w on w.nip = m.nip and w.month = m.month
    left join region_medians rm on rm.region_id = m.region_id and rm.month = m.month
)
select * from final;

-- Difference-in-differences cell sums of kinerja after a move, per outcome (see
-- outcome_windows) and group: 'all' executed moves against employees not moved,
-- and 'good_ill_fit' moves of good performers out of an ill-fitting post INTO a
-- fitting one against good performers in an ill-fitting post who were not moved
-- (good by the outcome's rule, see mart_move_effects). Treated are sliced by the
-- post moved into, comparisons by the post held that month; "not moved" = no
-- executed placement (appointments too) in months -6..+8. Comparisons are kept
-- only in cells (group, outcome, region, jenis jabatan, baseline band, month)
-- that hold a move. sum_pre / sum_post give the groups' means before and after.
create or replace table mart_move_did_cells as
with treated as (
    select g.move_group, o.outcome, m.region_id, m.unit_id, m.jenis_jabatan, o.baseline_band, o.month,
        o.pre_mean, o.post_mean, o.change
    from mart_move_effects m
    join outcome_windows o on o.nip = m.nip and o.month = m.month
    join (values ('all'), ('good_ill_fit')) g(move_group)
      on g.move_group = 'all'
      or (m.ill_fit_from and m.qualified_to
          and (case when o.outcome = 'score' then m.good_by_score else m.good_by_rating end))
),
treated_cells as (
    select distinct move_group, outcome, region_id, jenis_jabatan, baseline_band, month from treated
),
executed as (
    select distinct nip, date_trunc('month', effective_date)::date as month
    from placements
    where status = 'executed'
),
moved as (  -- employee-months with an executed placement in months -6..+8 (few: movers only)
    select distinct w.nip, w.month
    from mart_kinerja_windows w
    join executed x using (nip)
    where x.month between w.month - interval 6 month and w.month + interval 8 month
),
fields as (
    select nip, education_field from v_employees
),
unmoved as (  -- employee-months not moved, and whether a good performer in an ill-fitting post
    select
        o.*,
        coalesce(
            o.required_field is not null and o.required_field is distinct from e.education_field
            and (case when o.outcome = 'score' then o.pre_mean >= rm.region_median_pre else o.pre_mean > 0 end),
            false
        ) as good_ill
    from outcome_windows o
    left join fields e using (nip)
    left join region_medians rm using (region_id, month)
    anti join moved using (nip, month)
),
control_sums as (  -- per cell: all of them, and the good performers in an ill-fitting post
    select
        outcome, region_id, unit_id, jenis_jabatan, baseline_band, month,
        count(*) as n_all,
        sum(change) as s_all,
        sum(change * change) as q_all,
        sum(pre_mean) as pre_all,
        sum(post_mean) as post_all,
        count(*) filter (where good_ill) as n_good,
        sum(change) filter (where good_ill) as s_good,
        sum(change * change) filter (where good_ill) as q_good,
        sum(pre_mean) filter (where good_ill) as pre_good,
        sum(post_mean) filter (where good_ill) as post_good
    from unmoved
    group by all
),
controls as (
    select c.move_group, s.outcome, s.region_id, s.unit_id, s.jenis_jabatan, s.baseline_band, s.month, 0 as treated,
        case when c.move_group = 'all' then s.n_all else s.n_good end as n,
        case when c.move_group = 'all' then s.s_all else s.s_good end as sum_y,
        case when c.move_group = 'all' then s.q_all else s.q_good end as sum_y2,
        case when c.move_group = 'all' then s.pre_all else s.pre_good end as sum_pre,
        case when c.move_group = 'all' then s.post_all else s.post_good end as sum_post
    from control_sums s
    join treated_cells c using (outcome, region_id, jenis_jabatan, baseline_band, month)
),
treated_sums as (
    select
        move_group, outcome, region_id, unit_id, jenis_jabatan, baseline_band, month, 1 as treated,
        count(*) as n,
        sum(change) as sum_y,
        sum(change * change) as sum_y2,
        sum(pre_mean) as sum_pre,
        sum(post_mean) as sum_post
    from treated
    group by all
),
final as (
    select * from treated_sums
    union all
    select * from controls where n > 0
)
select * from final;

-- Where each employee whose current post fits them poorly (its required field is not
-- their education field, or JPM in the KMS band) would fit better: up to 3
-- non-structural posts of the same region, jenis jabatan and level (jenjang), with every
-- required competency met by the latest assessments, the required field (if any) equal
-- to their education field, and fewer holders than the staffing need. Exact field
-- matches first, then the largest gap. Reads no evaluation: a load of evaluations does
-- not make it again (mart_placement_candidates below picks the good performers).
create or replace table mart_placement_targets as
with jpm_now as (
    select nip, arg_max(jpm, as_of_year) as jpm, arg_max(band, as_of_year) as band
    from mart_employee_jpm
    group by all
),
poorly_fitting as (
    select e.nip, e.region_id, e.unit_id, e.jenis_jabatan, e.level, e.position_id, e.education_field,
        e.required_field, e.qualification_fit, j.jpm, j.band
    from v_employees e
    left join jpm_now j using (nip)
    where not e.qualification_fit or j.band = 'KMS'
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
    from poorly_fitting c
    join open_posts o
      -- a lateral move: same region, jenis jabatan and level (jenjang)
      on o.region_id = c.region_id and o.jenis_jabatan = c.jenis_jabatan and o.level = c.level
     and o.position_id <> c.position_id
     and (o.required_field is null or o.required_field = c.education_field)
),
pair_levels as (  -- the levels of those employees only: a small table to look pairs up in
    select l.* from latest_levels l semi join poorly_fitting c using (nip)
),
target_standards as (
    select s.* from competency_standards s semi join open_posts o using (position_id)
),
competencies_met as (
    select p.nip, p.target_position_id
    from pairs p
    join target_standards s on s.position_id = p.target_position_id
    left join pair_levels l on l.nip = p.nip and l.competency_id = s.competency_id
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
        c.required_field, c.qualification_fit, c.jpm, c.band, r.target_position_id,
        r.target_unit_id, r.gap as target_gap, r.field_match as target_field_match, r.target_rank
    from poorly_fitting c
    join ranked r using (nip)
    where r.target_rank <= 3
)
select * from final;

-- Placement candidates (as of each region's latest periodic evaluation): the good
-- performers among the employees of mart_placement_targets, with those targets.
-- Good performer, over the monthly or quarterly evaluations of the last 12 months of
-- the region's data (basis): where the region's evaluations have a 0-100 score, a mean
-- score at or above the region's median ('score'); where they have ratings only (a
-- SIASN export), a share of periods with hasil kerja Di Atas Ekspektasi at or above
-- the region's median and above zero ('hasil_kerja_di_atas'). percentile places an
-- employee within the region on that basis, so that regions of either basis can be
-- ranked together. Every step is per region of the employees' current posts: a load
-- of evaluations makes the regions of the employees it touched again, reading only
-- their staff (analytics/incremental.py).
create or replace table mart_placement_candidates as
with staff as (
    select e.nip, e.region_id, i.employee_id
    from v_employees e
    join employee_ids i using (nip)
),
last_by_nip as (
    select nip, max(period_start) as last_start
    from performance_evaluations
    where period_type in ('bulanan', 'triwulan')
    group by all
),
last_period as (
    select s.region_id, max(n.last_start) as last_start
    from last_by_nip n
    join staff s using (nip)
    group by all
),
window_of as (  -- each employee's window opens after this day (a date: no cast per row)
    select s.nip, s.employee_id, s.region_id, (l.last_start - interval 12 month)::date as after
    from staff s
    join last_period l using (region_id)
),
recent_rows as (  -- integer keys out of the join: the text NIP is matched once per row, not carried
    select w.region_id, w.employee_id, ev.score, ev.hasil_kerja
    from performance_evaluations ev
    join window_of w using (nip)
    where ev.period_type in ('bulanan', 'triwulan')
      and ev.period_start > w.after
      -- no window opens earlier: the scan skips the rows before
      and ev.period_start > (select min(after) from window_of)
),
region_basis as (
    select region_id, case when count(score) > 0 then 'score' else 'hasil_kerja_di_atas' end as basis
    from recent_rows
    group by all
),
per_employee as (
    select employee_id, region_id,
        avg(score) as mean_score, count(score) as n_score,
        avg((hasil_kerja = 1)::int) as di_atas, count(hasil_kerja) as n_hasil_kerja
    from recent_rows
    group by all
),
recent as (
    select
        p.employee_id,
        p.region_id,
        b.basis,
        -- rounded: the last bits of avg() follow the order the threads add rows in, and
        -- percent_rank below must see equal means as ties on every rebuild
        round(case when b.basis = 'score' then p.mean_score else p.di_atas end, 9) as recent_value,
        case when b.basis = 'score' then p.n_score else p.n_hasil_kerja end as periods
    from per_employee p
    join region_basis b using (region_id)
    where periods > 0
),
ranked as (
    select *,
        median(recent_value) over (partition by region_id) as region_median,
        percent_rank() over (partition by region_id order by recent_value) as percentile
    from recent
),
good as (
    select s.nip, r.basis, r.recent_value, r.periods, r.region_median, r.percentile
    from ranked r
    join staff s using (employee_id)
    where r.recent_value >= r.region_median
      and (r.basis = 'score' or r.recent_value > 0)
),
final as (
    select t.nip, t.region_id, t.unit_id, t.jenis_jabatan, t.position_id, t.education_field,
        t.required_field, t.qualification_fit, t.jpm, t.band, g.basis, g.recent_value, g.periods,
        g.region_median, g.percentile, t.target_position_id, t.target_unit_id, t.target_gap,
        t.target_field_match, t.target_rank
    from good g
    join mart_placement_targets t using (nip)
)
select * from final;

-- Moves and proposals (not appointments) counted per region and year, type, status and
-- the units and jenis jabatan on either side (v_placements' columns; n = placements), so
-- that the Penempatan and Ringkasan counts (filtered_move_counts in views.sql) sum a few
-- thousand rows instead of passing over every placement (1.3 M at demo scale 30).
create or replace table mart_move_counts as
with final as (
    select
        region_id, year, move_type, status, from_unit_id, from_unit_name, from_jenis_jabatan,
        to_unit_id, to_unit_name, to_jenis_jabatan,
        count(*) as n
    from v_placements
    where move_type <> 'pengangkatan'
    group by all
)
select * from final;

-- filtered_moves (views.sql) over these counts (n = placements per row): what the pages
-- that only count moves read. Here, not in views.sql: DuckDB binds the macro's body when
-- it is created, so the mart must exist by then.
create or replace macro filtered_move_counts(p_regions, p_unit_id, p_jenis_jabatan, p_year_from, p_year_to) as table
    select *
    from mart_move_counts
    where year between p_year_from and p_year_to
      and (len(p_regions) = 0 or list_contains(p_regions, region_id))
      and (p_unit_id is null or from_unit_id = p_unit_id or to_unit_id = p_unit_id)
      and (p_jenis_jabatan is null or to_jenis_jabatan = p_jenis_jabatan);
