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
per_period as (  -- per region and evaluation period (count(*) below counts the periods)
    select
        region_id,
        period_start,
        sum(evaluations) filter (where hasil_kerja is not null) as hasil_kerja_rated,
        sum(evaluations) filter (where hasil_kerja = 1) as hasil_kerja_di_atas,
        sum(evaluations) filter (where hasil_kerja = 3) as hasil_kerja_di_bawah,
        sum(evaluations) filter (where perilaku is not null) as perilaku_rated,
        sum(evaluations) filter (where perilaku = 1) as perilaku_di_atas,
        sum(evaluations) filter (where perilaku = 3) as perilaku_di_bawah,
        sum(n_hasil_kerja) as n_hasil_kerja,
        sum(sum_hasil_kerja) as sum_hasil_kerja,
        sum(n_sikap) as n_sikap,
        sum(sum_sikap) as sum_sikap,
        sum(n_disiplin) as n_disiplin,
        sum(sum_disiplin) as sum_disiplin
    from evaluations
    group by region_id, period_start
),
ratings as (
    select
        region_id,
        r.indicator,
        sum(r.rated)::bigint as rated,
        sum(r.rated) / count(*) as employees,  -- count(*): the periods with ratings
        coalesce(sum(r.di_atas), 0) / sum(r.rated) as share_di_atas,
        coalesce(sum(r.di_bawah), 0) / sum(r.rated) as share_di_bawah
    from per_period p,
        lateral (values
            ('hasil_kerja', p.hasil_kerja_rated, p.hasil_kerja_di_atas, p.hasil_kerja_di_bawah),
            ('perilaku', p.perilaku_rated, p.perilaku_di_atas, p.perilaku_di_bawah)
        ) r(indicator, rated, di_atas, di_bawah)
    where r.rated is not null
    group by all
),
scores as (
    select region_id, indicator, n_score, mean_score, n_score / periods as employees
    from (
        select
            region_id,
            count(*) as periods,
            sum(n_hasil_kerja) as n_hasil_kerja, sum(sum_hasil_kerja) / nullif(sum(n_hasil_kerja), 0) as hasil_kerja,
            sum(n_sikap) as n_sikap, sum(sum_sikap) / nullif(sum(n_sikap), 0) as sikap,
            sum(n_disiplin) as n_disiplin, sum(sum_disiplin) / nullif(sum(n_disiplin), 0) as disiplin
        from per_period
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
