-- Codes that loaded imports read from words or other spellings
-- ('DIATAS EKSPEKTASI' -> 1), per import, column and spelling, for checking:
-- the file, the table it went to, when, and how many rows.
with codes as (
    select import_id, column_name, value, code, sum(rows)::bigint as rows
    from import_codes
    group by all
),
final as (
    select
        c.import_id,
        l.file_name,
        l.table_name,
        l.started_at,
        c.column_name,
        c.value,
        c.code,
        c.rows
    from codes c
    join import_log l using (import_id)
    where l.status = 'loaded'
    order by c.import_id desc, c.column_name, c.rows desc, c.value
)
select * from final
