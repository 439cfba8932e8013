-- Study programmes (SIASN PENDIDIKAN NAMA) that map to no education field
-- (v_education_programs basis 'unmapped': no keyword; 'ambiguous': keywords of two
-- fields tie), with the employees of the chosen regions who have the programme and
-- no field from their file (so their field is not known), and the tied fields.
-- An education_mapping file (program, field) assigns them.
with programs as (
    select program, basis
    from v_education_programs
    where basis in ('unmapped', 'ambiguous')
),
staff as (
    select education_program as program, count(*) as employees
    from v_employees
    where education_field is null
      and (len($regions) = 0 or list_contains($regions, region_id))
    group by all
),
keyword_hits as (
    select p.program, k.field_id
    from programs p
    join education_keywords k
      on contains(' ' || fold_name(p.program) || ' ', ' ' || k.keyword || ' ')
    where p.basis = 'ambiguous'
    qualify rank() over (partition by p.program order by k.priority, length(k.keyword) desc) = 1
),
tied as (
    select program, string_agg(distinct field_id, ', ' order by field_id) as candidate_fields
    from keyword_hits
    group by all
),
final as (
    select p.program, p.basis, s.employees, t.candidate_fields
    from programs p
    join staff s using (program)
    left join tied t using (program)
    order by s.employees desc, p.program
)
select * from final
