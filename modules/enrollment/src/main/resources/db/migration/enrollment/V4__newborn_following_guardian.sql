-- A newborn of the year not insured on its own follows its guardian, who paid that year (Shetan 2023
-- §3(1): "不独立参保且其法定监护人当年已参加居民医保缴费的新生儿，自出生之日起自动随法定监护人参保").
-- Such a record (kind FOLLOWS_GUARDIAN) has no amounts; it names the guardian it follows.
-- V3 is left free on purpose: it is reserved for a change being made elsewhere.

alter table enrollment_record add column guardian_person_id bigint;
alter table enrollment_record add constraint enrollment_record_guardian_fk foreign key (guardian_person_id) references person(id);
create index enrollment_record_guardian_idx on enrollment_record(guardian_person_id, insurance_year);

alter table enrollment_record_aud add column guardian_person_id bigint;
