-- Employee insurance that stops (职工医保停保, DOMAIN.md §5–§6): recorded on the employee-insurance
-- record itself with the day it stopped and why, instead of reversing it without a date. A stopped
-- record has status STOPPED: it no longer insures (v_insured_person holds active records only), it
-- leaves room for the resident payment the person should make next (one active record per person and
-- year), and joining resident insurance within 3 months of the stop spares the waiting period.

alter table enrollment_record add column stopped_on date;
alter table enrollment_record add column stop_reason varchar(300);
alter table enrollment_record_aud add column stopped_on date;
alter table enrollment_record_aud add column stop_reason varchar(300);

-- Published for reporting (the employee-insurance tracking ledger and its monthly lapse check): every
-- employee-insurance record that insures or did insure (reversed ones were corrections and drop out),
-- with the person's current village. status: ACTIVE (在保) or STOPPED (已停保, with stopped_on).
create view v_employee_insurance as
select e.id             as record_id,
       e.person_id      as person_id,
       p.id_number      as id_number,
       p.name           as name,
       p.village_id     as village_id,
       p.village_path   as village_path,
       e.insurance_year as insurance_year,
       e.status         as status,
       e.stopped_on     as stopped_on,
       e.stop_reason    as stop_reason,
       e.recorded_at    as recorded_at
from enrollment_record e
join person p on p.id = e.person_id
where e.kind = 'EMPLOYEE_INSURANCE' and e.status in ('ACTIVE', 'STOPPED');

-- Published for reporting (the college-student tracking ledger): active resident payments of insured
-- type COLLEGE_STUDENT (在渝高校大学生), per person and insurance year.
create view v_college_student as
select e.id             as record_id,
       e.person_id      as person_id,
       e.insurance_year as insurance_year,
       e.payment_date   as payment_date
from enrollment_record e
where e.kind = 'RESIDENT_PAYMENT' and e.insured_type = 'COLLEGE_STUDENT' and e.status = 'ACTIVE';
