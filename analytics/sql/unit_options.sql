with final as (
    select u.unit_id, u.name as unit_name, u.region_id
    from units u
    join regions r using (region_id)
    where (len($regions) = 0 or list_contains($regions, u.region_id))
    order by r.sort_order, u.region_id, unit_name
)
select * from final
