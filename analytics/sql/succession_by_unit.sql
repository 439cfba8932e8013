-- Succession pool (9-box boxes $succession_boxes, levels as in talent_grid)
-- per unit against its structural posts (jenis jabatan 1) that are vacant (no
-- holder) or whose holder reaches BUP within $succession_years years of the
-- as-of date: the end of the latest year with any evaluation, scored or not (today if
-- there are none). The pool follows all filters; posts follow region and unit
-- only (they are always structural).
with units_ as (
    select *
    from succession_units($regions, $unit_id, $jenis_jabatan, $year_from, $year_to, $cut_low, $cut_high, $boxes, $succession_boxes, $succession_years)
),
final as (
    select
        s.region_id,
        s.unit_id,
        u.name as unit_name,
        s.pool,
        s.structural_posts,
        s.vacant,
        s.retiring,
        s.vacant + s.retiring as posts_to_fill,
        s.pool / nullif(s.vacant + s.retiring, 0) as pool_per_post,
        s.as_of_date
    from units_ s
    join units u using (unit_id)
    order by posts_to_fill desc, pool_per_post nulls first, s.unit_id
)
select * from final
