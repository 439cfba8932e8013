-- Trainings, participants and JP by year, SIASN jenis diklat and category.
with volume as (
    select *
    from sliced('mart_training_volume', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
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
