with final as (
    select key, value from dataset_info
)
select * from final
