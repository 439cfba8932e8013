-- Change in assessed level between an employee's first and last assessment
-- of a competency (within the year range), for employees trained in that
-- competency in between versus not.
with staff as (
    select nip
    from filtered_employees($regions, $unit_id, $jenis_jabatan)
),
first_last as (
    select
        a.nip,
        a.competency_id,
        min(a.assessed_on) as first_on,
        max(a.assessed_on) as last_on,
        arg_max(a.level, a.assessed_on) - arg_min(a.level, a.assessed_on) as change
    from competency_assessments a
    semi join staff using (nip)
    where year(a.assessed_on) between $year_from and $year_to
    group by a.nip, a.competency_id
    having count(*) >= 2
),
trained_pairs as (
    select distinct fl.nip, fl.competency_id
    from first_last fl
    join trainings t
      on t.nip = fl.nip
     and t.competency_id = fl.competency_id
     and t.end_date > fl.first_on
     and t.end_date <= fl.last_on
),
flagged as (
    select fl.competency_id, fl.change, tp.nip is not null as trained
    from first_last fl
    left join trained_pairs tp using (nip, competency_id)
),
final as (
    select
        f.competency_id,
        c.name_id as competency_name_id,
        c.name_en as competency_name_en,
        count(*) filter (where f.trained) as trained_n,
        avg(f.change) filter (where f.trained) as trained_change,
        count(*) filter (where not f.trained) as untrained_n,
        avg(f.change) filter (where not f.trained) as untrained_change,
        trained_change - untrained_change as difference
    from flagged f
    join competencies c using (competency_id)
    group by all
    order by f.competency_id
)
select * from final
