-- SIASN's kuadranKinerjaNilai (kuadran), where exported, against the predikat the
-- ratings give (PermenPANRB 6/2022 matrix: the two should be equal), per region and
-- predikat over the year range (every period type): evaluations, those with a kuadran,
-- and of these the ones whose kuadran equals the predikat (agreeing) or not
-- (disagreeing, with the kuadran values they have). share_disagreeing is null where no
-- evaluation has a kuadran (demo data, templates).
with evaluations as (
    select region_id, predikat, kuadran, evaluations
    from sliced('mart_kinerja', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to
),
grouped as (
    select
        region_id,
        predikat,
        sum(evaluations)::bigint as evaluations,
        coalesce(sum(evaluations) filter (where kuadran is not null), 0)::bigint as with_kuadran,
        coalesce(sum(evaluations) filter (where kuadran = predikat), 0)::bigint as agreeing,
        coalesce(sum(evaluations) filter (where kuadran <> predikat), 0)::bigint as disagreeing,
        array_to_string(list_sort(list_distinct(list(kuadran) filter (where kuadran <> predikat))), ', ')
            as disagreeing_kuadran
    from evaluations
    group by all
),
final as (  -- regions in display order (a grouped select cannot order by a lookup)
    select *, disagreeing / nullif(with_kuadran, 0) as share_disagreeing
    from grouped
    order by region_order(region_id), region_id, predikat
)
select * from final
