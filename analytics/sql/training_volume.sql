-- Trainings, participants and JP by year, jenis diklat (SIASN) and category.
with staff as (
    select nip
    from filtered_employees($regions, $unit_id, $jenis_jabatan)
),
trainings_in_range as (
    select t.*
    from trainings t
    join staff s using (nip)
    where year(t.end_date) between $year_from and $year_to
),
final as (
    select
        year(t.end_date) as year,
        t.jenis_diklat,
        d.name as jenis_diklat_name,
        t.category,
        count(*) as trainings,
        count(distinct t.nip) as participants,
        sum(t.jp) as jp_total
    from trainings_in_range t
    join jenis_diklat d using (jenis_diklat)
    group by all
    order by year, t.jenis_diklat, t.category
)
select * from final
