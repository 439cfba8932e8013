-- Change in level between consecutive assessments of a competency within the
-- year range, for employees trained in that competency in between versus not.
with pairs as (
    select *
    from sliced('mart_competency_change', $regions, $unit_id, $jenis_jabatan)
    where first_year >= $year_from and last_year <= $year_to
),
final as (
    select
        p.competency_id,
        c.name_id as competency_name_id,
        c.name_en as competency_name_en,
        coalesce(sum(p.pairs) filter (where p.trained), 0)::bigint as trained_n,
        sum(p.sum_change) filter (where p.trained) / sum(p.pairs) filter (where p.trained) as trained_change,
        coalesce(sum(p.pairs) filter (where not p.trained), 0)::bigint as untrained_n,
        sum(p.sum_change) filter (where not p.trained) / sum(p.pairs) filter (where not p.trained) as untrained_change,
        trained_change - untrained_change as difference
    from pairs p
    join competencies c using (competency_id)
    group by all
    order by p.competency_id
)
select * from final
