-- Temporary tables the marts were built from (the windows, lookups, gaps).
drop table competency_gaps;
drop view outcome_windows;
drop view monthly_outcomes;
drop table first_training;
drop table employee_ids;
drop table position_keys;
drop table latest_levels;
drop table region_medians;
