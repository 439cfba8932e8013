-- ------------------------------------------------------------------ kinerja windows
-- Months with an evaluation (monthly, or a quarterly one standing for its
-- months) with the post then held, and per outcome (score; hasil kerja Di Atas
-- as 0/1) the mean of the 6 months before and of months +3..+8 after each month
-- (computed in numpy by analytics/derived.py into kinerja_windows_raw). Kept, not
-- temporary: a load of evaluations computes the windows of the employees it touched
-- only and replaces their rows (analytics/incremental.py). Made first and the numpy table
-- dropped at once: at demo scale 30 the competency marts ran out of DuckDB's 2 GB while
-- it was still held.
create or replace table mart_kinerja_windows as
with final as (
    select
        i.nip,
        make_date((w.month_index // 12)::integer, (w.month_index % 12 + 1)::integer, 1) as month,
        p.position_id,
        p.region_id,
        p.unit_id,
        p.jenis_jabatan,
        p.required_field,
        w.* exclude (employee_id, month_index, position_key)
    from kinerja_windows_raw w
    join employee_ids i using (employee_id)
    join position_keys k using (position_key)
    join v_positions p on p.position_id = k.position_id
)
select * from final;

drop table kinerja_windows_raw;
