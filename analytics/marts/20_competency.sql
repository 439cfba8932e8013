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

-- Job Person Match per employee and as-of year over the assessed competencies, in its
-- two variants: jpm = capped coverage, sum(min(level, required)) / sum(required) x 100 (a
-- surplus in one competency does not hide a gap in another; at most 100), and jpm_ratio =
-- the plain ratio sum(level) / sum(required) x 100 (can exceed 100). The bands are of the
-- capped coverage: band the selection band (MS / MMS / KMS, for candidates and posts
-- being filled), mapping_band the mapping band (Optimal / Cukup Optimal / Kurang Optimal,
-- for the all-staff view).
create or replace table mart_employee_jpm as
with jpm as (
    select
        as_of_year, nip, region_id, unit_id, jenis_jabatan, qualification_fit,
        sum(least(level, required_level)) * 100.0 / sum(required_level) as jpm,
        sum(level) * 100.0 / sum(required_level) as jpm_ratio
    from competency_gaps
    group by all
),
final as (
    select j.*, b.band, m.band as mapping_band
    from jpm j
    join jpm_bands b
      on b.scheme = 'seleksi' and j.jpm >= b.min_jpm and (b.max_jpm is null or j.jpm < b.max_jpm)
    join jpm_bands m
      on m.scheme = 'pemetaan' and j.jpm >= m.min_jpm and (m.max_jpm is null or j.jpm < m.max_jpm)
)
select * from final;

-- The same employees as value counts per as_of_year, slice (region, unit, jenis
-- jabatan), qualification fit and JPM value (jpm, jpm_ratio and the bands of jpm):
-- how many employees have it. The Kompetensi and Ringkasan JPM queries (jpm_by_unit,
-- jpm_by_jenis_jabatan, jpm_trend, jpm_distribution) sum these counts (means as
-- sum(value * employees) / sum(employees)) instead of a row per employee and year, so
-- their cost does not grow with headcount. The placement marts still read the rows.
create or replace table mart_jpm_values as
with final as (
    select
        as_of_year, region_id, unit_id, jenis_jabatan, qualification_fit,
        jpm, jpm_ratio, band, mapping_band,
        count(*) as employees
    from mart_employee_jpm
    group by all
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
