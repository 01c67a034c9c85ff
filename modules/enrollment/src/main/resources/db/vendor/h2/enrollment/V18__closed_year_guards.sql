-- 年度锁定 in the database (issue 15), H2's half: a closed year's enrollment records and the
-- identities valid on its days are refused whoever writes them (kernel.infrastructure.ClosedYearTrigger
-- applies the rule; here each table says where its rows lie and which year or days they are about).
-- PostgreSQL's half is db/vendor/postgresql/enrollment/V18.
insert into kernel.closed_year_guard (table_name, lookup) values
  ('enrollment.enrollment_record',
   'select p.village_path, :insurance_year from enrollment.person p where p.id = :person_id'),
  ('enrollment.person_identity',
   'select p.village_path, :valid_from, :valid_to from enrollment.person p where p.id = :person_id');

create trigger enrollment_record_closed_year before insert, update, delete on enrollment_record
  for each row call 'org.canbao.kernel.infrastructure.ClosedYearTrigger';
create trigger person_identity_closed_year before insert, update, delete on person_identity
  for each row call 'org.canbao.kernel.infrastructure.ClosedYearTrigger';
