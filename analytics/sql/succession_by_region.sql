-- Succession pool (9-box boxes $succession_boxes, levels as in talent_grid)
-- per region against its structural posts (jenis jabatan 1) that are vacant (no
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
        region_id,
        sum(pool)::bigint as pool,
        sum(structural_posts)::bigint as structural_posts,
        sum(vacant)::bigint as vacant,
        sum(retiring)::bigint as retiring,
        sum(vacant + retiring)::bigint as posts_to_fill,
        sum(pool) / nullif(sum(vacant + retiring), 0) as pool_per_post,
        any_value(as_of_date) as as_of_date
    from units_
    group by region_id
    order by region_order(region_id), region_id
)
select * from final
