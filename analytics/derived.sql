-- Derived tables: rebuilt by analytics.db.refresh_derived() after every
-- data load (demo build, import). They hold work that does not depend on
-- the dashboard's filters, so that metric queries stay fast.

-- Mean monthly score in the 6 months before and in months +3..+8 after each
-- month, per employee: the before/after windows of the training impact
-- estimate (analytics/sql/training_did_cells.sql).
create or replace table kinerja_windows as
with monthly as (
    select
        ev.nip,
        ev.period_start as month,
        year(ev.period_start) * 12 + month(ev.period_start) - 1 as month_index,
        coalesce(ev.position_id, e.position_id) as position_id,
        ev.score
    from performance_evaluations ev
    join employees e using (nip)
    where ev.period_type = 'bulanan' and ev.score is not null
),
final as (
    select
        nip,
        month,
        position_id,
        avg(score) over before_window as pre_mean,
        count(score) over before_window as pre_n,
        avg(score) over after_window as post_mean,
        count(score) over after_window as post_n
    from monthly
    window
        before_window as (partition by nip order by month_index range between 6 preceding and 1 preceding),
        after_window as (partition by nip order by month_index range between 3 following and 8 following)
)
select * from final;
