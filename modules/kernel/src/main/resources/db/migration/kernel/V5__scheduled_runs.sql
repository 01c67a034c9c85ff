-- One row per run of a scheduled job (e.g. the bulletins of one morning): the node that inserts it
-- runs the job, every other node of a cluster finds the row and skips that run.
create table scheduled_run (
  job         varchar(60) not null,
  run_key     varchar(60) not null,
  node        varchar(100) not null,
  claimed_at  timestamp with time zone not null,
  primary key (job, run_key)
);
