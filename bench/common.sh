# Sourced by the benchmarks: a throw-away PostgreSQL (bin/pg-start), Canbao on it (bin/run on $PORT
# with $BENCH_JAVA_OPTS, default -Xmx512m; up to $START_TIMEOUT s, default 600, for it to start), a work folder, and helpers for the REST API as the
# district administrator of 永川区 (qxadmin).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/canbao-bench.XXXXXX)

. bin/pg-start
chmod 755 "$WORK"
cleanup() {
  if [ -n "${KEEP_PG_LOG:-}" ]; then cp "$PGDIR/server.log" "$KEEP_PG_LOG"; fi
  if [ -n "${RUN_PID:-}" ]; then kill "$RUN_PID" 2> /dev/null || true; wait "$RUN_PID" 2> /dev/null || true; fi
  rm -rf "$WORK"
  pg_stop
}
trap cleanup EXIT

start_canbao() {
  echo "==> Starting Canbao on PostgreSQL (port $PORT)"
  # without the demo population: the benchmarks make their own people (the load test sets BENCH_DEMO_POPULATION=true)
  CANBAO_DEMO_POPULATION=${BENCH_DEMO_POPULATION:-false} JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}" CANBAO_IMPORT_DIR="$WORK/imports" PORT=$PORT bin/run > "$WORK/run.log" 2>&1 &
  RUN_PID=$!
  for _ in $(seq 1 "${START_TIMEOUT:-600}"); do grep -q "is running" "$WORK/run.log" 2> /dev/null && break; sleep 1; done
  grep -q "is running" "$WORK/run.log" || { cat "$WORK/run.log"; exit 1; }
  JAVA_PID=$(pgrep -f -- "--deploy .*canbao.war.*--port $PORT" | head -1)
}

now() { date +%s.%N; }
. bench/sign-in.sh

# A call to the REST API in the administrator's session (signed in at the first call), as the page makes it.
api() {
  [ -s "$WORK/cookies" ] || sign_in "$WORK/cookies" "http://localhost:$PORT"
  curl -fsS -b "$WORK/cookies" -H 'X-Requested-With: XMLHttpRequest' "$@"
}
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
wait_for() {
  while :; do
    s=$(api "http://localhost:$PORT/api/imports/$1" | field status)
    case "$s" in CHECKING|COMMITTING) sleep 0.2 ;; *) echo "$s"; return ;; esac
  done
}

# A dry run of the first 20,000 rows of a list (checked, never committed), so that the measured
# run meets a server that has been running (JIT-compiled code, the batch runtime's tables created).
warm_up() {
  local file=$1 query=$2 id status
  head -20001 "$file" > "$WORK/warm-up.csv"
  id=$(api -X POST -H 'Content-Type: application/octet-stream' --data-binary @"$WORK/warm-up.csv" "http://localhost:$PORT/api/imports?$query" | field id)
  status=$(wait_for "$id")
  [ "$status" = CHECKED ] || { echo "warm-up ended $status"; exit 1; }
  echo "    warm-up: dry run of 20000 rows"
}

# Uploads a list, waits for its check, commits it and waits for the commit; sets CHECK_S and COMMIT_S.
run_import() {
  local file=$1 query=$2 id status t0 t1 t2
  t0=$(now)
  id=$(api -X POST -H 'Content-Type: application/octet-stream' --data-binary @"$file" "http://localhost:$PORT/api/imports?$query" | field id)
  status=$(wait_for "$id")
  t1=$(now)
  [ "$status" = CHECKED ] || { echo "check ended $status"; api "http://localhost:$PORT/api/imports/$id"; exit 1; }
  api -X POST "http://localhost:$PORT/api/imports/$id/commit" > /dev/null
  status=$(wait_for "$id")
  t2=$(now)
  [ "$status" = COMMITTED ] || { echo "commit ended $status"; api "http://localhost:$PORT/api/imports/$id"; exit 1; }
  CHECK_S=$(echo "$t1 - $t0" | bc)
  COMMIT_S=$(echo "$t2 - $t1" | bc)
}

peak_rss_mib() { echo "$(awk '/VmHWM/ {print $2}' /proc/"$JAVA_PID"/status) / 1024" | bc; }

# The villages of 松溉镇 as name,id,path, for loading rows the way the pipeline resolves them.
songgai_villages() {
  psql_canbao -At -F, -c "select n.name, r.id, r.path from kernel.region r join kernel.region_name n on n.region_id = r.id
    where r.parent_id = (select id from kernel.region where code = '500118107') and n.valid_to is null"
}

# Adds a block of results (stdin) to docs/performance.md at the end of the section whose results
# end with the line "<!-- end of $1 results -->".
record_results() {
  local marker="<!-- end of $1 results -->" block
  block=$(cat)
  python3 - "$marker" "$block" docs/performance.md <<'PY'
import sys
marker, block, path = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(path, encoding="utf-8").read()
if marker not in text:
    text = text.rstrip("\n") + "\n\n" + marker + "\n"
text = text.replace(marker, block.strip("\n") + "\n\n" + marker, 1)
open(path, "w", encoding="utf-8").write(text)
PY
}
