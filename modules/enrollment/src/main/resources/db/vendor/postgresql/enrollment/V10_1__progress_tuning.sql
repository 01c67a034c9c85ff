-- PostgreSQL only (H2 has neither partial indexes nor INCLUDE): the active records of one insurance
-- year with what decides whether they count on a date, so that a district's figures read that year's
-- records from the index alone (an index-only scan), not every year's rows from the table.
create index enrollment_record_year_idx on enrollment_record(insurance_year, person_id) include (kind, payment_date, recorded_at)
  where status = 'ACTIVE';
