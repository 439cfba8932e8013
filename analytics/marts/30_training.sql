-- ----------------------------------------------------------------- training
-- JP per PNS per calendar year in service (zero when untrained).
create or replace table mart_employee_year_jp as
with staff_years as (
    select e.nip, e.region_id, e.unit_id, e.jenis_jabatan, y.year
    from v_employees e
    join data_years y on year(e.service_start) <= y.year
    where e.employee_type = 'PNS'
),
jp as (
    select nip, year(end_date) as year, sum(jp) as jp
    from trainings
    group by all
),
final as (
    select sy.*, coalesce(jp.jp, 0) as jp,
        coalesce(jp.jp, 0) >= (select value from settings where key = 'jp_entitlement') as met
    from staff_years sy
    left join jp using (nip, year)
)
select * from final;

create or replace table mart_training_volume as
with final as (
    select
        year(t.end_date) as year, e.region_id, e.unit_id, e.jenis_jabatan, t.jenis_diklat, t.category,
        count(*) as trainings,
        count(distinct t.nip) as participants,  -- additive across slices: one current post each
        sum(t.jp) as jp_total
    from trainings t
    join v_employees e using (nip)
    group by all
)
select * from final;

-- Training impact. Thresholds of "substantive" training the page offers.
create or replace temp table did_thresholds as
select unnest([10, 20, 40]) as min_jp;

create or replace temp table first_training as
select th.min_jp, t.nip, date_trunc('month', min(t.end_date))::date as t0
from trainings t
join did_thresholds th on t.jp >= th.min_jp
group by all;

-- Monthly scores with the post then held, and the mean of the 6 months
-- before and of months +3..+8 after each month (computed in numpy by
-- analytics/derived.py into kinerja_windows_raw).
create or replace temp table kinerja_windows as
with final as (
    select
        i.nip,
        make_date((w.month_index // 12)::integer, (w.month_index % 12 + 1)::integer, 1) as month,
        p.region_id,
        p.unit_id,
        p.jenis_jabatan,
        w.score,
        w.pre_mean,
        w.pre_n,
        w.post_mean,
        w.post_n
    from kinerja_windows_raw w
    join employee_ids i using (employee_id)
    join position_keys k using (position_key)
    join v_positions p on p.position_id = k.position_id
)
select * from final;

-- Difference-in-differences cell sums: change = post_mean - pre_mean for
-- employees whose first training of >= min_jp JP ended in `month` (treated)
-- and for employees not trained by month + 8 (controls), per slice, baseline
-- band (pre-mean <= 75 / 76-90 / > 90) and month. analytics/sql/training_did_cells.sql
-- adds the slices up and keeps cells holding both groups.
create or replace table mart_did_cells as
with windows as (
    select
        *,
        post_mean - pre_mean as change,
        case when round(pre_mean, 6) < 76 then 1 when round(pre_mean, 6) <= 90 then 2 else 3 end as baseline_band
    from kinerja_windows
    where pre_n >= 3 and post_n >= 3
),
labelled as (
    select
        th.min_jp, w.region_id, w.unit_id, w.jenis_jabatan, w.baseline_band, w.month, w.change,
        case when f.t0 = w.month then 1 when f.t0 is null or f.t0 > w.month + interval 8 month then 0 end as treated
    from windows w
    cross join did_thresholds th
    left join first_training f on f.nip = w.nip and f.min_jp = th.min_jp
),
final as (
    select
        min_jp, region_id, unit_id, jenis_jabatan, baseline_band, month, treated,
        count(*) as n,
        sum(change) as sum_y,
        sum(change * change) as sum_y2
    from labelled
    where treated is not null
    group by all
)
select * from final;

-- Event study: scores of trained employees by months since training, and of
-- never-trained employees by calendar month, per slice.
create or replace table mart_event_treated as
with final as (
    select
        f.min_jp, w.region_id, w.unit_id, w.jenis_jabatan, w.month,
        datediff('month', f.t0, w.month) as rel_month,
        count(*) as n,
        sum(w.score) as sum_score
    from kinerja_windows w
    join first_training f using (nip)
    where w.month between f.t0 - interval 12 month and f.t0 + interval 12 month
    group by all
)
select * from final;

create or replace table mart_event_controls as
with final as (
    select th.min_jp, w.region_id, w.unit_id, w.jenis_jabatan, w.month, count(*) as n, sum(w.score) as sum_score
    from kinerja_windows w
    cross join did_thresholds th
    anti join first_training f on f.nip = w.nip and f.min_jp = th.min_jp
    group by all
)
select * from final;
