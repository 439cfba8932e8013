with final as (
    select unit_id, name as unit_name, region_id
    from units
    where list_contains($regions, region_id)
    order by region_id, unit_name
)
select * from final
