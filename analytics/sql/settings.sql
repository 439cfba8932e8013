-- The named constants of the settings table (analytics/reference.py SETTINGS; an
-- administrator may change a value in the database file, where it stays until the
-- reference tables are loaded again).
with final as (
    select key, value, note
    from settings
    order by key
)
select * from final
