-- The department a department list provider uploads for: its identity lists may carry only the
-- categories that department certifies (checked per row at the check).
alter table import_batch add column uploaded_for_department varchar(100);
