-- 年度锁定 in the database (issue 15), PostgreSQL's half: whoever writes them, the postings of a
-- closed year's publicity are neither inserted, changed nor deleted (the publicity lists themselves
-- are read from enrollment's records, which enrollment's triggers keep). H2's half is
-- db/vendor/h2/reporting/V5 (kernel's ClosedYearTrigger).

create function reporting.refuse_closed_year_posting() returns trigger language plpgsql as $$
declare
  c record;
begin
  for c in
    select k.region_name, k.insurance_year
      from kernel.closed_year k
     where k.status = 'CLOSED'
       and ((k.insurance_year = old.insurance_year and old.region_path like k.region_path || '%')
         or (k.insurance_year = new.insurance_year and new.region_path like k.region_path || '%'))
  loop
    raise exception using errcode = 'CB409', message = '年度锁定：' || c.region_name || c.insurance_year
      || '年度已锁定，该年度的数据（reporting.publicity_posting）不能再变更；如确需更正，请系统管理员解除锁定';
  end loop;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger publicity_posting_closed_year before insert or update or delete on reporting.publicity_posting
  for each row execute function reporting.refuse_closed_year_posting();
