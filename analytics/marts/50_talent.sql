-- ------------------------------------------------------------------ talent
-- Annual (tahunan) SKP results: the kinerja axis of the 9-box (sql/talent_grid.sql,
-- succession_*.sql through the talent_levels macro in views.sql) reads the hasil kerja
-- rating, the score only for a PP 46/2011 score-only row.
create or replace table mart_annual_kinerja as
with final as (
    select nip, year(period_start) as year, period_start, hasil_kerja, perilaku, predikat, predikat_basis, score
    from performance_evaluations
    where period_type = 'tahunan'
)
select * from final;

-- The date retirement and succession counts are taken at: 31 December of the latest year
-- with any evaluation (monthly, quarterly or annual, with or without a score); today if
-- there are none. One definition for Kebutuhan (retirements_by_*) and Talenta
-- (succession_units); here, because a macro without parameters is bound when it is
-- created, and the mart must exist by then.
create or replace macro as_of_date() as table
    select coalesce(make_date(max(year), 12, 31), current_date) as as_of_date
    from mart_kinerja;
