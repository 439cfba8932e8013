-- Trainings, participants and JP by year, SIASN jenis diklat and category.
with volume as (
    select *
    from mart_training_volume
    where year between $year_from and $year_to
      and list_contains($regions, region_id)
      and ($unit_id::varchar is null or unit_id = $unit_id)
      and ($jenis_jabatan::integer is null or jenis_jabatan = $jenis_jabatan)
),
final as (
    select
        v.year,
        v.jenis_diklat,
        d.name as jenis_diklat_name,
        v.category,
        sum(v.trainings)::bigint as trainings,
        sum(v.participants)::bigint as participants,
        sum(v.jp_total) as jp_total
    from volume v
    join jenis_diklat d using (jenis_diklat)
    group by all
    order by v.year, v.jenis_diklat, v.category
)
select * from final
