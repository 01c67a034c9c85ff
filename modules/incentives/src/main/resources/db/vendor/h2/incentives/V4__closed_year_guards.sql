-- 年度锁定 in the database (issue 15), H2's half: a closed year's year-end evaluations and their
-- results are refused whoever writes them (kernel.infrastructure.ClosedYearTrigger applies the rule;
-- here each table says where its rows lie and which year they are about). PostgreSQL's half is
-- db/vendor/postgresql/incentives/V4.
insert into kernel.closed_year_guard (table_name, lookup) values
  ('incentives.evaluation',
   'select cast(:township_path as varchar(200)), cast(:insurance_year as integer)'),
  ('incentives.evaluation_result',
   'select e.township_path, e.insurance_year from incentives.evaluation e where e.id = :evaluation_id');

create trigger evaluation_closed_year before insert, update, delete on evaluation
  for each row call 'org.canbao.kernel.infrastructure.ClosedYearTrigger';
create trigger evaluation_result_closed_year before insert, update, delete on evaluation_result
  for each row call 'org.canbao.kernel.infrastructure.ClosedYearTrigger';
