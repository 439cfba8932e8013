-- What each dashboard page needs, per region of the filters: how many there are
-- (have), how many there should be (total; null where any number will do), the
-- status (ok / partial / missing), how many of the posts lacking it were created
-- from an export, and the template table (data/importing TABLES) and SIASN export
-- that fill the gap. Follows every shared filter, and the year range where the
-- page reads one; with a unit chosen, only that unit's region is listed.
with needs as (
    -- page, its requirements, in the order the page uses them
    select * from (values
        ('ringkasan', 1, 'employees'), ('ringkasan', 2, 'evaluations'),
        ('ringkasan', 3, 'competency_standards'), ('ringkasan', 4, 'competency_assessments'),
        ('ringkasan', 5, 'trainings'), ('ringkasan', 6, 'placements'),
        ('kompetensi', 1, 'competency_standards'), ('kompetensi', 2, 'competency_assessments'),
        ('kompetensi', 3, 'employees_in_post'), ('kompetensi', 4, 'education_fields'),
        ('kinerja', 1, 'evaluations'),
        ('pelatihan', 1, 'trainings'), ('pelatihan', 2, 'periodic_evaluations'),
        ('pelatihan', 3, 'competency_assessments'),
        ('talenta', 1, 'annual_ratings'), ('talenta', 2, 'potential'), ('talenta', 3, 'post_levels'),
        ('kebutuhan', 1, 'staffing_need'), ('kebutuhan', 2, 'employees_in_post'),
        ('kebutuhan', 3, 'post_levels'),
        ('penempatan', 1, 'placements'), ('penempatan', 2, 'periodic_evaluations'),
        ('penempatan', 3, 'competency_standards'), ('penempatan', 4, 'competency_assessments'),
        ('penempatan', 5, 'staffing_need'),
        ('layanan', 1, 'service_surveys'), ('layanan', 2, 'feedback'),
        ('layanan', 3, 'outcome_indicators'), ('layanan', 4, 'education_fields')
    ) t(page, requirement_order, requirement)
),
pages as (
    select * from (values
        ('ringkasan', 1), ('kompetensi', 2), ('kinerja', 3), ('pelatihan', 4),
        ('talenta', 5), ('kebutuhan', 6), ('penempatan', 7), ('layanan', 8)
    ) t(page, page_order)
),
requirements as (
    -- counted: what have/total count; coverage: every one should have it (total given),
    -- presence: any number will do; template: TABLES keys; export: the SIASN download
    select * from (values
        ('employees', 'employees', 'presence', 'employees', 'Data PNS'),
        ('employees_in_post', 'employees', 'coverage', 'positions, employees', 'Data PNS'),
        ('evaluations', 'evaluations', 'presence', 'evaluations', 'riwayat kinerja'),
        ('periodic_evaluations', 'evaluations', 'presence', 'evaluations', 'riwayat kinerja periodik'),
        ('annual_ratings', 'employees', 'coverage', 'evaluations', 'riwayat SKP tahunan'),
        ('competency_standards', 'posts', 'coverage', 'competency_standards', null),
        ('competency_assessments', 'employees', 'coverage', 'assessments', null),
        ('education_fields', 'employees', 'coverage', 'education_mapping, employees', 'Data PNS'),
        ('trainings', 'trainings', 'presence', 'trainings', 'riwayat kursus/diklat'),
        ('potential', 'employees', 'coverage', 'potential', null),
        ('staffing_need', 'posts', 'coverage', 'positions', null),
        ('post_levels', 'employees', 'coverage', 'positions', null),
        ('placements', 'moves', 'presence', 'placements', 'riwayat jabatan'),
        ('service_surveys', 'surveys', 'presence', 'service_surveys', null),
        ('feedback', 'feedback', 'presence', 'feedback', null),
        ('outcome_indicators', 'indicators', 'presence', 'outcome_indicators', null)
    ) t(requirement, counted, kind, template, export)
),
chosen_regions as (
    select region_id, sort_order
    from regions
    where (len($regions) = 0 or list_contains($regions, region_id))
      and ($unit_id is null or region_id = (select region_id from units where unit_id = $unit_id))
),
posts as (
    select position_id, region_id, staffing_need, auto_created
    from sliced('v_positions', $regions, $unit_id, $jenis_jabatan)
),
staff_counts as (
    -- employees counted at refresh per region, unit, jenis jabatan and first year of a
    -- competency and of a potential assessment (mart_staff_counts: a few thousand rows at
    -- any headcount); those assessed by the end of the year range are the rows whose first
    -- year is no later
    select
        region_id,
        sum(employees)::bigint as employees,
        sum(in_post)::bigint as in_post,
        sum(with_level)::bigint as with_level,  -- the post's jenjang gives the BUP
        sum(with_field)::bigint as with_field,  -- from the file or a mapped study programme
        coalesce(sum(employees) filter (where first_assessed_year <= $year_to), 0)::bigint as assessed,
        coalesce(sum(employees) filter (where first_potential_year <= $year_to), 0)::bigint as potential
    from sliced('mart_staff_counts', $regions, $unit_id, $jenis_jabatan)
    group by all
),
evaluated as (
    -- evaluations of every period type (the ratings are what a page needs; a 0-100 score
    -- is optional: a SIASN export has none), and the periodic ones (monthly, quarterly)
    -- that the before/after estimates read
    select
        region_id,
        sum(evaluations)::bigint as evaluations,
        coalesce(sum(evaluations) filter (where period_type <> 'tahunan'), 0)::bigint as periodic
    from sliced('mart_kinerja', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
    group by all
),
annual as (
    -- employees with an annual SKP result the 9-box can read (a hasil kerja rating, or a
    -- PP 46/2011 score) in the years: mart_annual_spans holds, per slice, the span of
    -- years of each employee without a gap (previous_year null) and each year of one with
    -- a gap with the year before it that has a result. An employee has a year in the range
    -- exactly when one of its rows meets the condition below, and then exactly one does
    -- (its first year in the range; see analytics/marts/70_staff.sql), so the sum counts
    -- each such employee once
    select region_id, sum(employees)::bigint as employees
    from sliced('mart_annual_spans', $regions, $unit_id, $jenis_jabatan)
    where from_year <= $year_to and to_year >= $year_from
      and (previous_year is null or previous_year < $year_from)
    group by all
),
post_counts as (
    select
        p.region_id,
        count(*) as posts,
        count(*) filter (where s.position_id is not null) as with_standard,
        count(*) filter (where s.position_id is null and p.auto_created) as auto_without_standard,
        count(p.staffing_need) as with_need,
        count(*) filter (where p.staffing_need is null and p.auto_created) as auto_without_need
    from posts p
    left join (select distinct position_id from competency_standards) s using (position_id)
    group by all
),
trainings as (
    select region_id, sum(trainings)::bigint as trainings
    from sliced('mart_training_volume', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
    group by all
),
moves as (
    select region_id, sum(n)::bigint as moves
    from filtered_move_counts($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
    group by all
),
outcome_rows as (
    -- Layanan Publik: SKM results, community feedback and the units' outcome indicators
    -- of the chosen units whose period starts in the year range
    select u.region_id, o.kind, count(*) as n
    from (
        select unit_id, period_start, 'surveys' as kind from service_surveys
        union all select unit_id, period_start, 'feedback' from feedback
        union all select unit_id, period_start, 'indicators' from outcome_indicators
    ) o
    join units u using (unit_id)
    where year(o.period_start) between $year_from and $year_to
      and ($unit_id is null or o.unit_id = $unit_id)
    group by all
),
outcome_counts as (
    pivot outcome_rows on kind in ('surveys', 'feedback', 'indicators') using sum(n) group by region_id
),
wide as (
    -- one row per region: have_<requirement>, total_<requirement>, auto_<requirement>
    select
        r.region_id,
        coalesce(c.employees, 0) as have_employees, null::bigint as total_employees,
        coalesce(c.in_post, 0) as have_in_post, coalesce(c.employees, 0) as total_in_post,
        coalesce(c.with_level, 0) as have_levels, coalesce(c.employees, 0) as total_levels,
        coalesce(c.with_field, 0) as have_fields, coalesce(c.employees, 0) as total_fields,
        coalesce(m.evaluations, 0) as have_evaluations, null::bigint as total_evaluations,
        coalesce(m.periodic, 0) as have_periodic, null::bigint as total_periodic,
        coalesce(an.employees, 0) as have_annual, coalesce(c.employees, 0) as total_annual,
        coalesce(c.assessed, 0) as have_assessed, coalesce(c.employees, 0) as total_assessed,
        coalesce(c.potential, 0) as have_potential, coalesce(c.employees, 0) as total_potential,
        coalesce(p.with_standard, 0) as have_standards, coalesce(p.posts, 0) as total_standards,
        coalesce(p.with_need, 0) as have_need, coalesce(p.posts, 0) as total_need,
        coalesce(t.trainings, 0) as have_trainings, null::bigint as total_trainings,
        coalesce(mv.moves, 0) as have_moves, null::bigint as total_moves,
        coalesce(oc.surveys, 0)::bigint as have_surveys, null::bigint as total_surveys,
        coalesce(oc.feedback, 0)::bigint as have_feedback, null::bigint as total_feedback,
        coalesce(oc.indicators, 0)::bigint as have_indicators, null::bigint as total_indicators,
        coalesce(p.auto_without_standard, 0) as auto_standards,
        coalesce(p.auto_without_need, 0) as auto_need
    from chosen_regions r
    left join staff_counts c using (region_id)
    left join annual an using (region_id)
    left join evaluated m using (region_id)
    left join post_counts p using (region_id)
    left join trainings t using (region_id)
    left join moves mv using (region_id)
    left join outcome_counts oc using (region_id)
),
counts as (
    select region_id, requirement, have, total,
        case requirement
            when 'competency_standards' then auto_standards
            when 'staffing_need' then auto_need
        end as auto_created
    from wide unpivot include nulls ((have, total) for requirement in (
        (have_employees, total_employees) as employees,
        (have_in_post, total_in_post) as employees_in_post,
        (have_levels, total_levels) as post_levels,
        (have_fields, total_fields) as education_fields,
        (have_evaluations, total_evaluations) as evaluations,
        (have_periodic, total_periodic) as periodic_evaluations,
        (have_annual, total_annual) as annual_ratings,
        (have_assessed, total_assessed) as competency_assessments,
        (have_potential, total_potential) as potential,
        (have_standards, total_standards) as competency_standards,
        (have_need, total_need) as staffing_need,
        (have_trainings, total_trainings) as trainings,
        (have_moves, total_moves) as placements,
        (have_surveys, total_surveys) as service_surveys,
        (have_feedback, total_feedback) as feedback,
        (have_indicators, total_indicators) as outcome_indicators
    ))
),
final as (
    select
        n.page,
        p.page_order,
        n.requirement,
        n.requirement_order,
        c.region_id,
        r.sort_order as region_order,
        case
            when q.kind = 'presence' then (case when c.have > 0 then 'ok' else 'missing' end)
            when c.have = 0 or c.total = 0 then 'missing'
            when c.have < c.total then 'partial'
            else 'ok'
        end as status,
        c.have::bigint as have,
        c.total::bigint as total,
        (c.total - c.have)::bigint as lacking,
        c.auto_created::bigint as auto_created,
        q.counted,
        q.kind,
        q.template,
        q.export
    from needs n
    join pages p using (page)
    join requirements q using (requirement)
    join counts c using (requirement)
    join chosen_regions r using (region_id)
    -- what is missing first, then what is partial; within each in page order
    order by case status when 'missing' then 1 when 'partial' then 2 else 3 end,
        p.page_order, n.requirement_order, r.sort_order, c.region_id
)
select * from final
