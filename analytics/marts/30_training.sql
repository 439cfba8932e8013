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

-- mart_employee_year_jp (its PNS rows, a row per employee-year) is left in a database
-- made by older code: the pages read the counts below (mart_jp_values, mart_jp_counts).
drop table if exists mart_employee_year_jp;

-- The same employee-years as value counts per slice (region, unit, jenis jabatan),
-- employee type, year, whether the year was a full one in service (full_year:
-- months_in_service = 12) and JP: how many (staff_years), and how many of them met
-- the full (met) and the pro-rated entitlement (met_prorated). Means and medians of
-- JP over any filter come from these (analytics/sql/jp_entitlement.sql) instead of a
-- row per employee-year; a few hundred JP values a slice at most.
create or replace table mart_jp_values as
with final as (
    select
        region_id, unit_id, jenis_jabatan, employee_type, year,
        months_in_service = 12 as full_year,
        jp,
        any_value(entitlement_jp) as entitlement_jp,  -- one per employee type
        count(*) as staff_years,
        count(*) filter (where met) as met,
        count(*) filter (where met_prorated) as met_prorated
    from mart_staff_year_jp
    group by all
)
select * from final;

-- Those counts over JP values: the employee-years per slice, employee type, year and
-- full_year, their JP summed, and how many met the full and the pro-rated entitlement.
-- What a page adds up per unit or region (analytics/sql/jp_by_unit.sql).
create or replace table mart_jp_counts as
with final as (
    select
        region_id, unit_id, jenis_jabatan, employee_type, year, full_year,
        sum(staff_years)::bigint as staff_years,
        sum(jp * staff_years) as jp_sum,
        sum(met)::bigint as met,
        sum(met_prorated)::bigint as met_prorated
    from mart_jp_values
    group by all
)
select * from final;

-- The employees behind those employee-years, counted per slice and employee type by
-- the first year each can have a row: mart_staff_year_jp has a row for every data
-- year from the TMT year on (start_year), and a full year in service (months 12) for
-- every data year from full_year_from on (the TMT year if appointed in January, else
-- the next). One current post each, so an employee is in one slice for all years. How
-- many distinct employees have a row in a year range, from counts: see jp_by_unit.sql.
-- Not of the data's years, so a new year leaves it as it is.
create or replace table mart_jp_starts as
with final as (
    select
        region_id, unit_id, jenis_jabatan, employee_type,
        year(service_start) as start_year,
        year(service_start) + (month(service_start) > 1)::integer as full_year_from,
        count(*) as employees
    from v_employees
    where service_start is not null
    group by all
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

-- Training impact. Thresholds of "substantive" training the page offers: 10, 20
-- (default) and 40 JP. Per employee the end month of their first training of
-- >= 10, >= 20 and >= 40 JP. Treated at a threshold: the month of the first
-- training of at least that many JP, if no training of >= 20 JP (or of >= the
-- threshold, when it is lower) came before it ("a first substantive training of
-- at least min_jp JP"); a comparison: no training of >= 20 JP (>= 10 at the 10
-- JP threshold) up to month + 8, whatever the threshold.
create or replace temp table first_training as
select
    nip,
    date_trunc('month', min(end_date) filter (where jp >= 10))::date as t10,
    date_trunc('month', min(end_date) filter (where jp >= 20))::date as t20,
    date_trunc('month', min(end_date) filter (where jp >= 40))::date as t40
from trainings
where jp >= 10
group by all;

-- The kinerja windows (mart_kinerja_windows, 05_windows.sql), one row per outcome with
-- at least 3 months in each window:
-- change = post_mean - pre_mean, and the baseline band of pre_mean (score:
-- <= 75 / 76-90 / > 90; hasil Di Atas: none / under half / half or more of
-- the months before).
create or replace temp view outcome_windows as
with long as (
    select nip, month, region_id, unit_id, jenis_jabatan, required_field, 'score' as outcome,
        score_pre_mean as pre_mean, score_post_mean as post_mean
    from mart_kinerja_windows
    where score_pre_n >= 3 and score_post_n >= 3
    union all
    select nip, month, region_id, unit_id, jenis_jabatan, required_field, 'hasil_di_atas',
        hasil_di_atas_pre_mean, hasil_di_atas_post_mean
    from mart_kinerja_windows
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

-- Difference-in-differences cell sums per threshold and outcome: change of
-- the treated in their month and of the comparisons (see first_training), per
-- slice, baseline band and month, in one pass over the windows (the comparisons
-- at 40 JP are those at 20). analytics/sql/training_did_cells.sql adds the
-- slices up.
create or replace table mart_did_cells as
with labelled as (
    select
        o.outcome, o.region_id, o.unit_id, o.jenis_jabatan, o.baseline_band, o.month, o.change,
        coalesce(f.t10 = o.month, false) as treated_10,
        coalesce(f.t20 = o.month, false) as treated_20,
        coalesce(f.t40 = o.month and f.t40 = f.t20, false) as treated_40,
        f.t10 is null or f.t10 > o.month + interval 8 month as control_10,
        f.t20 is null or f.t20 > o.month + interval 8 month as control_20
    from outcome_windows o
    left join first_training f using (nip)
),
sums as (
    select
        outcome, region_id, unit_id, jenis_jabatan, baseline_band, month,
        count(*) filter (where treated_10) as n_t10,
        sum(change) filter (where treated_10) as s_t10,
        sum(change * change) filter (where treated_10) as q_t10,
        count(*) filter (where treated_20) as n_t20,
        sum(change) filter (where treated_20) as s_t20,
        sum(change * change) filter (where treated_20) as q_t20,
        count(*) filter (where treated_40) as n_t40,
        sum(change) filter (where treated_40) as s_t40,
        sum(change * change) filter (where treated_40) as q_t40,
        count(*) filter (where control_10) as n_c10,
        sum(change) filter (where control_10) as s_c10,
        sum(change * change) filter (where control_10) as q_c10,
        count(*) filter (where control_20) as n_c20,
        sum(change) filter (where control_20) as s_c20,
        sum(change * change) filter (where control_20) as q_c20
    from labelled
    group by all
),
long as (
    select 10 as min_jp, 1 as treated, n_t10 as n, s_t10 as sum_y, q_t10 as sum_y2, * from sums
    union all select 20, 1, n_t20, s_t20, q_t20, * from sums
    union all select 40, 1, n_t40, s_t40, q_t40, * from sums
    union all select 10, 0, n_c10, s_c10, q_c10, * from sums
    union all select 20, 0, n_c20, s_c20, q_c20, * from sums
    union all select 40, 0, n_c20, s_c20, q_c20, * from sums
),
final as (
    select min_jp, outcome, region_id, unit_id, jenis_jabatan, baseline_band, month, treated, n, sum_y, sum_y2
    from long
    where n > 0
)
select * from final;

-- Event study: each outcome of trained employees by months since training, and of
-- never-trained employees (no training of >= 20 JP; >= 10 at the 10 JP threshold)
-- by calendar month, per slice.
create or replace temp view monthly_outcomes as
select nip, month, region_id, unit_id, jenis_jabatan, 'score' as outcome, score as y
from mart_kinerja_windows
where score is not null
union all
select nip, month, region_id, unit_id, jenis_jabatan, 'hasil_di_atas', hasil_di_atas
from mart_kinerja_windows
where hasil_di_atas is not null;

create or replace table mart_event_treated as
with events as (
    select 10 as min_jp, nip, t10 as treated_month from first_training where t10 is not null
    union all
    select 20, nip, t20 from first_training where t20 is not null
    union all
    select 40, nip, t40 from first_training where t40 = t20
),
final as (
    select
        e.min_jp, m.outcome, m.region_id, m.unit_id, m.jenis_jabatan, m.month,
        datediff('month', e.treated_month, m.month) as rel_month,
        count(*) as n,
        sum(m.y) as sum_y
    from monthly_outcomes m
    join events e using (nip)
    where m.month between e.treated_month - interval 12 month and e.treated_month + interval 12 month
    group by all
)
select * from final;

create or replace table mart_event_controls as
with sums as (
    select
        m.outcome, m.region_id, m.unit_id, m.jenis_jabatan, m.month,
        count(*) filter (where f.t10 is null) as n10,
        sum(m.y) filter (where f.t10 is null) as s10,
        count(*) filter (where f.t20 is null) as n20,
        sum(m.y) filter (where f.t20 is null) as s20
    from monthly_outcomes m
    left join first_training f using (nip)
    group by all
),
long as (
    select 10 as min_jp, n10 as n, s10 as sum_y, * from sums
    union all select 20, n20, s20, * from sums
    union all select 40, n20, s20, * from sums
),
final as (
    select min_jp, outcome, region_id, unit_id, jenis_jabatan, month, n, sum_y
    from long
    where n > 0
)
select * from final;
