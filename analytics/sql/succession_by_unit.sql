-- Succession pool (9-box boxes $succession_boxes, levels as in talent_grid)
-- per unit against its structural posts (jenis jabatan 1) that are vacant (no
-- holder) or whose holder reaches BUP within $succession_years years of the
-- as-of date: the end of the latest year with annual evaluations (today if
-- there are none). The pool follows all filters; posts follow region and unit
-- only (they are always structural).
with as_of as (
    select coalesce(make_date(max(year), 12, 31), current_date) as as_of_date
    from mart_annual_kinerja
),
levels as (
    select *
    from talent_levels($regions, $unit_id, $jenis_jabatan, $year_from, $year_to, $cut_low, $cut_high)
),
boxes as (
    select unnest(b) from unnest($boxes) t(b)
),
pool as (
    select l.region_id, l.unit_id, count(*) as pool
    from levels l
    join boxes b using (kinerja_level, potensi_level)
    where list_contains($succession_boxes, b.box)
    group by all
),
posts as (
    select p.region_id, p.unit_id, p.position_id
    from sliced('v_positions', $regions, $unit_id, null) p
    where p.jenis_jabatan = 1
),
holders as (
    select e.position_id, count(*) as holders, min(e.retirement_date) as first_retirement
    from v_employees e
    semi join posts p on p.position_id = e.position_id
    group by e.position_id
),
post_status as (
    select
        p.region_id,
        p.unit_id,
        coalesce(h.holders, 0) = 0 as vacant,
        coalesce(h.holders, 0) > 0
            and h.first_retirement <= (select as_of_date from as_of) + to_years($succession_years) as retiring
    from posts p
    left join holders h using (position_id)
),
post_counts as (
    select
        region_id,
        unit_id,
        count(*) as structural_posts,
        count(*) filter (where vacant) as vacant,
        count(*) filter (where retiring) as retiring
    from post_status
    group by all
),
final as (
    select
        coalesce(c.region_id, o.region_id) as region_id,
        coalesce(c.unit_id, o.unit_id) as unit_id,
        u.name as unit_name,
        coalesce(o.pool, 0) as pool,
        coalesce(c.structural_posts, 0) as structural_posts,
        coalesce(c.vacant, 0) as vacant,
        coalesce(c.retiring, 0) as retiring,
        coalesce(c.vacant, 0) + coalesce(c.retiring, 0) as posts_to_fill,
        coalesce(o.pool, 0) / nullif(coalesce(c.vacant, 0) + coalesce(c.retiring, 0), 0) as pool_per_post,
        (select as_of_date from as_of) as as_of_date
    from post_counts c
    full join pool o using (region_id, unit_id)
    join units u on u.unit_id = coalesce(c.unit_id, o.unit_id)
    order by posts_to_fill desc, pool_per_post nulls first, unit_id
)
select * from final
