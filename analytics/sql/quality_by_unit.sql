-- Per region and unit: what is missing or doubtful in the data. Employees are
-- counted in their current unit (their post's, else the unit an export gave an
-- employee without a post). The latest period of a region is the latest period of
-- its finest period type: its latest month with monthly (bulanan) evaluations, else
-- its latest quarter (triwulan), else its latest year (tahunan); an employee counts as
-- evaluated when their latest evaluation of that type is of that period or later (one
-- of a later period was made in another region's post, whose data run longer). A NIP
-- disagrees when its digits 1-8 (YYYYMMDD) are not the birth date, or digit 15 (1 L,
-- 2 P) not the sex: a warning, the rows are loaded. Follows the
-- region and unit filters only (not the years: the latest period; not jenis
-- jabatan: employees without a post have none). The per-employee checks are made at
-- refresh (mart_staff) and counted there per unit (mart_staff_counts).
with chosen_units as (
    select unit_id, unit_name, region_id, auto_created
    from v_units
    where (len($regions) = 0 or list_contains($regions, region_id))
      and ($unit_id is null or unit_id = $unit_id)
),
finest as (  -- each region's finest period type: bulanan, else triwulan, else tahunan
    select region_id, min(period_rank(period_type)) as period_rank
    from mart_kinerja
    group by all
),
latest_periods as (
    select m.region_id, any_value(m.period_type) as period_type, max(m.period_start) as period_start
    from mart_kinerja m
    join finest f on f.region_id = m.region_id and period_rank(m.period_type) = f.period_rank
    group by all
),
latest as (
    select r.region_id, l.period_type as latest_period_type, l.period_start as latest_period_start
    from regions r
    left join latest_periods l using (region_id)
),
staff_counts as (
    -- employees counted at refresh per unit, jenis jabatan and first years of a competency
    -- and a potential assessment (mart_staff_counts: a few thousand rows at any headcount)
    select
        unit_id,
        sum(employees)::bigint as employees,
        (sum(employees) - sum(in_post))::bigint as without_post,
        (sum(employees) - sum(evaluated))::bigint as employees_without_latest_evaluation,
        (sum(employees) - sum(trained))::bigint as employees_without_training,
        coalesce(sum(employees) filter (where first_assessed_year is null), 0)::bigint
            as employees_without_assessment,
        coalesce(sum(employees) filter (where first_potential_year is null), 0)::bigint
            as employees_without_potential,
        sum(birth_mismatch)::bigint as nip_birth_mismatch,
        sum(sex_mismatch)::bigint as nip_sex_mismatch
    from mart_staff_counts
    semi join chosen_units using (unit_id)
    group by all
),
post_counts as (
    select
        p.unit_id,
        count(*) as posts,
        count(*) filter (where p.auto_created) as posts_auto_created,
        count(*) filter (where p.staffing_need is null) as posts_without_need,
        count(*) filter (where p.position_id not in (select position_id from competency_standards))
            as posts_without_standard,
        count(*) filter (where p.level is null) as posts_without_level
    from v_positions p
    semi join chosen_units using (unit_id)
    group by all
),
final as (
    select
        u.region_id,
        r.name as region_name,
        u.unit_id,
        u.unit_name,
        u.auto_created as unit_auto_created,
        coalesce(s.employees, 0) as employees,
        coalesce(s.without_post, 0) as without_post,
        coalesce(p.posts, 0) as posts,
        coalesce(p.posts_auto_created, 0) as posts_auto_created,
        coalesce(p.posts_without_need, 0) as posts_without_need,
        coalesce(p.posts_without_standard, 0) as posts_without_standard,
        coalesce(p.posts_without_level, 0) as posts_without_level,
        l.latest_period_type,
        l.latest_period_start,
        coalesce(s.employees_without_latest_evaluation, 0) as employees_without_latest_evaluation,
        coalesce(s.employees_without_training, 0) as employees_without_training,
        coalesce(s.employees_without_assessment, 0) as employees_without_assessment,
        coalesce(s.employees_without_potential, 0) as employees_without_potential,
        coalesce(s.nip_birth_mismatch, 0) as nip_birth_mismatch,
        coalesce(s.nip_sex_mismatch, 0) as nip_sex_mismatch
    from chosen_units u
    join regions r using (region_id)
    left join latest l using (region_id)
    left join staff_counts s using (unit_id)
    left join post_counts p using (unit_id)
    where coalesce(s.employees, 0) > 0 or coalesce(p.posts, 0) > 0
    order by r.sort_order, u.region_id, u.unit_name, u.unit_id
)
select * from final
