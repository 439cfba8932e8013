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
