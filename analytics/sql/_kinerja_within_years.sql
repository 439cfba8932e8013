-- The first and last year of the evaluations the within-employee trends read (null
-- without any): a year filter covering both reads the precomputed estimates.
select min(year_from) as first_year, max(year_to) as last_year
from mart_kinerja_within_all_years
