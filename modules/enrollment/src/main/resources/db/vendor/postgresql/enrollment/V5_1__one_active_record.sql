-- PostgreSQL only (H2 has no partial indexes): at most one active enrollment record per person and
-- year, whoever writes it — a payment registered on screen while a payment list waits to be committed
-- makes that commit fail as a whole instead of insuring the person twice.
create unique index enrollment_record_active_uq on enrollment_record(person_id, insurance_year) where status = 'ACTIVE';
