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
grouped as (
    select
        e.region_id,
        date_trunc(s.grain, e.period_start)::date as period,
        any_value(s.period_type) as period_type,
        any_value(s.grain) as grain,
        sum(e.evaluations)::bigint as evaluations,
        sum(e.evaluations) / count(distinct e.period_start) as employees,
        (sum(e.evaluations) filter (where e.hasil_kerja is not null))::bigint as rated,
        sum(e.n_score)::bigint as scored,
        sum(e.evaluations) filter (where e.predikat <= 2) / sum(e.evaluations) as share_baik,
        coalesce(sum(e.evaluations) filter (where e.predikat = 1), 0) / sum(e.evaluations) as share_sangat_baik,
        coalesce(sum(e.evaluations) filter (where e.hasil_kerja = 1), 0)
            / nullif(sum(e.evaluations) filter (where e.hasil_kerja is not null), 0) as share_di_atas,
        sum(e.sum_score) / nullif(sum(e.n_score), 0) as mean_score,
        sum(e.sum_hasil_kerja) / nullif(sum(e.n_hasil_kerja), 0) as mean_hasil_kerja,
        sum(e.sum_sikap) / nullif(sum(e.n_sikap), 0) as mean_sikap,
        sum(e.sum_disiplin) / nullif(sum(e.n_disiplin), 0) as mean_disiplin
    from evaluations e
    join sources s using (region_id)
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
