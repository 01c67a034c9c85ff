-- H2 only: at most one active enrollment record per person and year, as PostgreSQL's partial unique
-- index (V5_1) holds it. H2 has no partial indexes; a computed column that is the year while the
-- record is active and null once it is reversed does the same (a unique index lets nulls repeat).
-- The campaign's figures count a person once because of it (ProgressQueries).
alter table enrollment_record add column active_year integer generated always as (case when status = 'ACTIVE' then insurance_year end);
create unique index enrollment_record_active_uq on enrollment_record(person_id, active_year);
