-- A row of a name list may be accepted with a note for the uploader to look at (提示), e.g. an ID
-- number whose first six digits are no district code of the region data: the note stays with the
-- staged row, the batch counts the rows that carry one, and neither blocks the commit.

alter table import_row add column note varchar(300);
alter table import_batch add column noted_rows integer not null default 0;
