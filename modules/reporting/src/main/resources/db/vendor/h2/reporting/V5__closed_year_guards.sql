-- 年度锁定 in the database (issue 15), H2's half: the postings of a closed year's publicity are
-- refused whoever writes them (kernel.infrastructure.ClosedYearTrigger applies the rule; the lists
-- themselves are read from enrollment's records, which enrollment keeps). PostgreSQL's half is
-- db/vendor/postgresql/reporting/V5.
insert into kernel.closed_year_guard (table_name, lookup) values
  ('reporting.publicity_posting',
   'select cast(:region_path as varchar(200)), cast(:insurance_year as integer)');

create trigger publicity_posting_closed_year before insert, update, delete on publicity_posting
  for each row call 'org.canbao.kernel.infrastructure.ClosedYearTrigger';
