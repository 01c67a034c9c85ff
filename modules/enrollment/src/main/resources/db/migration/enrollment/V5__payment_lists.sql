-- Payment lists (the tax bureau's feed, 缴费名单) go through the same import pipeline as the name
-- lists: the batch carries the insurance year, a staged row carries the payment as priced at the
-- check, and a record names the import that produced it.

alter table import_batch add column insurance_year integer;

alter table import_row add column insured_type varchar(20);
alter table import_row add column tier varchar(10);
alter table import_row add column payment_date date;
alter table import_row add column channel varchar(20);
alter table import_row add column contribution numeric(10, 2);
alter table import_row add column subsidy numeric(10, 2);
alter table import_row add column individual numeric(10, 2);
alter table import_row add column funding_source varchar(30);
alter table import_row add column funding_department varchar(60);
alter table import_row add column benefit_start date;
alter table import_row add column benefit_end date;
alter table import_row add column policy_id bigint;
alter table import_row add column replaces_id bigint;

alter table enrollment_record add column batch_id bigint;
alter table enrollment_record_aud add column batch_id bigint;
