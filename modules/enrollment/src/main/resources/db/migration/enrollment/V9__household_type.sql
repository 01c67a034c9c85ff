-- 户口性质 (农村/城镇) of each person as the police register gives it: the rural low-income population is
-- spared the waiting period (DOMAIN.md §5). Null where the register says neither (居民户口).
alter table person add column household_type varchar(10);
alter table person_aud add column household_type varchar(10);
alter table import_row add column household_type varchar(10);
