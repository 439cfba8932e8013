-- Mean of the three indicators of seed 001 (hasil kerja, sikap, disiplin).
with evaluations as (
    select *
    from sliced('mart_kinerja_monthly', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
),
means as (
    select
        region_id,
        sum(sum_hasil_kerja) / sum(n_hasil_kerja) as hasil_kerja,
        sum(sum_sikap) / sum(n_sikap) as sikap,
        sum(sum_disiplin) / sum(n_disiplin) as disiplin
    from evaluations
    group by region_id
),
final as (
    select region_id, indicator, mean_score
    from (unpivot means on hasil_kerja, sikap, disiplin into name indicator value mean_score)
    order by region_order(region_id), region_id, case indicator when 'hasil_kerja' then 1 when 'sikap' then 2 else 3 end
)
select * from final
