-- One row per region: headcount now, kinerja and 20 JP in $year_to (kinerja: every
-- period type, the region's finest; evaluated = mean evaluated per evaluation period;
-- mean_score null without scores), competency match as of $year_to (capped JPM, the
-- mapping band Optimal), moves over the year range (moves executed; proposed, of which
-- declined: the counts the rates are over, for the privacy rules).
with headcount as (
    select
        region_id,
        sum(employees)::bigint as employees,
        coalesce(sum(employees) filter (where employee_type = 'PNS'), 0)::bigint as pns,
        coalesce(sum(employees) filter (where employee_type = 'PPPK'), 0)::bigint as pppk,
        -- avg(qualification_fit::integer) over the employees, from counts
        coalesce(sum(employees) filter (where qualification_fit), 0)
            / sum(employees) filter (where qualification_fit is not null) as share_qualified
    from sliced('mart_headcount', $regions, $unit_id, $jenis_jabatan)  -- counts, not a row per employee
    group by region_id
),
kinerja as (  -- $year_to, each region's finest period type (kinerja_source)
    select
        region_id,
        any_value(period_type) as period_type,
        sum(evaluations)::bigint as evaluations,
        sum(evaluations) / count(distinct period_start) as evaluated,
        coalesce(sum(evaluations) filter (where predikat <= 2), 0) / sum(evaluations) as share_baik,
        coalesce(sum(evaluations) filter (where predikat = 1), 0) / sum(evaluations) as share_sangat_baik,
        sum(sum_score) / nullif(sum(n_score), 0) as mean_score
    from kinerja_source($regions, $unit_id, $jenis_jabatan, $year_to, $year_to)
    group by region_id
),
jpm as (  -- capped JPM; the mapping band Optimal (all staff); from employees per JPM value
    select
        region_id,
        sum(jpm * employees) / sum(employees) as mean_jpm,
        sum(jpm_ratio * employees) / sum(employees) as mean_jpm_ratio,
        coalesce(sum(employees) filter (where mapping_band = 'Optimal'), 0) / sum(employees) as share_optimal
    from sliced('mart_jpm_values', $regions, $unit_id, $jenis_jabatan)
    where as_of_year = (select max(as_of_year) from mart_jpm_values where as_of_year <= $year_to)
    group by region_id
),
jp as (  -- PNS, part-year staff held to the pro-rated 20 JP (counts, not rows)
    select region_id, sum(met_prorated)::bigint / sum(staff_years)::bigint as share_jp_met
    from sliced('mart_jp_counts', $regions, $unit_id, $jenis_jabatan)
    where year = $year_to
      and employee_type = 'PNS'
    group by region_id
),
moves as (
    select
        region_id,
        coalesce(sum(n) filter (where status = 'executed'), 0)::bigint as executed,
        sum(n)::bigint as proposed,
        coalesce(sum(n) filter (where status = 'declined'), 0)::bigint as declined
    from filtered_move_counts($regions, $unit_id, $jenis_jabatan, $year_from, $year_to)
    group by region_id
),
final as (
    select
        h.region_id,
        r.name as region_name,
        h.employees,
        h.pns,
        h.pppk,
        k.period_type,
        k.evaluations,
        k.evaluated,
        k.share_baik,
        k.share_sangat_baik,
        k.mean_score,
        j.mean_jpm,
        j.mean_jpm_ratio,
        j.share_optimal,
        h.share_qualified,
        p.share_jp_met,
        coalesce(m.executed, 0)::bigint as moves,
        coalesce(m.executed, 0) * 100.0 / h.employees / ($year_to - $year_from + 1) as moves_per_100,
        coalesce(m.proposed, 0)::bigint as proposed,
        coalesce(m.declined, 0)::bigint as declined,
        m.declined / nullif(m.proposed, 0) as share_declined
    from headcount h
    join regions r using (region_id)
    left join kinerja k using (region_id)
    left join jpm j using (region_id)
    left join jp p using (region_id)
    left join moves m using (region_id)
    order by r.sort_order, h.region_id
)
select * from final
