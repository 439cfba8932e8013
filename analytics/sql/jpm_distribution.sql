-- Employees per JPM band and region, as of $year_to: the mapping bands (Optimal >= 90,
-- Cukup Optimal 78-<90, Kurang Optimal < 78) for this all-staff view, or with $scheme =
-- 'seleksi' the selection bands (MS / MMS / KMS, for candidates and posts being
-- filled). Bands are of the capped JPM (coverage); every band of the scheme is listed.
--
-- Counts, not rows: employees per JPM value (mart_jpm_values), summed per band.
with jpm as (
    select *, case when $scheme = 'seleksi' then band else mapping_band end as chosen_band
    from sliced('mart_jpm_values', $regions, $unit_id, $jenis_jabatan)
    where as_of_year = (select max(as_of_year) from mart_jpm_values where as_of_year <= $year_to)
),
bands as (
    select band, min_jpm
    from jpm_bands
    where scheme = $scheme
),
counts as (
    select region_id, chosen_band as band, sum(employees)::bigint as employees
    from jpm
    group by all
),
cells as (
    select r.region_id, b.band, b.min_jpm
    from (select distinct region_id from jpm) r
    cross join bands b
),
final as (
    select
        c.region_id,
        $scheme as scheme,
        c.band,
        coalesce(n.employees, 0) as employees,
        coalesce(n.employees, 0) / sum(coalesce(n.employees, 0)) over (partition by c.region_id) as share
    from cells c
    left join counts n using (region_id, band)
    order by region_order(c.region_id), c.region_id, c.min_jpm desc
)
select * from final
