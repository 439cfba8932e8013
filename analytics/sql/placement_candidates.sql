-- Good performers in ill-fitting posts and up to 3 posts each where they
-- would fit better (mart_placement_candidates), ranked by their place within their
-- region (percentile of the recent score, or of the share of periods with hasil kerja
-- Di Atas where the region has ratings only: basis), then by how far above the median. Data only: the reason in words
-- is written by the UI from these columns. Personal data: for signed-in
-- analysts only.
with candidates as (
    select *
    from sliced('mart_placement_candidates', $regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        dense_rank() over (
            order by c.percentile desc, c.recent_value - c.region_median desc, c.nip
        ) as rank,
        c.nip,
        e.name,
        c.region_id,
        c.unit_id,
        u.name as unit_name,
        c.position_id,
        p.name as position_name,
        c.education_field,
        c.required_field,
        c.qualification_fit,
        c.jpm,
        c.band,
        c.basis,
        c.recent_value,
        c.periods,
        c.region_median,
        c.recent_value - c.region_median as above_median,
        c.percentile,
        c.target_rank,
        c.target_position_id,
        tp.name as target_position_name,
        c.target_unit_id,
        tu.name as target_unit_name,
        tp.required_field as target_required_field,
        c.target_gap,
        c.target_field_match
    from candidates c
    join employees e using (nip)
    join units u on u.unit_id = c.unit_id
    join positions p on p.position_id = c.position_id
    join positions tp on tp.position_id = c.target_position_id
    join units tu on tu.unit_id = c.target_unit_id
    order by rank, c.target_rank
)
select * from final
