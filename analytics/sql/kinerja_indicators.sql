-- What lags, per region and indicator, over the year range (each region's finest period
-- type, kinerja_source): the ratings behind the predikat — hasil kerja and perilaku, share
-- rated Di Atas and Di Bawah Ekspektasi of the rated evaluations — and, where the data
-- have them, the mean 0-100 indicator scores of seed 001 (hasil kerja, sikap, disiplin).
-- An indicator with neither has no row (sikap and disiplin in a ratings-only export).
-- employees = mean rated (or, for an indicator scored only, scored) per evaluation period.
with evaluations as (
    select *
    from kinerja_source($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
),
ratings as (
    select
        region_id,
        r.indicator,
        sum(e.evaluations)::bigint as rated,
        sum(e.evaluations) / count(distinct e.period_start) as employees,
        coalesce(sum(e.evaluations) filter (where r.rating = 1), 0) / sum(e.evaluations) as share_di_atas,
        coalesce(sum(e.evaluations) filter (where r.rating = 3), 0) / sum(e.evaluations) as share_di_bawah
    from evaluations e,
        lateral (values ('hasil_kerja', e.hasil_kerja), ('perilaku', e.perilaku)) r(indicator, rating)
    where r.rating is not null
    group by all
),
scores as (
    select region_id, indicator, n_score, mean_score, n_score / periods as employees
    from (
        select
            region_id,
            count(distinct period_start) as periods,
            sum(n_hasil_kerja) as n_hasil_kerja, sum(sum_hasil_kerja) / nullif(sum(n_hasil_kerja), 0) as hasil_kerja,
            sum(n_sikap) as n_sikap, sum(sum_sikap) / nullif(sum(n_sikap), 0) as sikap,
            sum(n_disiplin) as n_disiplin, sum(sum_disiplin) / nullif(sum(n_disiplin), 0) as disiplin
        from evaluations
        group by region_id
    ) m
    unpivot ((n_score, mean_score) for indicator in (
        (n_hasil_kerja, hasil_kerja) as hasil_kerja, (n_sikap, sikap) as sikap, (n_disiplin, disiplin) as disiplin
    ))
    where n_score > 0
),
final as (
    select
        region_id,
        indicator,
        coalesce(r.rated, 0)::bigint as rated,
        coalesce(r.employees, s.employees) as employees,
        r.share_di_atas,
        r.share_di_bawah,
        coalesce(s.n_score, 0)::bigint as scored,
        s.mean_score
    from ratings r
    full join scores s using (region_id, indicator)
    order by region_order(region_id), region_id,
        case indicator when 'hasil_kerja' then 1 when 'perilaku' then 2 when 'sikap' then 3 else 4 end
)
select * from final
