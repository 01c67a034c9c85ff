-- The campaign's figures (ProgressFacade): the people registered in a village on a date — by their
-- current village, or a village they have left (a residence) — and the uninsured of one village.
create index person_village_idx on person(village_id);
create index residence_village_idx on residence(village_id);
