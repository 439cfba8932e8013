-- Every region in display order (sort_order: set when the region was created, so
-- a region keeps its place and colour when others are added).
with final as (
    select region_id, name as region_name, sort_order
    from regions
    order by sort_order, region_id
)
select * from final
