-- 9-box (PermenPANRB 3/2020) per region: each employee's latest annual
-- ('tahunan') score within the year range gives the kinerja level, the latest
-- potential score up to the end of $year_to the potensi level; score
-- <= $cut_low is level 1, <= $cut_high level 2, else 3. Every box is listed
-- (zeros too); shares sum to 1 per region.
with staff as (
    select nip, region_id
    from sliced('v_employees', $regions, $unit_id, $jenis_jabatan)
),
kinerja as (
    select ev.nip, arg_max(ev.score, ev.period_start) as score
    from performance_evaluations ev
    semi join staff s on s.nip = ev.nip
    where ev.period_type = 'tahunan'
      and ev.score is not null
      and year(ev.period_start) between $year_from and $year_to
    group by ev.nip
),
potensi as (
    select pa.nip, arg_max(pa.potential_score, pa.assessed_on) as score
    from potential_assessments pa
    semi join staff s on s.nip = pa.nip
    where year(pa.assessed_on) <= $year_to
    group by pa.nip
),
levels as (
    select
        s.region_id,
        case when k.score <= $cut_low then 1 when k.score <= $cut_high then 2 else 3 end as kinerja_level,
        case when p.score <= $cut_low then 1 when p.score <= $cut_high then 2 else 3 end as potensi_level
    from staff s
    join kinerja k using (nip)
    join potensi p using (nip)
),
counts as (
    select region_id, kinerja_level, potensi_level, count(*) as employees
    from levels
    group by all
),
boxes as (
    select unnest(b) from unnest($boxes) t(b)
),
cells as (
    select r.region_id, b.*
    from (select distinct region_id from levels) r
    cross join boxes b
),
final as (
    select
        c.region_id,
        c.box,
        c.kinerja_level,
        c.potensi_level,
        coalesce(n.employees, 0) as employees,
        coalesce(n.employees, 0) / sum(coalesce(n.employees, 0)) over (partition by c.region_id) as share,
        sum(coalesce(n.employees, 0)) over (partition by c.region_id) as assessed,
        list_contains($succession_boxes, c.box) as succession_pool,
        c.recommendation_id,
        c.recommendation_en
    from cells c
    left join counts n using (region_id, kinerja_level, potensi_level)
    order by c.region_id, c.box
)
select * from final
