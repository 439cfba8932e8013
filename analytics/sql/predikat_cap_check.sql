-- The organisation's predikat cap (PermenPANRB 6/2022: the organisation's own rating
-- limits how its staff's predikat may be spread), per unit and year of the range: each
-- cap of predikat_caps for the unit's organisation rating (organisation_ratings, else the
-- org_rating_default setting; org_rating_source says which) against the unit's staff
-- rated that predikat or better (each employee's annual predikat, else their latest
-- periodic one of the year: mart_predikat_year). allowed = floor(max_share x staff
-- rated); over_cap when more are. The caps are configurable conventions, not regulation
-- values. Follows the region and unit filters (a cap is on the whole unit, so not the
-- jenis jabatan filter).
with staff as (
    select region_id, unit_id, year, predikat, employees
    from mart_predikat_year
    where (len($regions) = 0 or list_contains($regions, region_id))
      and ($unit_id is null or unit_id = $unit_id)
      and year between $year_from and $year_to
),
units_years as (
    select
        s.region_id,
        s.unit_id,
        s.year,
        coalesce(o.org_rating, (select value from settings where key = 'org_rating_default')::integer, 2)
            as org_rating,
        case when o.org_rating is not null then 'organisation_ratings' else 'default' end as org_rating_source,
        sum(s.employees)::bigint as rated
    from staff s
    left join organisation_ratings o using (unit_id, year)
    group by all
),
checked as (
    select
        u.region_id,
        u.unit_id,
        u.year,
        u.org_rating,
        u.org_rating_source,
        c.predikat,
        c.max_share,
        u.rated,
        coalesce((select sum(s.employees) from staff s
                  where s.unit_id = u.unit_id and s.year = u.year and s.predikat <= c.predikat), 0)::bigint
            as at_or_better,
        floor(c.max_share * u.rated + 1e-9)::bigint as allowed
    from units_years u
    join predikat_caps c using (org_rating)
),
final as (
    select
        c.region_id,
        c.unit_id,
        n.name as unit_name,
        c.year,
        c.org_rating,
        c.org_rating_source,
        c.predikat,
        c.max_share,
        c.rated,
        c.at_or_better,
        c.at_or_better / c.rated as share,
        c.allowed,
        c.at_or_better > c.allowed as over_cap,
        greatest(c.at_or_better - c.allowed, 0) as over_by
    from checked c
    join units n using (unit_id)
    order by over_cap desc, over_by desc, region_order(c.region_id), c.region_id, c.unit_id, c.year, c.predikat
)
select * from final
