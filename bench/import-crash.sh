#!/usr/bin/env bash
# Import crash scenarios of issue 14 on the real two-node stack (bin/cluster: a throw-away PostgreSQL,
# Payara Micro nodes a and b, nginx), results in docs/operations.md ("Faults"). The list is a household
# register of ROWS people (default 300,000: its check and its commit take seconds each). The moment to
# kill is read from the batch through the REST API — and, for the commit, from PostgreSQL (the commit's
# insert of the persons running) — never from a clock. Each step prints PASS or FAIL (the script stops
# at the first FAIL) and the timings.
#  1. kill -9 node a while it checks the list (at least a fifth of the rows done): node b settles the
#     batch once its heartbeat is CANBAO_IMPORT_STALE_AFTER_SECONDS old (default 60) as 失败 "服务器节点a
#     已停止运行，预检中断，请重新运行"; nothing of the list is in the registry; 重新运行 on node b checks
#     the whole list.
#  2. kill -9 node b while it commits the list (its insert of the persons running): no node is left.
#     PostgreSQL rolls the dead node's transaction back; node b is started again (bin/cluster's
#     restart-b) and settles its batch at start-up as 预检完成 "服务器重启，导入中断，未写入任何数据，可重新
#     确认导入"; nothing in the registry; 确认导入 then writes every row.
# Usage: bench/import-crash.sh [rows] [-o] [-Dmaven.repo.local=...]   (Maven options go to bin/cluster)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=300000
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then ROWS=$1; shift; fi
RUN=$(mktemp -d /tmp/canbao-crash.XXXXXX)
pass() { echo "    PASS $*"; }
fail() { echo "    FAIL $*"; echo "    (logs: $RUN)"; exit 1; }
now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }
. bench/sign-in.sh

echo "==> Generating a household register of $ROWS people"
java bench/GenerateRegistry.java "$RUN/registry.csv" "$ROWS"

echo "==> Starting the cluster (log: $RUN/cluster.out)"
t=$(now)
CLUSTER_RUN_DIR=$RUN CANBAO_DEMO_POPULATION=false PORT=0 bin/cluster "$@" > "$RUN/cluster.out" 2>&1 &
CLUSTER=$!
trap 'kill $CLUSTER 2> /dev/null || true; wait $CLUSTER 2> /dev/null || true' EXIT
until [ -f "$RUN/ready" ]; do
  kill -0 "$CLUSTER" 2> /dev/null || { cat "$RUN/cluster.out"; fail "the cluster did not start"; }
  sleep 1
done
. "$RUN/cluster.env"
echo "    up after $(since "$t") s"
A=http://127.0.0.1:$NODE_A_PORT
B=http://127.0.0.1:$NODE_B_PORT
sql() { PGPASSWORD=$(cat "$DB_PASSWORD_FILE") "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U canbao -d canbao -XAtc "$1"; }
api() { # base path [curl options]: a call in the administrator's session on that node
  local base=$1 path=$2; shift 2
  curl -fsS -b "$RUN/cookies-${base##*:}" -H 'X-Requested-With: XMLHttpRequest' "$@" "$base/api/$path"
}
batch() { api "$1" "imports/$ID" | python3 -c "import json,sys; b=json.load(sys.stdin); print(b['$2'] if b['$2'] is not None else '')"; }
# polls the batch on a node until its status is no longer $2; prints the status it then has
await_not() { local s; while s=$(batch "$1" status) && [ "$s" = "$2" ]; do sleep 0.2; done; echo "$s"; }
in_registry() { sql "select count(*) from enrollment.person where source_batch_id = $ID or last_batch_id = $ID"; }
sign_in "$RUN/cookies-$NODE_A_PORT" "$A"
sign_in "$RUN/cookies-$NODE_B_PORT" "$B"
persons_before=$(sql "select count(*) from enrollment.person")

echo "==> 1. kill -9 the node running the check"
ID=$(api "$A" "imports?kind=HOUSEHOLD_REGISTER&fileName=registry.csv" -X POST \
  -H 'Content-Type: application/octet-stream' --data-binary @"$RUN/registry.csv" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
t_up=$(now)
while :; do
  s=$(batch "$A" status); done_rows=$(batch "$A" processedRows)
  [ "$s" = CHECKING ] || fail "the check ended ($s) before a fifth of the rows"
  [ "$done_rows" -ge $(( ROWS / 5 )) ] && break
  sleep 0.1
done
kill -9 "$NODE_A_PID"
t_kill=$(now)
pass "node a killed during the check of batch $ID: 预检中, $done_rows of $ROWS rows done, $(since "$t_up") s after the upload"
s=$(await_not "$B" CHECKING)
settle_s=$(since "$t_kill")
msg=$(batch "$B" message)
[ "$s" = FAILED ] && [ "$msg" = "服务器节点a已停止运行，预检中断，请重新运行" ] \
  && pass "node b settled it ${settle_s} s after the kill: 失败 \"$msg\"" || fail "after the kill: $s \"$msg\""
[ "$(in_registry)" = 0 ] && [ "$(sql "select count(*) from enrollment.person")" = "$persons_before" ] \
  && pass "nothing of the list in the registry" || fail "rows in the registry: $(in_registry)"
t=$(now)
api "$B" "imports/$ID/restart" -X POST > /dev/null
s=$(await_not "$B" CHECKING)
[ "$s" = CHECKED ] && [ "$(batch "$B" newRows)" = "$ROWS" ] \
  && pass "重新运行 on node b: 预检完成 in $(since "$t") s, $ROWS new rows" || fail "restarted check: $s $(batch "$B" message)"

echo "==> 2. kill -9 the node running the commit"
t=$(now)
api "$B" "imports/$ID/commit" -X POST > /dev/null
writing="select count(*) from pg_stat_activity where datname = 'canbao' and query like 'insert into enrollment.person (id_number%'"
while :; do
  s=$(batch "$B" status)
  [ "$s" = COMMITTING ] || fail "the commit ended ($s) before its insert was seen"
  [ "$(sql "$writing and state = 'active'")" -ge 1 ] && break
  sleep 0.1
done
kill -9 "$NODE_B_PID"
t_kill=$(now)
pass "node b killed during the commit: 导入中, its insert of the persons running, $(since "$t") s after 确认导入"
while [ "$(sql "$writing")" -ge 1 ]; do sleep 0.2; done
pass "PostgreSQL ended the dead node's transaction $(since "$t_kill") s after the kill (rolled back: its client is gone)"
[ "$(in_registry)" = 0 ] && [ "$(sql "select count(*) from enrollment.person")" = "$persons_before" ] \
  && pass "nothing of the list in the registry" || fail "rows in the registry: $(in_registry)"
t=$(now)
touch "$RUN/restart-b"
while [ -f "$RUN/restart-b" ] || ! curl -fsS "$B/health/ready" > /dev/null 2>&1; do
  kill -0 "$CLUSTER" 2> /dev/null || fail "the cluster stopped"
  sleep 1
done
sign_in "$RUN/cookies-$NODE_B_PORT" "$B"
s=$(batch "$B" status); msg=$(batch "$B" message)
[ "$s" = CHECKED ] && [ "$msg" = "服务器重启，导入中断，未写入任何数据，可重新确认导入" ] \
  && pass "node b started again in $(since "$t") s and settled it: 预检完成 \"$msg\"" || fail "after the restart: $s \"$msg\""
t=$(now)
api "$B" "imports/$ID/commit" -X POST > /dev/null
s=$(await_not "$B" COMMITTING)
[ "$s" = COMMITTED ] && [ "$(in_registry)" = "$ROWS" ] \
  && pass "确认导入 again: 已导入 in $(since "$t") s, every row in the registry ($(in_registry))" || fail "commit again: $s, $(in_registry) rows"
audited=$(sql "select count(*) from kernel.revinfo where note like '导入中断：%批次 $ID（%'")
[ "$audited" = 2 ] && pass "both settlements in the audit trail" || fail "audit entries: $audited"
echo "==> Import crash: all PASS"
