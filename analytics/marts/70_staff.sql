-- ------------------------------------------------------------------ staff and data quality
-- Per employee, the current region, unit, post, jenis jabatan, employee type and
-- qualification fit (v_employees, whose education-field and BUP lookups cost every query
-- that reads it: move_rates.sql reads its headcounts here) and what Kualitas Data counts (quality_by_unit.sql,
-- page_readiness.sql), made once at refresh instead of from the raw tables in every
-- query (the region's latest period and these checks do not depend on the filters):
-- whether the post has a level (jenjang) and the employee an education field, whether
-- the employee has an evaluation of the region's latest period (its finest period
-- type's latest month, quarter or, for tahunan, year; from mart_kinerja), any training,
-- the first year with a competency assessment, the first and last year with an annual
-- SKP result the 9-box can read and how many years have one (page_readiness needs
-- mart_annual_kinerja only for an employee with a gap between them), and the NIP checks (digits 1-8 the birth
-- date YYYYMMDD, digit 15 the sex: 1 L, 2 P). Potential assessments are counted by the
-- queries themselves, so that a load of them refreshes no mart.
create or replace table mart_staff as
with staff as (
    select
        nip, region_id, unit_id, position_id, jenis_jabatan, employee_type, qualification_fit, level,
        education_field, sex, birth_date
    from v_employees
),
finest as (  -- each region's finest period type: bulanan, else triwulan, else tahunan
    select region_id, min(period_rank(period_type)) as period_rank
    from mart_kinerja
    group by all
),
latest as (
    select m.region_id, any_value(m.period_type) as period_type, max(m.period_start) as period_start
    from mart_kinerja m
    join finest f on f.region_id = m.region_id and period_rank(m.period_type) = f.period_rank
    group by all
),
evaluated as (
    select distinct pe.nip
    from performance_evaluations pe
    join staff s using (nip)
    join latest l using (region_id)
    where pe.period_type = l.period_type
      and (
          pe.period_start = l.period_start
          or (l.period_type = 'tahunan' and year(pe.period_start) = year(l.period_start))
      )
),
assessed as (
    select nip, min(year(assessed_on)) as first_year
    from competency_assessments
    group by all
),
annual as (  -- the years with an annual SKP result the 9-box can read
    select nip, min(year) as first_year, max(year) as last_year, count(distinct year) as years
    from mart_annual_kinerja
    where hasil_kerja is not null or score is not null
    group by all
),
final as (
    select
        s.nip,
        s.region_id,
        s.unit_id,
        s.jenis_jabatan,
        s.employee_type,
        s.qualification_fit,
        s.position_id is not null as in_post,
        s.level is not null as has_level,
        s.education_field is not null as has_field,
        s.nip in (select nip from evaluated) as evaluated,
        s.nip in (select nip from trainings) as trained,
        a.first_year as first_assessed_year,
        k.first_year as first_annual_year,
        k.last_year as last_annual_year,
        coalesce(k.years, 0) as annual_years,
        try_strptime(substr(s.nip, 1, 8), '%Y%m%d')::date is distinct from s.birth_date as birth_mismatch,
        substr(s.nip, 15, 1) <> (case s.sex when 'L' then '1' else '2' end) as sex_mismatch
    from staff s
    left join assessed a using (nip)
    left join annual k using (nip)
)
select * from final;

-- Headcount now, counted: employees per slice, employee type, qualification fit (as
-- v_employees has it: null where it cannot be judged), BUP (retirement_age) and the year
-- they reach it (null where the BUP is not known: no post, or a post without a jenjang).
-- The pages' headcounts (overview_kpis.sql, qualification_fit.sql, move_rates.sql,
-- public_unit_counts in views.sql) and retirements (retirements_by_year.sql,
-- retirements_by_unit.sql) sum these counts instead of passing over every employee
-- (the two retirement queries alone took 1.1 s of Kebutuhan at demo scale 30).
create or replace table mart_headcount as
with final as (
    select
        region_id, unit_id, unit_name, jenis_jabatan, employee_type, qualification_fit, retirement_age,
        year(retirement_date) as retirement_year,
        count(*) as employees
    from v_employees
    group by all
)
select * from final;
