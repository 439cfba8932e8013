-- Each employee's latest evaluation of each period type: its period's start (what
-- mart_staff below keeps). Its own statement: inside mart_staff's, this aggregate over
-- every evaluation ran out of DuckDB's 2 GB at demo scale 60; alone it spills to disk.
create or replace table mart_last_evaluated as
with final as (
    select nip,
        max(period_start) filter (where period_type = 'bulanan') as last_bulanan,
        max(period_start) filter (where period_type = 'triwulan') as last_triwulan,
        max(period_start) filter (where period_type = 'tahunan') as last_tahunan
    from performance_evaluations
    group by all
)
select * from final;

-- ------------------------------------------------------------------ staff and data quality
-- Per employee, the current region, unit, post, jenis jabatan, employee type and
-- qualification fit (v_employees, whose education-field and BUP lookups cost every query
-- that reads it: move_rates.sql reads its headcounts here) and what Kualitas Data counts
-- (quality_by_unit.sql, page_readiness.sql, through the counts below), made once at
-- refresh instead of from the raw tables in every query (these checks do not depend on
-- the filters): whether the post has a level (jenjang) and the employee an education
-- field, the start of the employee's latest evaluation of each period type (whether that
-- is the region's latest period or later is counted in mart_staff_counts, which knows
-- the region's latest: so a load of one month makes the rows of the employees it
-- touched again, not every row of their region), any training, the first year with a
-- competency assessment, the first and last year with an annual SKP result the 9-box
-- can read and how many years have one (mart_annual_spans reads mart_annual_kinerja only
-- for an employee with a gap between them), and the NIP checks (digits 1-8 the birth
-- date YYYYMMDD, digit 15 the sex: 1 L, 2 P). Potential assessments are not read here, so
-- that a load of them does not make it again (mart_staff_counts below counts them).
create or replace table mart_staff as
with staff as (
    select
        nip, region_id, unit_id, position_id, jenis_jabatan, employee_type, qualification_fit, level,
        education_field, sex, birth_date
    from v_employees
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
        v.last_bulanan,
        v.last_triwulan,
        v.last_tahunan,
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
    left join mart_last_evaluated v using (nip)
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

-- Kualitas Data's counts of employees at the grain of its filters (issue: page analytics
-- at any headcount): employees per current region, unit and jenis jabatan (the shared
-- filters), year of the first competency assessment and of the first potential
-- assessment (a year range's year_to keeps those with one up to then: a sum over these
-- rows), with how many of them have each check of mart_staff. page_readiness.sql and
-- quality_by_unit.sql read these sums instead of mart_staff's rows: a few thousand rows
-- at any headcount. Potential assessments are counted here, not in mart_staff, so that a
-- load of them makes this table again (a group by over mart_staff), not mart_staff.
create or replace table mart_staff_counts as
with potential as (  -- every row has a date, so an employee with one has a first year
    select nip, min(year(assessed_on)) as first_year
    from potential_assessments
    group by all
),
finest as (  -- each region's finest period type: bulanan, else triwulan, else tahunan
    select region_id, min(period_rank(period_type)) as period_rank
    from mart_kinerja
    group by all
),
latest as (  -- and the start of its latest period of that type
    select m.region_id, any_value(m.period_type) as period_type, max(m.period_start) as period_start
    from mart_kinerja m
    join finest f on f.region_id = m.region_id and period_rank(m.period_type) = f.period_rank
    group by all
),
staff as (  -- evaluated: the latest evaluation of that type is of that period or later (a
            -- tahunan one: of that year or later)
    select s.*,
        coalesce(case l.period_type
            when 'bulanan' then s.last_bulanan >= l.period_start
            when 'triwulan' then s.last_triwulan >= l.period_start
            when 'tahunan' then year(s.last_tahunan) >= year(l.period_start)
        end, false) as evaluated
    from mart_staff s
    left join latest l using (region_id)
),
final as (
    select
        s.region_id,
        s.unit_id,
        s.jenis_jabatan,
        s.first_assessed_year,
        p.first_year as first_potential_year,
        count(*) as employees,
        count(*) filter (where s.in_post) as in_post,
        count(*) filter (where s.has_level) as with_level,
        count(*) filter (where s.has_field) as with_field,
        count(*) filter (where s.evaluated) as evaluated,
        count(*) filter (where s.trained) as trained,
        count(*) filter (where s.birth_mismatch) as birth_mismatch,
        count(*) filter (where s.sex_mismatch) as sex_mismatch
    from staff s
    left join potential p using (nip)
    group by all
)
select * from final;

-- The years with an annual SKP result the 9-box can read (mart_staff's first and last
-- such year and how many), counted per current region, unit and jenis jabatan, so that
-- page_readiness counts the employees with one in a year range [a, b] from counts only.
-- Rows of years from_year .. to_year with previous_year:
--   - an employee whose years have no gap: one row, (first year, last year, null). It
--     has a year in [a, b] exactly when from_year <= b and to_year >= a;
--   - an employee with a gap: one row per such year y, (y, y, the year before y that has
--     one; null for the first). Of these rows, from_year <= b and to_year >= a and
--     (previous_year is null or previous_year < a) holds for exactly one when the employee
--     has a year in [a, b] (the first of them, y0: a year before it with one is before a,
--     else it would be in [a, b] and before y0; any later one's previous year is >= y0 >= a)
--     and for none when not (no y in [a, b]).
-- So the sum of employees over the rows meeting that condition counts every employee with
-- a year in [a, b] once; the condition is the same for both kinds of rows (previous_year
-- is null on the no-gap row). mart_annual_kinerja is read for the employees with a gap only.
create or replace table mart_annual_spans as
with staff as (
    select nip, region_id, unit_id, jenis_jabatan, first_annual_year, last_annual_year,
        annual_years < last_annual_year - first_annual_year + 1 as gapped
    from mart_staff
    where annual_years > 0
),
gap_years as (  -- each year with one of an employee with a gap, and the year before it with one
    select nip, year, lag(year) over (partition by nip order by year) as previous_year
    from (
        select distinct k.nip, k.year
        from mart_annual_kinerja k
        semi join (select nip from staff where gapped) g using (nip)
        where k.hasil_kerja is not null or k.score is not null
    )
),
spans as (
    select region_id, unit_id, jenis_jabatan, first_annual_year as from_year, last_annual_year as to_year,
        null::bigint as previous_year
    from staff
    where not gapped
    union all
    select s.region_id, s.unit_id, s.jenis_jabatan, g.year, g.year, g.previous_year
    from gap_years g
    join staff s using (nip)
),
final as (
    select region_id, unit_id, jenis_jabatan, from_year, to_year, previous_year, count(*) as employees
    from spans
    group by all
)
select * from final;
