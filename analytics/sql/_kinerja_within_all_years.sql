-- kinerja_within_trend.sql's estimates when the years cover all of the data's and no
-- jenis jabatan is chosen (the default filters): read from
-- mart_kinerja_within_all_years, which holds them for every region, period type and
-- unit or all units; each region at its finest period type in the slice, as the trends.
with slice as (
    select *
    from mart_kinerja_within_all_years
    where (len($regions) = 0 or list_contains($regions, region_id))
      and by_unit = ($unit_id is not null) and ($unit_id is null or unit_id = $unit_id)
),
rows_ as (
    select *
    from slice
    qualify period_rank(period_type) = min(period_rank(period_type)) over (partition by region_id)
),
final as (
    select
        region_id,
        outcome,
        method,
        period_type,
        estimate,
        se,
        estimate - 1.96 * se as ci_low,
        estimate + 1.96 * se as ci_high,
        employees,
        evaluations
    from rows_
    where estimate is not null
    order by region_order(region_id), region_id,
        case outcome when 'score' then 1 when 'share_baik' then 2 when 'share_sangat_baik' then 3 else 4 end,
        case method when 'pooled' then 1 else 2 end
)
select * from final
