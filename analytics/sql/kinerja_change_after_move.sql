-- Sums behind the mean change in monthly score (months +3..+8 after the
-- move month minus months -6..-1, at least 3 months each) of executed moves
-- over the year range: all moves, and moves of good performers out of
-- ill-fitting posts. Both groups always appear (n = 0 when empty).
with moves as (
    select *, post_mean - pre_mean as change
    from sliced('mart_move_effects', $regions, $unit_id, $jenis_jabatan)
    where year between $year_from and $year_to and pre_n >= 3 and post_n >= 3
),
grouped as (
    select 'all' as move_group, * from moves
    union all
    select 'good_ill_fit', * from moves where good_ill_fit
),
groups as (
    select unnest(['all', 'good_ill_fit']) as move_group
),
final as (
    select
        g.move_group,
        count(m.change) as n,
        coalesce(sum(m.pre_mean), 0) as sum_before,
        coalesce(sum(m.post_mean), 0) as sum_after,
        coalesce(sum(m.change), 0) as sum_change,
        coalesce(sum(m.change * m.change), 0) as sum_change2
    from groups g
    left join grouped m using (move_group)
    group by all
    order by g.move_group
)
select * from final
