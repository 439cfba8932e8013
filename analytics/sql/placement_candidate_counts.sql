-- How many placement candidates (good performers in ill-fitting posts with
-- a better-fitting post in reach) per unit, and how many posts with a
-- staffing gap would fit them. Counts only: no names or NIPs.
with candidates as (
    select *
    from sliced('mart_placement_candidates', $regions, $unit_id, $jenis_jabatan)
),
final as (
    select
        c.region_id,
        c.unit_id,
        u.name as unit_name,
        count(distinct c.nip) as candidates,
        count(distinct c.nip) filter (where not c.qualification_fit) as field_mismatch,
        count(distinct c.nip) filter (where c.band = 'KMS') as low_jpm,
        count(distinct c.target_position_id) as target_posts
    from candidates c
    join units u using (unit_id)
    group by all
    order by candidates desc, c.region_id, c.unit_id
)
select * from final
