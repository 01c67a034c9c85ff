-- Published for the reporting module (ARCHITECTURE.md: reporting reads other modules through views
-- they publish, never their tables): the subsidy ledger (资助参保台账) — every active payment that
-- received a subsidy, with the person, the village they are registered in now, the category applied,
-- the frozen amounts and the fund and department that pay.

create view v_subsidy_ledger as
select r.id                 as record_id,
       r.person_id          as person_id,
       p.id_number          as id_number,
       p.name               as name,
       p.village_id         as village_id,
       p.village_path       as village_path,
       r.insurance_year     as insurance_year,
       r.insured_type       as insured_type,
       r.tier               as tier,
       r.payment_date       as payment_date,
       r.category_code      as category_code,
       r.contribution       as contribution,
       r.subsidy            as subsidy,
       r.individual         as individual,
       r.funding_source     as funding_source,
       r.funding_department as funding_department
from enrollment_record r
join person p on p.id = r.person_id
where r.status = 'ACTIVE' and r.subsidy > 0;
