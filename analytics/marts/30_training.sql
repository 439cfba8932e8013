-- ----------------------------------------------------------------- training
-- JP per ASN per calendar year in service (zero when untrained), with the
-- year's entitlement: 20 JP for a PNS (PP 11/2017 art. 203(4), at least),
-- 24 JP for a PPPK (PP 49/2018 art. 39, at most, per contract year). Staff
-- appointed during the year (TMT in it) are in service from the TMT month to
-- December: met_prorated holds them to entitlement x months / 12, met to the
-- full entitlement (analytics.training: pro-rate, or show them apart).
create or replace table mart_staff_year_jp as
with staff_years as (
    select
        e.nip, e.region_id, e.unit_id, e.jenis_jabatan, e.employee_type, y.year,
        case when year(e.service_start) = y.year then 13 - month(e.service_start) else 12 end
            as months_in_service
    from v_employees e
    join data_years y on year(e.service_start) <= y.year
),
jp as (
    select nip, year(end_date) as year, sum(jp) as jp
    from trainings
    group by all
),
entitlements as (
    select 'PNS' as employee_type, value as entitlement_jp from settings where key = 'jp_entitlement'
    union all
    select 'PPPK', value from settings where key = 'jp_entitlement_pppk'
),
final as (
    select
        sy.*,
        coalesce(jp.jp, 0) as jp,
        en.entitlement_jp,
        coalesce(jp.jp, 0) >= en.entitlement_jp as met,
        coalesce(jp.jp, 0) >= en.entitlement_jp * sy.months_in_service / 12 as met_prorated
    from staff_years sy
    join entitlements en using (employee_type)
    left join jp using (nip, year)
)
select * from final;

-- The PNS of it, as Ringkasan reads them: met by the default convention (pro-rated).
create or replace table mart_employee_year_jp as
select nip, region_id, unit_id, jenis_jabatan, year, jp, met_prorated as met
from mart_staff_year_jp
where employee_type = 'PNS';

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

-- Training impact. Thresholds of "substantive" training the page offers, and the
-- training that disqualifies a comparison employee whatever the threshold: any of
-- >= 20 JP (or of >= the threshold, when it is lower).
create or replace temp table did_thresholds as
select min_jp, least(min_jp, 20) as control_jp
from (select unnest([10, 20, 40]) as min_jp);

create or replace temp table first_training as
select th.min_jp, t.nip, date_trunc('month', min(t.end_date))::date as t0
from trainings t
join did_thresholds th on t.jp >= th.min_jp
group by all;

-- Per threshold and employee: the month they count as treated (their first
-- training of >= min_jp JP, if no training of >= control_jp came before it: "a
-- first substantive training of at least min_jp JP") and the first month of a
-- training that rules them out as a comparison (first of >= control_jp JP).
create or replace temp table training_events as
select th.min_jp, c.nip,
    case when f.t0 = c.t0 then f.t0 end as treated_month,
    c.t0 as control_until
from did_thresholds th
join first_training c on c.min_jp = th.control_jp
left join first_training f on f.nip = c.nip and f.min_jp = th.min_jp;

-- Monthly evaluations with the post then held, and per outcome (score; hasil
-- kerja Di Atas as 0/1) the mean of the 6 months before and of months +3..+8
-- after each month (computed in numpy by analytics/derived.py into
-- kinerja_windows_raw).
create or replace temp table kinerja_windows as
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

-- The same, one row per outcome with at least 3 months in each window:
-- change = post_mean - pre_mean, and the baseline band of pre_mean (score:
-- <= 75 / 76-90 / > 90; hasil Di Atas: none / under half / half or more of
-- the months before).
create or replace temp view outcome_windows as
with long as (
    select nip, month, region_id, unit_id, jenis_jabatan, required_field, 'score' as outcome,
        score_pre_mean as pre_mean, score_post_mean as post_mean
    from kinerja_windows
    where score_pre_n >= 3 and score_post_n >= 3
    union all
    select nip, month, region_id, unit_id, jenis_jabatan, required_field, 'hasil_di_atas',
        hasil_di_atas_pre_mean, hasil_di_atas_post_mean
    from kinerja_windows
    where hasil_di_atas_pre_n >= 3 and hasil_di_atas_post_n >= 3
),
final as (
    select
        *,
        post_mean - pre_mean as change,
        case
            when outcome = 'score' then
                case when round(pre_mean, 6) < 76 then 1 when round(pre_mean, 6) <= 90 then 2 else 3 end
            else case when pre_mean = 0 then 1 when round(pre_mean, 6) < 0.5 then 2 else 3 end
        end as baseline_band
    from long
)
select * from final;

-- Difference-in-differences cell sums per outcome: change of employees whose
-- first substantive training of >= min_jp JP ended in `month` (treated) and of
-- employees with no training of >= control_jp JP by month + 8 (controls), per
-- slice, baseline band and month. analytics/sql/training_did_cells.sql adds
-- the slices up and keeps cells holding both groups.
create or replace table mart_did_cells as
with labelled as (
    select
        th.min_jp, w.outcome, w.region_id, w.unit_id, w.jenis_jabatan, w.baseline_band, w.month, w.change,
        case
            when e.treated_month = w.month then 1
            when e.control_until is null or e.control_until > w.month + interval 8 month then 0
        end as treated
    from outcome_windows w
    cross join did_thresholds th
    left join training_events e on e.nip = w.nip and e.min_jp = th.min_jp
),
final as (
    select
        min_jp, outcome, region_id, unit_id, jenis_jabatan, baseline_band, month, treated,
        count(*) as n,
        sum(change) as sum_y,
        sum(change * change) as sum_y2
    from labelled
    where treated is not null
    group by all
)
select * from final;

-- Event study: each outcome of trained employees by months since training, and of
-- never-trained employees (no training of >= control_jp JP) by calendar month, per slice.
create or replace temp view monthly_outcomes as
select nip, month, region_id, unit_id, jenis_jabatan, 'score' as outcome, score as y
from kinerja_windows
where score is not null
union all
select nip, month, region_id, unit_id, jenis_jabatan, 'hasil_di_atas', hasil_di_atas
from kinerja_windows
where hasil_di_atas is not null;

create or replace table mart_event_treated as
with final as (
    select
        e.min_jp, m.outcome, m.region_id, m.unit_id, m.jenis_jabatan, m.month,
        datediff('month', e.treated_month, m.month) as rel_month,
        count(*) as n,
        sum(m.y) as sum_y
    from monthly_outcomes m
    join training_events e using (nip)
    where m.month between e.treated_month - interval 12 month and e.treated_month + interval 12 month
    group by all
)
select * from final;

create or replace table mart_event_controls as
with final as (
    select th.min_jp, m.outcome, m.region_id, m.unit_id, m.jenis_jabatan, m.month,
        count(*) as n, sum(m.y) as sum_y
    from monthly_outcomes m
    cross join did_thresholds th
    anti join first_training f on f.nip = m.nip and f.min_jp = th.control_jp
    group by all
)
select * from final;
