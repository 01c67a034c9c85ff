#!/usr/bin/env bash
# Import benchmark (issue 3): a district household register of N people (default 1,000,000) through
# the real pipeline — upload, Jakarta Batch check, all-or-nothing commit — into PostgreSQL, next to
# PostgreSQL's own COPY of the same rows into the same table, in the same run on the same machine.
# Also records the peak RSS of the Payara Micro process. Appends the results to docs/performance.md.
#
# Usage: bench/import-benchmark.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROWS=${1:-1000000}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/canbao-bench.XXXXXX)

. bin/pg-start
chmod 755 "$WORK"
cleanup() { [ -n "${KEEP_PG_LOG:-}" ] && cp "$PGDIR/server.log" "$KEEP_PG_LOG"; [ -n "${RUN_PID:-}" ] && kill "$RUN_PID" 2> /dev/null; wait "${RUN_PID:-}" 2> /dev/null || true; rm -rf "$WORK"; pg_stop; }
trap cleanup EXIT

echo "==> Generating $ROWS people"
java bench/GenerateRegistry.java "$WORK/registry.csv" "$ROWS"
ls -lh "$WORK/registry.csv" | awk '{print "    " $5}'

echo "==> Starting Canbao on PostgreSQL (port $PORT)"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx640m}" CANBAO_IMPORT_DIR="$WORK/imports" PORT=$PORT bin/run > "$WORK/run.log" 2>&1 &
RUN_PID=$!
for _ in $(seq 1 240); do grep -q "is running" "$WORK/run.log" 2> /dev/null && break; sleep 1; done
grep -q "is running" "$WORK/run.log" || { cat "$WORK/run.log"; exit 1; }
JAVA_PID=$(pgrep -f -- "--deploy .*canbao.war.*--port $PORT" | head -1)
now() { date +%s.%N; }

# --- Baseline: COPY of the same rows (village ids resolved the way the pipeline resolves them) ----
psql_canbao -At -F, -c "select n.name, r.id, r.path from kernel.region r join kernel.region_name n on n.region_id = r.id
  where r.parent_id = (select id from kernel.region where code = '500118107') and n.valid_to is null" > "$WORK/villages.csv"
awk -F, 'NR==FNR { id[$1]=$2; path[$1]=$3; next }
  FNR > 1 { b=substr($1,7,8); sex=(substr($1,17,1) % 2 == 1) ? "男" : "女";
            printf "%s,%s,%s,%s-%s-%s,%s,%s,%s,%s,NORMAL\n", $1, $2, sex, substr(b,1,4), substr(b,5,2), substr(b,7,2), $3, $4, id[$6], path[$6] }' \
  "$WORK/villages.csv" "$WORK/registry.csv" > "$WORK/copy.csv"
chmod 644 "$WORK/copy.csv"
T0=$(now)
psql_canbao -qc "\\copy enrollment.person (id_number, name, sex, birth_date, household_no, relation_to_head, village_id, village_path, status) from '$WORK/copy.csv' with (format csv)"
T1=$(now)
COPY_SECONDS=$(echo "$T1 - $T0" | bc)
COPIED=$(psql_canbao -At -c "select count(*) from enrollment.person")
psql_canbao -qc "truncate enrollment.person cascade"
echo "    COPY: $COPIED rows in ${COPY_SECONDS}s"

# --- The pipeline, as a district administrator would use it ------------------------------------
api() { curl -fsS -u qxadmin:Canbao@2026 "$@"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
wait_for() {
  while :; do
    s=$(api "http://localhost:$PORT/api/imports/$1" | field status)
    case "$s" in CHECKING|COMMITTING) sleep 0.5 ;; *) echo "$s"; return ;; esac
  done
}
T2=$(now)
ID=$(api -X POST -H 'Content-Type: application/octet-stream' --data-binary @"$WORK/registry.csv" \
  "http://localhost:$PORT/api/imports?kind=HOUSEHOLD_REGISTER&fileName=registry.csv" | field id)
STATUS=$(wait_for "$ID")
T3=$(now)
[ "$STATUS" = CHECKED ] || { echo "check ended $STATUS"; api "http://localhost:$PORT/api/imports/$ID"; exit 1; }
api -X POST "http://localhost:$PORT/api/imports/$ID/commit" > /dev/null
STATUS=$(wait_for "$ID")
T4=$(now)
[ "$STATUS" = COMMITTED ] || { echo "commit ended $STATUS"; api "http://localhost:$PORT/api/imports/$ID"; exit 1; }
IMPORTED=$(psql_canbao -At -c "select count(*) from enrollment.person")
RSS_KB=$(awk '/VmHWM/ {print $2}' /proc/"$JAVA_PID"/status)

CHECK_S=$(echo "$T3 - $T2" | bc)
COMMIT_S=$(echo "$T4 - $T3" | bc)
TOTAL_S=$(echo "$T4 - $T2" | bc)
PIPE_RATE=$(echo "$IMPORTED / $TOTAL_S" | bc)
COPY_RATE=$(echo "$COPIED / $COPY_SECONDS" | bc)
RATIO=$(echo "scale=1; 100 * $PIPE_RATE / $COPY_RATE" | bc)
RSS_MIB=$(echo "$RSS_KB / 1024" | bc)
echo "    pipeline: $IMPORTED rows in ${TOTAL_S}s (check ${CHECK_S}s, commit ${COMMIT_S}s) = $PIPE_RATE rows/s"
echo "    COPY: $COPY_RATE rows/s; pipeline/COPY = $RATIO%; peak RSS $RSS_MIB MiB"

{
  echo
  echo "### Import of $ROWS people — $(date -u +%Y-%m-%d) on $(nproc) cores"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| PostgreSQL COPY into enrollment.person | $COPIED rows in ${COPY_SECONDS%.*}.${COPY_SECONDS#*.} s = **$COPY_RATE rows/s** |"
  echo "| pipeline: upload + background check | ${CHECK_S} s |"
  echo "| pipeline: all-or-nothing commit | ${COMMIT_S} s |"
  echo "| pipeline total | $IMPORTED rows = **$PIPE_RATE rows/s** |"
  echo "| pipeline / COPY | **$RATIO %** (target ≥ 50 %) |"
  echo "| peak RSS of Payara Micro (VmHWM, -Xmx640m) | **$RSS_MIB MiB** (target < 1024 MiB) |"
} >> docs/performance.md
