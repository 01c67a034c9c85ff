-- A revision written by bulk work says what it was ("导入批次 #12 registry.csv：新增 1000000 人"): bulk
-- imports record who, when and which file on the batch and keep every applied row in staging, so their
-- revision carries a note rather than a million per-row audit copies of new records.
alter table revinfo add column note varchar(300);
