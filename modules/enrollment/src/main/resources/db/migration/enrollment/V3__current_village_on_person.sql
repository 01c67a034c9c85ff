-- The current household registration lives on the person (village and since when); the residence
-- table keeps the villages a person has left, each with its period. A person registered once (most of
-- a district's million) therefore has one row, not two. Existing open residences move onto the person.

alter table person add column village_since date;
alter table person_aud add column village_since date;

update person set village_since = (select max(r.valid_from) from residence r where r.person_id = person.id and r.valid_to is null);
delete from residence where valid_to is null;

-- The staging table no longer needs look-ups by ID number or person: duplicates in a file are found in
-- memory while checking, and the commit joins staged rows by the primary key of what they change.
drop index import_row_id_idx;
drop index import_row_person_idx;
