-- ------------------------------------------------------------------ kinerja
-- Monthly evaluations per post-held slice, month and predikat.
create or replace table mart_kinerja_monthly as
with final as (
    select
        region_id,
        unit_id,
        jenis_jabatan,
        period_start as month,
        year,
        predikat,
        count(*) as evaluations,
        count(score) as n_score,
        sum(score) as sum_score,
        count(score_hasil_kerja) as n_hasil_kerja,
        sum(score_hasil_kerja) as sum_hasil_kerja,
        count(score_sikap) as n_sikap,
        sum(score_sikap) as sum_sikap,
        count(score_disiplin) as n_disiplin,
        sum(score_disiplin) as sum_disiplin
    from v_evaluations
    where period_type = 'bulanan'
    group by all
)
select * from final;
