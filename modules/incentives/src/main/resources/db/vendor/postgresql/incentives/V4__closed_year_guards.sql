-- 年度锁定 in the database (issue 15), PostgreSQL's half: whoever writes them, a closed year's
-- year-end evaluations and their results are neither inserted, changed nor deleted. A year is closed
-- for a township when kernel.closed_year holds it CLOSED for the district the township lies in. H2's
-- half is db/vendor/h2/incentives/V4 (kernel's ClosedYearTrigger).

create function incentives.refuse_closed_year_evaluation() returns trigger language plpgsql as $$
declare
  c record;
begin
  for c in
    select k.region_name, k.insurance_year
      from kernel.closed_year k
     where k.status = 'CLOSED'
       and ((k.insurance_year = old.insurance_year and old.township_path like k.region_path || '%')
         or (k.insurance_year = new.insurance_year and new.township_path like k.region_path || '%'))
  loop
    raise exception using errcode = 'CB409', message = '年度锁定：' || c.region_name || c.insurance_year
      || '年度已锁定，该年度的数据（incentives.evaluation）不能再变更；如确需更正，请系统管理员解除锁定';
  end loop;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger evaluation_closed_year before insert or update or delete on incentives.evaluation
  for each row execute function incentives.refuse_closed_year_evaluation();

create function incentives.refuse_closed_year_result() returns trigger language plpgsql as $$
declare
  c record;
begin
  for c in
    select k.region_name, k.insurance_year
      from kernel.closed_year k
      join incentives.evaluation e on e.id in (old.evaluation_id, new.evaluation_id)
     where k.status = 'CLOSED'
       and k.insurance_year = e.insurance_year
       and e.township_path like k.region_path || '%'
  loop
    raise exception using errcode = 'CB409', message = '年度锁定：' || c.region_name || c.insurance_year
      || '年度已锁定，该年度的数据（incentives.evaluation_result）不能再变更；如确需更正，请系统管理员解除锁定';
  end loop;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger evaluation_result_closed_year before insert or update or delete on incentives.evaluation_result
  for each row execute function incentives.refuse_closed_year_result();
