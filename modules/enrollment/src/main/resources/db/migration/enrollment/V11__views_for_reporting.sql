-- Views enrollment publishes for the reporting module's cross-checks (比对) and ledgers: reporting reads
-- these, never enrollment's tables (ArchitectureTest checks its SQL names only views). Their columns
-- are a contract: add columns, never change the meaning of one.

-- The registered population: every person with their current village and registry status.
create view v_registered_person as
select p.id as person_id, p.id_number, p.name, p.household_no, p.village_id, p.village_path, p.status, p.status_since
from person p;

-- Who is insured for a year and how (DOMAIN.md §5: resident payment, employee insurance, insured
-- outside, following a guardian all count). Reversed records do not: a reversal ends a payment, and
-- employee insurance that lapsed or ended is recorded by reversing its record with the reason.
create view v_insured_person as
select e.person_id, e.insurance_year, e.kind
from enrollment_record e
where e.status = 'ACTIVE';

-- Certified identities as the departments' lists brought them in (imports of kind IDENTITY_LIST), with
-- the date each was certified: the department lists and the monthly list of the newly identified.
create view v_person_identity as
select i.person_id, i.category_code, i.department, i.valid_from, i.valid_to
from person_identity i;
