-- While a batch's job runs, its node renews heartbeat_at every few seconds (InterruptedImports.beat). A
-- batch still 预检中 or 导入中 whose heartbeat is older than canbao.import.stale-after-seconds lost its
-- node (killed, cut off): another node settles it as interrupted, so the officer can run it again.
alter table import_batch add column heartbeat_at timestamp with time zone;
