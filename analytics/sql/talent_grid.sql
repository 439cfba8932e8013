-- 9-box (PermenPANRB 3/2020) per region: the kinerja level is each employee's latest
-- annual (tahunan) SKP result within the year range — its hasil kerja rating (Di Atas,
-- Sesuai, Di Bawah Ekspektasi) — or, for a PP 46/2011 score-only row, its score against
-- the cut-offs (the labelled fallback; by_score counts them per region); the potensi
-- level is the latest potential score up to the end of $year_to: <= $cut_low level 1,
-- <= $cut_high level 2, else 3. Every box is listed (zeros too); shares sum to 1 per region.
-- The levels come counted from mart_talent_bins (talent_counts in analytics/marts/50_talent.sql).
with levels as (
    select *
    from talent_counts($regions, $unit_id, $jenis_jabatan, $year_from, $year_to, $cut_low, $cut_high)
),
counts as (
    select region_id, kinerja_level, potensi_level, sum(employees)::bigint as employees
    from levels
    group by all
),
bases as (
    select
        region_id,
        coalesce(sum(employees) filter (where kinerja_basis = 'rating'), 0)::bigint as by_rating,
        coalesce(sum(employees) filter (where kinerja_basis = 'score'), 0)::bigint as by_score
    from levels
    group by all
),
boxes as (
    select unnest(b) from unnest($boxes) t(b)
),
cells as (
    select r.region_id, b.*
    from (select distinct region_id from levels) r
    cross join boxes b
),
final as (
    select
        c.region_id,
        c.box,
        c.kinerja_level,
        c.potensi_level,
        coalesce(n.employees, 0) as employees,
        coalesce(n.employees, 0) / sum(coalesce(n.employees, 0)) over (partition by c.region_id) as share,
        sum(coalesce(n.employees, 0)) over (partition by c.region_id) as assessed,
        list_contains($succession_boxes, c.box) as succession_pool,
        c.recommendation_id,
        c.recommendation_en,
        b.by_rating,
        b.by_score
    from cells c
    left join counts n using (region_id, kinerja_level, potensi_level)
    join bases b using (region_id)
    order by region_order(c.region_id), c.region_id, c.box
)
select * from final
