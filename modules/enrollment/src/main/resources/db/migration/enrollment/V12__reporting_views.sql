-- Views enrollment publishes for reporting (settlement and publicity, issue 12): a stable read
-- contract, so that reporting never reads enrollment's tables. Reporting's SQL names only these views
-- (a test in reporting checks it); changing their columns is a change of enrollment's public surface.

-- Every active resident payment that carries a subsidy, with the person and the village the person is
-- registered in now. A reversed record is not active and so drops out at once; its replacement (if
-- any) is a record of its own. Amounts as frozen at payment (yuan).
create view enrollment.v_subsidised_enrollment as
select e.id                 as record_id,
       e.person_id          as person_id,
       e.insurance_year     as insurance_year,
       e.payment_date       as payment_date,
       e.subsidy            as subsidy,
       e.category_code      as category_code,
       e.funding_source     as funding_source,
       e.funding_department as funding_department,
       p.id_number          as id_number,
       p.name               as name,
       p.village_id         as village_id,
       p.village_path       as village_path
from enrollment.enrollment_record e
join enrollment.person p on p.id = e.person_id
where e.status = 'ACTIVE' and e.kind = 'RESIDENT_PAYMENT' and e.subsidy > 0;

-- The identities people hold, with the person's current village and status (a death or departure
-- counts from status_since), for counting a population such as 脱贫人口 on a date.
create view enrollment.v_identity_holding as
select i.person_id     as person_id,
       i.category_code as category_code,
       i.valid_from    as valid_from,
       i.valid_to      as valid_to,
       p.village_id    as village_id,
       p.village_path  as village_path,
       p.status        as person_status,
       p.status_since  as status_since
from enrollment.person_identity i
join enrollment.person p on p.id = i.person_id;
