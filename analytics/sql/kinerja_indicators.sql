-- Mean of the three indicators of seed 001 (hasil kerja, sikap, disiplin).
with evaluations as (
    select *
    from filtered_evaluations($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
),
means as (
    select
        region_id,
        avg(score_hasil_kerja) as hasil_kerja,
        avg(score_sikap) as sikap,
        avg(score_disiplin) as disiplin
    from evaluations
    group by region_id
),
final as (
    select region_id, indicator, mean_score
    from (unpivot means on hasil_kerja, sikap, disiplin into name indicator value mean_score)
    order by region_id, case indicator when 'hasil_kerja' then 1 when 'sikap' then 2 else 3 end
)
select * from final
