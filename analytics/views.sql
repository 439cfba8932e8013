-- Clean views: one per raw table, typed and joined to the organisation.
-- Metric queries in sql/ read only these views.

create or replace view v_positions as
with final as (
    select
        p.position_id,
        p.name as position_name,
        p.unit_id,
        u.name as unit_name,
        u.region_id,
        r.name as region_name,
        p.jenis_jabatan,
        p.level,
        p.eselon,
        p.required_field,
        p.staffing_need,
        l.retirement_age,
        l.default_required_level
    from positions p
    join units u using (unit_id)
    join regions r using (region_id)
    join jabatan_levels l using (level)
)
select * from final;

create or replace view v_employees as
with final as (
    select
        e.nip,
        e.sex,
        e.birth_date,
        e.employee_type,
        e.golongan,
        e.education_level,
        e.education_field,
        e.position_start,
        e.service_start,
        p.*,
        (p.required_field is null or e.education_field = p.required_field) as qualification_fit,
        (e.birth_date + to_years(p.retirement_age)) as retirement_date
    from employees e
    join v_positions p using (position_id)
)
select * from final;

create or replace view v_evaluations as
with final as (
    select
        ev.nip,
        ev.period_type,
        ev.period_start,
        ev.period_end,
        year(ev.period_start) as year,
        ev.hasil_kerja,
        ev.perilaku,
        ev.predikat,
        ev.predikat <= 2 as baik_or_better,
        ev.score,
        ev.score_hasil_kerja,
        ev.score_sikap,
        ev.score_disiplin,
        p.position_id,
        p.unit_id,
        p.unit_name,
        p.region_id,
        p.jenis_jabatan
    from performance_evaluations ev
    join employees e using (nip)
    join v_positions p on p.position_id = coalesce(ev.position_id, e.position_id)
)
select * from final;

create or replace view v_trainings as
with final as (
    select
        t.nip,
        t.title,
        t.jenis_diklat,
        t.category,
        t.start_date,
        t.end_date,
        year(t.end_date) as year,
        t.jp,
        t.competency_id,
        e.employee_type,
        e.region_id,
        e.unit_id,
        e.unit_name,
        e.jenis_jabatan
    from trainings t
    join v_employees e using (nip)
)
select * from final;

create or replace view v_assessments as
with final as (
    select
        a.nip,
        a.competency_id,
        a.assessed_on,
        year(a.assessed_on) as year,
        a.level,
        e.position_id,
        e.region_id,
        e.unit_id,
        e.unit_name,
        e.jenis_jabatan
    from competency_assessments a
    join v_employees e using (nip)
)
select * from final;

create or replace view v_placements as
with final as (
    select
        pl.nip,
        pl.effective_date,
        year(pl.effective_date) as year,
        pl.move_type,
        pl.status,
        pl.reason,
        pl.from_position_id,
        pl.to_position_id,
        f.unit_id as from_unit_id,
        f.unit_name as from_unit_name,
        f.jenis_jabatan as from_jenis_jabatan,
        t.unit_id as to_unit_id,
        t.unit_name as to_unit_name,
        t.jenis_jabatan as to_jenis_jabatan,
        t.region_id
    from placements pl
    left join v_positions f on f.position_id = pl.from_position_id
    join v_positions t on t.position_id = pl.to_position_id
)
select * from final;

-- ------------------------------------------------------------- table macros
-- Parameterised building blocks shared by several metric queries.

-- Latest assessment per employee and competency up to the end of a year.
create or replace macro latest_assessments(as_of_year) as table
    select nip, competency_id, arg_max(level, assessed_on) as level, max(assessed_on) as assessed_on
    from competency_assessments
    where year(assessed_on) <= as_of_year
    group by nip, competency_id;

-- Each assessed competency of the employee's current post against its standard.
create or replace macro competency_gaps(as_of_year) as table
    select e.nip, e.position_id, s.competency_id, s.required_level, l.level
    from v_employees e
    join competency_standards s using (position_id)
    join latest_assessments(as_of_year) l on l.nip = e.nip and l.competency_id = s.competency_id;

-- Job Person Match per employee: sum(min(level, required)) / sum(required) x 100,
-- with its selection band (MS / MMS / KMS).
create or replace macro employee_jpm(as_of_year) as table
    with jpm as (
        select nip, sum(least(level, required_level)) * 100.0 / sum(required_level) as jpm
        from competency_gaps(as_of_year)
        group by nip
    )
    select j.nip, j.jpm, b.band
    from jpm j
    join jpm_bands b
      on b.scheme = 'seleksi' and j.jpm >= b.min_jpm and (b.max_jpm is null or j.jpm < b.max_jpm);

-- JP per PNS per calendar year (zero when untrained), for years in service.
create or replace macro employee_year_jp(year_from, year_to) as table
    with years as (
        select range::integer as year from range(year_from, year_to + 1)
    ),
    staff_years as (
        select e.nip, y.year
        from v_employees e
        join years y on year(e.service_start) <= y.year
        where e.employee_type = 'PNS'
    ),
    jp as (
        select nip, year(end_date) as year, sum(jp) as jp
        from trainings
        where year(end_date) between year_from and year_to
        group by all
    )
    select sy.nip, sy.year, coalesce(jp.jp, 0) as jp,
        coalesce(jp.jp, 0) >= (select value from settings where key = 'jp_entitlement') as met
    from staff_years sy
    left join jp using (nip, year);

-- The dashboard's shared filters (regions, unit, jenis jabatan) applied to
-- employees by their current post and to evaluations by the post then held.
create or replace macro filtered_employees(p_regions, p_unit_id, p_jenis_jabatan) as table
    select *
    from v_employees
    where list_contains(p_regions, region_id)
      and (p_unit_id is null or unit_id = p_unit_id)
      and (p_jenis_jabatan is null or jenis_jabatan = p_jenis_jabatan);

create or replace macro filtered_evaluations(p_regions, p_unit_id, p_jenis_jabatan, p_year_from, p_year_to) as table
    select *
    from v_evaluations
    where period_type = 'bulanan'
      and year between p_year_from and p_year_to
      and list_contains(p_regions, region_id)
      and (p_unit_id is null or unit_id = p_unit_id)
      and (p_jenis_jabatan is null or jenis_jabatan = p_jenis_jabatan);
