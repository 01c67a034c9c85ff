-- PostgreSQL only (H2, the zero-setup database, keeps its defaults).
-- Staged rows are working data: the stored file can always be checked again, so the staging tables
-- skip the write-ahead log (a crash empties them; the batch is then simply checked again).
alter table import_row set unlogged;
alter table import_error set unlogged;

-- The links from a person to the import batches that registered and last changed it are kept, but not
-- as foreign keys: checking them costs a look-up per row of a million-row commit, and import batches
-- are never deleted (there is no operation that deletes one).
alter table person drop constraint person_source_batch_id_fkey;
alter table person drop constraint person_last_batch_id_fkey;
-- nothing looks persons up by the batch that last changed them (the audit of a commit joins its staged
-- rows by person id instead): the link stays, its index goes (on H2 the foreign key still needs it)
drop index person_last_batch_idx;

-- Same for the staged rows' link to their batch (rows are only ever written by the batch's own job).
alter table import_row drop constraint import_row_batch_id_fkey;
alter table import_error drop constraint import_error_batch_id_fkey;
