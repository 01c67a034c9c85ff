-- 年度锁定 in the database (issue 15), PostgreSQL's half: whoever writes them, a closed year's
-- enrollment records are neither inserted, changed nor deleted, and an identity valid on a day of a
-- closed year keeps what it says of those days — only its end may move after the year (the rule of
-- kernel.api.Validity; RegistryIT runs these triggers against it). A year is closed for a person when
-- kernel.closed_year holds it CLOSED for the district their village lies in. H2's half is
-- db/vendor/h2/enrollment/V18 (kernel's ClosedYearTrigger).

create function enrollment.refuse_closed_year_record() returns trigger language plpgsql as $$
declare
  c record;
begin
  for c in
    select k.region_name, k.insurance_year
      from kernel.closed_year k
     where k.status = 'CLOSED'
       and ((k.insurance_year = old.insurance_year
             and exists (select 1 from enrollment.person p
                          where p.id = old.person_id and p.village_path like k.region_path || '%'))
         or (k.insurance_year = new.insurance_year
             and exists (select 1 from enrollment.person p
                          where p.id = new.person_id and p.village_path like k.region_path || '%')))
  loop
    raise exception using errcode = 'CB409', message = '年度锁定：' || c.region_name || c.insurance_year
      || '年度已锁定，该年度的数据（enrollment.enrollment_record）不能再变更；如确需更正，请系统管理员解除锁定';
  end loop;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger enrollment_record_closed_year before insert or update or delete on enrollment.enrollment_record
  for each row execute function enrollment.refuse_closed_year_record();

-- An identity: its days inside each closed year of its person's district (null when none). Moving only
-- its end (valid_to, with the bookkeeping batch_id and version) is refused when those days change;
-- any other change, an insert or a delete, when it has days in a closed year at all.
create function enrollment.refuse_closed_year_identity() returns trigger language plpgsql as $$
declare
  c record;
  first_day date;
  last_day date;
  was daterange;
  is_now daterange;
  only_the_end_moves boolean := tg_op = 'UPDATE'
    and (new.id, new.person_id, new.category_code, new.department, new.valid_from)
        is not distinct from (old.id, old.person_id, old.category_code, old.department, old.valid_from);
begin
  for c in
    select k.region_name, k.insurance_year,
           exists (select 1 from enrollment.person p
                    where p.id = old.person_id and p.village_path like k.region_path || '%') as old_here,
           exists (select 1 from enrollment.person p
                    where p.id = new.person_id and p.village_path like k.region_path || '%') as new_here
      from kernel.closed_year k
     where k.status = 'CLOSED'
     order by k.insurance_year
  loop
    first_day := make_date(c.insurance_year, 1, 1);
    last_day := make_date(c.insurance_year, 12, 31);
    was := case when c.old_here and old.valid_from <= last_day
                     and (old.valid_to is null or old.valid_to >= first_day)
                then daterange(greatest(old.valid_from, first_day),
                               least(coalesce(old.valid_to, last_day), last_day), '[]') end;
    is_now := case when c.new_here and new.valid_from <= last_day
                        and (new.valid_to is null or new.valid_to >= first_day)
                   then daterange(greatest(new.valid_from, first_day),
                                  least(coalesce(new.valid_to, last_day), last_day), '[]') end;
    if (only_the_end_moves and was is distinct from is_now)
       or (not only_the_end_moves and (was is not null or is_now is not null)) then
      raise exception using errcode = 'CB409', message = '年度锁定：' || c.region_name || c.insurance_year
        || '年度已锁定，该年度的数据（enrollment.person_identity）不能再变更；如确需更正，请系统管理员解除锁定';
    end if;
  end loop;
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger person_identity_closed_year before insert or update or delete on enrollment.person_identity
  for each row execute function enrollment.refuse_closed_year_identity();
