with final as (
    select region_id, name as region_name
    from regions
    order by case region_id when 'SLT' then 1 when 'JMB' then 2 when 'SWL' then 3 else 4 end
)
select * from final
