-- The cluster node (canbao.node) whose batch runtime runs the batch's job: a job runs on the node that
-- started it, and only that node, when it starts again, settles the batch as interrupted.
alter table import_batch add column runner varchar(100);
