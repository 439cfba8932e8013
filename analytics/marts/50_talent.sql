-- ------------------------------------------------------------------ talent
-- Annual (tahunan) SKP results (Kualitas Data's page_readiness counts the employees with
-- one): the hasil kerja rating, the score only for a PP 46/2011 score-only row.
create or replace table mart_annual_kinerja as
with final as (
    select nip, year(period_start) as year, period_start, hasil_kerja, perilaku, predikat, predikat_basis, score
    from performance_evaluations
    where period_type = 'tahunan'
)
select * from final;

-- The 9-box (PermenPANRB 3/2020) levels, computed once per employee and as-of year and
-- counted: for every as-of year (the filter's year_to) from the first to the last year of
-- an annual result or a potential assessment, each employee's latest annual SKP result
-- up to the end of that year (its year kinerja_year: the filter's year range holds it when
-- kinerja_year >= year_from) and latest potential score up to the end of that year, sliced
-- by the current post. Employees lacking either are left out. The kinerja level is the
-- hasil kerja rating (level 4 - hasil_kerja); only a score-only row keeps its score
-- (kinerja_score, hasil_kerja null). The potential score is kept as it is, one row per
-- distinct value: the cut-offs are query parameters (the page's number inputs, default
-- the talent_cut_* settings), so any cut-off is a sum over these rows and changing one
-- needs no rebuild (talent_counts below). Integer employee keys, no NIP.
create or replace table mart_talent_bins as
with staff as (
    select i.employee_id, e.region_id, e.unit_id, e.jenis_jabatan
    from v_employees e
    join employee_ids i using (nip)
),
annual as (
    select i.employee_id, year(k.period_start) as year, k.period_start, k.hasil_kerja, k.score
    from performance_evaluations k
    join employee_ids i using (nip)
    where k.period_type = 'tahunan' and (k.hasil_kerja is not null or k.score is not null)
),
potensi as (
    select i.employee_id, year(pa.assessed_on) as year, pa.assessed_on, pa.potential_score
    from potential_assessments pa
    join employee_ids i using (nip)
),
as_of_years as (
    select range::integer as as_of_year
    from (select min(year) as first_year, max(year) as last_year from (
            select year from annual
            union all
            select year from potensi
        )),
        range(first_year, last_year + 1)
),
latest_annual as (
    select y.as_of_year, a.employee_id, a.year as kinerja_year, a.hasil_kerja, a.score
    from as_of_years y
    join annual a on a.year <= y.as_of_year
    qualify row_number() over (partition by y.as_of_year, a.employee_id order by a.period_start desc) = 1
),
latest_potensi as (
    select y.as_of_year, p.employee_id, arg_max(p.potential_score, p.assessed_on) as potensi_score
    from as_of_years y
    join potensi p on p.year <= y.as_of_year
    group by all
),
final as (
    select
        k.as_of_year,
        k.kinerja_year,
        s.region_id,
        s.unit_id,
        s.jenis_jabatan,
        k.hasil_kerja,                                              -- null: a score-only row
        case when k.hasil_kerja is null then k.score end as kinerja_score,
        p.potensi_score,
        count(*) as employees
    from latest_annual k
    join latest_potensi p using (as_of_year, employee_id)
    join staff s using (employee_id)
    group by all
    order by all
)
select * from final;

-- Structural posts (jenis jabatan 1), the succession pool's side of Talenta
-- (succession_units below): holders now and the earliest BUP date among them.
create or replace table mart_succession_posts as
with posts as (
    select position_id, region_id, unit_id, jenis_jabatan
    from v_positions
    where jenis_jabatan = 1
),
holders as (
    select e.position_id, count(*) as holders, min(e.retirement_date) as first_retirement
    from v_employees e
    semi join posts p using (position_id)
    group by e.position_id
),
final as (
    select p.region_id, p.unit_id, p.jenis_jabatan, p.position_id,
        coalesce(h.holders, 0) as holders, h.first_retirement
    from posts p
    left join holders h using (position_id)
    order by p.region_id, p.unit_id, p.position_id
)
select * from final;

-- The date retirement and succession counts are taken at: 31 December of the latest year
-- with any evaluation (monthly, quarterly or annual, with or without a score); today if
-- there are none. One definition for Kebutuhan (retirements_by_*) and Talenta
-- (succession_units); here, because a macro without parameters is bound when it is
-- created, and the mart must exist by then.
create or replace macro as_of_date() as table
    select coalesce(make_date(max(year), 12, 31), current_date) as as_of_date
    from mart_kinerja;

-- talent_levels, the per-employee macro that talent_counts replaces (views.sql had it),
-- is left in a database made by older code.
drop macro table if exists talent_levels;

-- 9-box levels (1 rendah/di bawah, 2 menengah/sesuai, 3 tinggi/di atas), counted per
-- region, unit, level pair and kinerja basis (PermenPANRB 3/2020), from mart_talent_bins
-- (above; the macro is here, not in views.sql, because DuckDB binds its body when it is
-- created, so the mart must exist by then). Kinerja: the employee's latest annual
-- (tahunan) SKP result within the year range (the latest up to the end of p_year_to, if
-- its year is p_year_from or later), read from its hasil kerja rating (Di Atas 3, Sesuai
-- 2, Di Bawah 1), not from
-- cut-offs on a score; only a row without ratings (a PP 46/2011 score-only row of an older
-- export) falls back to its score against the cut-offs (kinerja_basis 'score' instead of
-- 'rating'). Potensi: the latest potential score up to the end of p_year_to; a score <=
-- p_cut_low is level 1, <= p_cut_high level 2, else 3. Employees lacking either are left
-- out. A p_year_to past the mart's last as-of year reads that year (nothing is newer).
create or replace macro talent_counts(
    p_regions, p_unit_id, p_jenis_jabatan, p_year_from, p_year_to, p_cut_low, p_cut_high
) as table
    select
        region_id,
        unit_id,
        case
            when hasil_kerja is not null then 4 - hasil_kerja
            when kinerja_score <= p_cut_low then 1
            when kinerja_score <= p_cut_high then 2
            else 3
        end as kinerja_level,
        case when hasil_kerja is not null then 'rating' else 'score' end as kinerja_basis,
        case when potensi_score <= p_cut_low then 1 when potensi_score <= p_cut_high then 2 else 3 end
            as potensi_level,
        sum(employees)::bigint as employees
    from sliced('mart_talent_bins', p_regions, p_unit_id, p_jenis_jabatan)
    where as_of_year = (select least(p_year_to, max(as_of_year)) from mart_talent_bins)
      and kinerja_year >= p_year_from
    group by all;

-- Succession per unit: the pool (employees in the boxes p_succession_boxes of
-- the 9-box, levels as in talent_counts) against the unit's structural posts
-- (mart_succession_posts) that are vacant (no holder) or whose holder reaches BUP within
-- p_succession_years of the as-of date (as_of_date(): 31 December of the latest year
-- with any evaluation, scored or not; today if there are none). The pool follows all filters; the
-- posts follow region and unit only (they are always structural).
create or replace macro succession_units(
    p_regions, p_unit_id, p_jenis_jabatan, p_year_from, p_year_to, p_cut_low, p_cut_high,
    p_boxes, p_succession_boxes, p_succession_years
) as table
    with as_of as (
        select as_of_date from as_of_date()
    ),
    boxes as (
        select unnest(b) from unnest(p_boxes) t(b)
    ),
    pool as (
        select l.region_id, l.unit_id, sum(l.employees)::bigint as pool
        from talent_counts(p_regions, p_unit_id, p_jenis_jabatan, p_year_from, p_year_to, p_cut_low, p_cut_high) l
        join boxes b using (kinerja_level, potensi_level)
        where list_contains(p_succession_boxes, b.box)
        group by all
    ),
    post_counts as (
        select
            p.region_id,
            p.unit_id,
            count(*) as structural_posts,
            count(*) filter (where p.holders = 0) as vacant,
            count(*) filter (
                where p.holders > 0
                  and p.first_retirement <= (select as_of_date from as_of) + to_years(p_succession_years)
            ) as retiring
        from sliced('mart_succession_posts', p_regions, p_unit_id, null) p
        group by all
    )
    select
        coalesce(c.region_id, o.region_id) as region_id,
        coalesce(c.unit_id, o.unit_id) as unit_id,
        coalesce(o.pool, 0) as pool,
        coalesce(c.structural_posts, 0) as structural_posts,
        coalesce(c.vacant, 0) as vacant,
        coalesce(c.retiring, 0) as retiring,
        (select as_of_date from as_of) as as_of_date
    from post_counts c
    full join pool o using (region_id, unit_id);
