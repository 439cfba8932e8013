-- Per region and period ($grain: month, quarter, year): the share rated Baik or better,
-- Sangat Baik, and hasil kerja Di Atas (of the rated evaluations), and where the data
-- have scores the mean score and the three indicators (null without). Every period type
-- counts: each region's finest (kinerja_source: bulanan, else triwulan, else tahunan;
-- period_type says which), grouped at $grain or, where the region's period type is
-- coarser, at that (grain says which). employees = mean number evaluated per evaluation
-- period (month, quarter or year) in the period.
with evaluations as (
    select *
    from kinerja_source($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
),
sources as (
    select
        region_id,
        any_value(period_type) as period_type,
        effective_grain($grain, any_value(period_rank)) as grain
    from evaluations
    group by region_id
),
periods as (  -- per region, period and evaluation period (one month, quarter or year)
    select
        e.region_id,
        case s.grain  -- a constant part each: date_trunc with a part per row is slow
            when 'month' then date_trunc('month', e.period_start)
            when 'quarter' then date_trunc('quarter', e.period_start)
            else date_trunc('year', e.period_start)
        end::date as period,
        e.period_start,
        any_value(s.period_type) as period_type,
        any_value(s.grain) as grain,
        sum(e.evaluations) as evaluations,
        sum(e.evaluations) filter (where e.hasil_kerja is not null) as rated,
        sum(e.evaluations) filter (where e.predikat <= 2) as baik,
        sum(e.evaluations) filter (where e.predikat = 1) as sangat_baik,
        sum(e.evaluations) filter (where e.hasil_kerja = 1) as di_atas,
        sum(e.n_score) as n_score,
        sum(e.sum_score) as sum_score,
        sum(e.n_hasil_kerja) as n_hasil_kerja,
        sum(e.sum_hasil_kerja) as sum_hasil_kerja,
        sum(e.n_sikap) as n_sikap,
        sum(e.sum_sikap) as sum_sikap,
        sum(e.n_disiplin) as n_disiplin,
        sum(e.sum_disiplin) as sum_disiplin
    from evaluations e
    join sources s using (region_id)
    group by all
),
grouped as (
    select
        region_id,
        period,
        any_value(period_type) as period_type,
        any_value(grain) as grain,
        sum(evaluations)::bigint as evaluations,
        sum(evaluations) / count(*) as employees,  -- count(*): the evaluation periods
        sum(rated)::bigint as rated,
        sum(n_score)::bigint as scored,
        sum(baik) / sum(evaluations) as share_baik,
        coalesce(sum(sangat_baik), 0) / sum(evaluations) as share_sangat_baik,
        coalesce(sum(di_atas), 0) / nullif(sum(rated), 0) as share_di_atas,
        sum(sum_score) / nullif(sum(n_score), 0) as mean_score,
        sum(sum_hasil_kerja) / nullif(sum(n_hasil_kerja), 0) as mean_hasil_kerja,
        sum(sum_sikap) / nullif(sum(n_sikap), 0) as mean_sikap,
        sum(sum_disiplin) / nullif(sum(n_disiplin), 0) as mean_disiplin
    from periods
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select
        region_id, period, period_type, grain, evaluations, employees, rated, scored,
        coalesce(share_baik, 0) as share_baik, share_sangat_baik, share_di_atas,
        mean_score, mean_hasil_kerja, mean_sikap, mean_disiplin
    from grouped
    order by region_order(region_id), region_id, period
)
select * from final
