-- Clean views: one per raw table, typed and joined to the organisation.
-- Metric queries in sql/ read only these views.

-- A region's place in the display order (regions.sort_order, set when the region was
-- created): metric queries list regions in this order, as the dashboard draws them.
create or replace macro region_order(p_region_id) as (
    select sort_order from regions where region_id = p_region_id
);

-- How names are compared: lower case, accents, punctuation, line breaks and
-- repeated spaces ignored ("Dinas  Kesehatan,\nP2KB" = "dinas kesehatan p2kb").
create or replace macro fold_name(x) as
    trim(regexp_replace(lower(strip_accents(x)), '[^a-z0-9]+', ' ', 'g'));

create or replace view v_units as
with final as (
    select
        u.unit_id,
        u.name as unit_name,
        u.region_id,
        r.name as region_name,
        u.kind,
        u.auto_created
    from units u
    join regions r using (region_id)
)
select * from final;

create or replace view v_positions as
with final as (
    select
        p.position_id,
        p.name as position_name,
        p.unit_id,
        u.unit_name,
        u.region_id,
        u.region_name,
        p.jenis_jabatan,
        p.level,                                  -- null: jenjang not known
        p.eselon,
        p.required_field,
        p.staffing_need,                          -- null: no ABK need yet
        l.retirement_age,
        l.default_required_level,
        p.auto_created
    from positions p
    join v_units u using (unit_id)
    left join jabatan_levels l using (level)
)
select * from final;

-- The education field of study programmes (SIASN PENDIDIKAN NAMA): the analyst's
-- education_mapping first, else the keyword of lowest priority (then the longest) in
-- education_keywords; basis says which, or why none ('ambiguous': keywords of two
-- fields tie; 'unmapped': no keyword). p_programs names a relation with columns
-- program and employees (the import's check runs it on a file's programmes).
create or replace macro program_fields(p_programs) as table
    with programs as (
        select program, employees from query_table(p_programs)
    ),
    keyword_hits as (
        select p.program, k.field_id, k.priority, length(k.keyword) as keyword_length
        from programs p
        join education_keywords k
          on contains(' ' || fold_name(p.program) || ' ', ' ' || k.keyword || ' ')
    ),
    best as (
        select program, field_id
        from keyword_hits
        qualify rank() over (partition by program order by priority, keyword_length desc) = 1
    ),
    by_keyword as (
        select program, min(field_id) as field_id, count(distinct field_id) as fields
        from best
        group by all
    ),
    mapped as (
        select fold_name(program) as folded, min(field_id) as field_id
        from education_mapping
        group by all
    )
    select
        p.program,
        p.employees,
        coalesce(m.field_id, case when k.fields = 1 then k.field_id end) as field_id,
        case
            when m.field_id is not null then 'mapping'
            when k.fields = 1 then 'keyword'
            when k.fields > 1 then 'ambiguous'
            else 'unmapped'
        end as basis
    from programs p
    left join mapped m on m.folded = fold_name(p.program)
    left join by_keyword k using (program);

create or replace view v_employee_programs as
select education_program as program, count(*) as employees
from employees
where education_program is not null
group by all;

create or replace view v_education_programs as
select * from program_fields('v_employee_programs');

-- Employees with their post, unit and region. An employee without a post (SIASN
-- rows with no JABATAN NAMA) keeps the unit the export gave; the post's columns are
-- then null. The education field is the file's, else the programme's mapped field.
-- Qualification fit is null (not known) without a post, without a field, or in an
-- auto-created post whose required field nobody has set yet.
-- BUP: a post of a kind whose BUP is set whatever its jenjang (bup_by_post: guru 60,
-- UU 14/2005) takes that, also without a jenjang; otherwise the jenjang's (58/60/65);
-- unknown (null) without a post or a jenjang. bup_rule says which.
create or replace view v_employees as
with post_rules as (
    select p.position_id, min(b.retirement_age) as retirement_age, min(b.family) as family
    from positions p
    join bup_by_post b
      on fold_name(p.name) = b.name_prefix or starts_with(fold_name(p.name), b.name_prefix || ' ')
    group by all
),
staff as (
    select
        e.nip,
        e.sex,
        e.birth_date,
        e.employee_type,
        e.golongan,
        e.education_level,
        coalesce(e.education_field, ep.field_id) as education_field,
        e.education_program,
        e.position_start,
        e.service_start,
        e.position_id,
        coalesce(p.unit_id, e.unit_id) as unit_id,
        p.position_name,
        p.jenis_jabatan,
        p.level,
        p.eselon,
        p.required_field,
        p.staffing_need,
        coalesce(r.retirement_age, p.retirement_age) as retirement_age,
        case when r.family is not null then r.family when p.retirement_age is not null then 'jenjang' end
            as bup_rule,
        p.default_required_level,
        p.auto_created as position_auto_created
    from employees e
    left join v_positions p using (position_id)
    left join post_rules r using (position_id)
    left join v_education_programs ep on ep.program = e.education_program and e.education_field is null
),
final as (
    select
        s.nip, s.sex, s.birth_date, s.employee_type, s.golongan, s.education_level, s.education_field,
        s.education_program, s.position_start, s.service_start, s.position_id, s.position_name,
        s.unit_id, u.unit_name, u.region_id, u.region_name,
        s.jenis_jabatan, s.level, s.eselon, s.required_field, s.staffing_need, s.retirement_age,
        s.bup_rule, s.default_required_level, s.position_auto_created,
        case
            when s.position_id is null then null
            when s.required_field is null then (case when s.position_auto_created then null else true end)
            else s.education_field = s.required_field
        end as qualification_fit,
        (s.birth_date + to_years(s.retirement_age)) as retirement_date
    from staff s
    join v_units u using (unit_id)
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
        ev.predikat_basis,
        ev.kuadran,
        ev.predikat <= 2 as baik_or_better,
        ev.score,
        ev.score_hasil_kerja,
        ev.score_sikap,
        ev.score_disiplin,
        coalesce(p.position_id, e.position_id) as position_id,
        coalesce(p.unit_id, e.unit_id) as unit_id,
        coalesce(p.unit_name, e.unit_name) as unit_name,
        coalesce(p.region_id, e.region_id) as region_id,
        case when p.position_id is not null then p.jenis_jabatan else e.jenis_jabatan end as jenis_jabatan
    from performance_evaluations ev
    join v_employees e using (nip)
    left join v_positions p on p.position_id = ev.position_id
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

-- Moves and proposals (not appointments) in a year range under the shared
-- filters: region of the post moved into, the unit filter on either side of
-- the move, jenis jabatan of the post moved into.
create or replace macro filtered_moves(p_regions, p_unit_id, p_jenis_jabatan, p_year_from, p_year_to) as table
    select *
    from v_placements
    where move_type <> 'pengangkatan'
      and year between p_year_from and p_year_to
      and (len(p_regions) = 0 or list_contains(p_regions, region_id))
      and (p_unit_id is null or from_unit_id = p_unit_id or to_unit_id = p_unit_id)
      and (p_jenis_jabatan is null or to_jenis_jabatan = p_jenis_jabatan);

-- Every post with its headcount (employees whose current post it is) and the
-- gap to its ABK staffing need (headcount - need; negative = under-staffed).
create or replace view v_post_staffing as
with headcount as (
    select position_id, count(*) as headcount
    from employees
    group by position_id
),
final as (
    select
        p.*,
        coalesce(h.headcount, 0) as headcount,
        coalesce(h.headcount, 0) - p.staffing_need as gap
    from v_positions p
    left join headcount h using (position_id)
)
select * from final;

-- The dashboard's shared filters (regions, unit, jenis jabatan) on any
-- relation that has region_id, unit_id and jenis_jabatan columns (v_employees
-- and the mart_* tables): from sliced('mart_kinerja_monthly', $regions, $unit_id, $jenis_jabatan).
create or replace macro sliced(relation, p_regions, p_unit_id, p_jenis_jabatan) as table
    select *
    from query_table(relation)
    where (len(p_regions) = 0 or list_contains(p_regions, region_id))
      and (p_unit_id is null or unit_id = p_unit_id)
      and (p_jenis_jabatan is null or jenis_jabatan = p_jenis_jabatan);

-- ---------------------------------------------------------------- outcomes (issue #14)
-- Each unit's qualification fit at the end of every quarter from p_from (a date) to p_to:
-- the staff it had then (the post each employee held at the quarter's end, from the
-- executed placements: the post moved into by the latest move up to then, else the post
-- moved out of by the first move after, else the current post; nobody before their
-- service start or their appointment) and how many of them fitted their post (required
-- field none or the employee's education field, as v_employees.qualification_fit).
create or replace macro unit_fit_quarters(p_from, p_to) as table
    with quarters as (
        select unnest(range(date_trunc('quarter', p_from::date), p_to::date + interval 1 day, interval 3 month))::date
            as quarter
    ),
    moves as (
        select nip, effective_date, from_position_id, to_position_id, move_type
        from placements
        where status = 'executed'
    ),
    grid as (
        select e.nip, e.position_id, e.education_field, e.service_start, q.quarter,
            (q.quarter + interval 3 month - interval 1 day)::date as quarter_end
        from v_employees e, quarters q
        where e.service_start is null or e.service_start <= q.quarter + interval 3 month - interval 1 day
    ),
    held as (
        select g.nip, g.quarter, g.education_field,
            case
                when before.nip is not null then before.to_position_id
                when after.nip is not null then after.from_position_id  -- null before an appointment
                else g.position_id
            end as position_id
        from grid g
        asof left join moves before on before.nip = g.nip and g.quarter_end >= before.effective_date
        asof left join moves after on after.nip = g.nip and g.quarter_end < after.effective_date
    )
    select p.region_id, p.unit_id, h.quarter,
        count(*) as staff,
        count(*) filter (where p.required_field is null or p.required_field = h.education_field) as fit
    from held h
    join v_positions p using (position_id)
    group by all;

-- The reform step of each unit in a unit-fit table (query_table: the mart, or the
-- macro's result the demo builder holds): the first quarter its qualification fit rose
-- by at least p_step (a share of its staff, e.g. 0.10 = ten percentage points) against
-- the quarter before, among units with at least p_min_staff staff both quarters. Units
-- without such a quarter have no row.
create or replace macro reform_steps(relation, p_step, p_min_staff) as table
    with fit as (
        select region_id, unit_id, quarter, staff, fit / staff as share,
            lag(fit / staff) over (partition by unit_id order by quarter) as share_before,
            lag(staff) over (partition by unit_id order by quarter) as staff_before,
            lag(quarter) over (partition by unit_id order by quarter) as quarter_before
        from query_table(relation)
    )
    select region_id, unit_id, min(quarter) as step_quarter,
        arg_min(share - share_before, quarter) as fit_rise,
        arg_min(share_before, quarter) as fit_before,
        arg_min(share, quarter) as fit_after
    from fit
    where share - share_before >= p_step and staff >= p_min_staff and staff_before >= p_min_staff
      and quarter_before = quarter - interval 3 month
    group by all;

-- The mutu pelayanan (A-D) of an IKM, read at two decimals (PermenPANRB 14/2017; ikm_mutu).
create or replace macro ikm_mutu(p_ikm) as
    (select mutu from ikm_mutu where round(p_ikm + 1e-9, 2) >= ikm_min order by ikm_min desc limit 1);

-- The units the shared filters select (outcomes are a unit's: jenis jabatan does not apply).
create or replace macro chosen_units(p_regions, p_unit_id) as table
    select unit_id, unit_name, region_id
    from v_units
    where (len(p_regions) = 0 or list_contains(p_regions, region_id))
      and (p_unit_id is null or unit_id = p_unit_id);

-- The counts the public view is made of, per unit (public_units.sql adds them up per unit,
-- public_regions.sql per region): headcount now, PNS; evaluations of p_year (each region's
-- finest period type), how many rated Baik or better, and the evaluation periods; PNS-years
-- of p_year and how many met their 20 JP; the units' mean IKM of p_year; feedback received
-- and resolved in p_year.
create or replace macro public_unit_counts(p_regions, p_unit_id, p_year) as table
    with units as (
        select * from chosen_units(p_regions, p_unit_id)
    ),
    headcount as (
        select unit_id, sum(employees)::bigint as employees,
            coalesce(sum(employees) filter (where employee_type = 'PNS'), 0)::bigint as pns
        from mart_headcount  -- counts, not a row per employee
        group by all
    ),
    rated as (
        select unit_id, sum(evaluations) as evaluations,
            coalesce(sum(evaluations) filter (where predikat <= 2), 0) as rated_baik,
            count(distinct period_start) as periods
        from kinerja_source(p_regions, p_unit_id, null, p_year, p_year)
        group by all
    ),
    jp as (  -- PNS, met pro-rated (counts, not rows)
        select unit_id, sum(staff_years)::bigint as pns_years, sum(met_prorated)::bigint as met
        from mart_jp_counts
        where year = p_year
          and employee_type = 'PNS'
        group by all
    ),
    ikm as (
        select unit_id, avg(ikm) as ikm from service_surveys where year(period_start) = p_year group by all
    ),
    feedback_year as (
        select unit_id, sum(received) as received, sum(resolved) as resolved
        from feedback
        where year(period_start) = p_year
        group by all
    )
    select u.region_id, u.unit_id, u.unit_name, h.employees, h.pns,
        coalesce(r.evaluations, 0) as evaluations, coalesce(r.rated_baik, 0) as rated_baik,
        coalesce(r.periods, 0) as periods, coalesce(j.pns_years, 0) as pns_years, coalesce(j.met, 0) as met,
        i.ikm, coalesce(f.received, 0) as received, coalesce(f.resolved, 0) as resolved
    from units u
    join headcount h using (unit_id)
    left join rated r using (unit_id)
    left join jp j using (unit_id)
    left join ikm i using (unit_id)
    left join feedback_year f using (unit_id);
