-- Good performers in ill-fitting posts and up to 3 posts each where they
-- would fit better (mart_placement_candidates), ranked by how far their
-- recent score is above their region's median. Personal data: for signed-in
-- analysts only.
with candidates as (
    select *
    from sliced('mart_placement_candidates', $regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        dense_rank() over (order by c.recent_score - c.region_median desc, c.nip) as rank,
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
        c.recent_score,
        c.region_median,
        c.target_rank,
        c.target_position_id,
        tp.name as target_position_name,
        tu.name as target_unit_name,
        c.target_gap,
        c.target_field_match,
        concat_ws(
            '; ',
            format('mean score {:.1f} over the last 12 months, region median {:.1f}', c.recent_score, c.region_median),
            case when not c.qualification_fit
                then format('education field {} but the post requires {}', coalesce(c.education_field, '-'), c.required_field)
            end,
            case when c.band = 'KMS' then format('JPM {:.0f} in the current post (KMS)', c.jpm) end,
            format(
                '{} in {}: {}every required competency met, {} of the staffing need unfilled',
                tp.name, tu.name,
                case when c.target_field_match then 'education field as required, ' else 'no field required, ' end,
                c.target_gap
            )
        ) as reason
    from candidates c
    join employees e using (nip)
    join units u on u.unit_id = c.unit_id
    join positions p on p.position_id = c.position_id
    join positions tp on tp.position_id = c.target_position_id
    join units tu on tu.unit_id = c.target_unit_id
    order by rank, c.target_rank
)
select * from final
