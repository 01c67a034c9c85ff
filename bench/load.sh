#!/usr/bin/env bash
# Load test (issue 14): N village and township officers, each signed in with an account of their own,
# doing what they do in the campaign weeks — dashboard, person list and its lazy-list AJAX requests,
# search by name, a person's page, a payment registered — for a bounded time, with Gatling
# (bench/load, a Maven project outside the main build). Every response is checked; the figures
# (p50/p95/p99, errors, throughput), the database sessions in use and PostgreSQL's 10 statements
# with the most time (pg_stat_statements) are appended to docs/performance.md, section "Load (issue 14)".
#
# Usage: bench/load.sh [users] [seconds] [target]
#   users    concurrent officers (default 10); seconds: how long each keeps working (default 60)
#   target   none (or "node"): a throw-away PostgreSQL (bin/pg-start, with pg_stat_statements) and ONE
#            node (bin/run, demo data with 松溉镇's ~20,000 people), started here and stopped at the end;
#            "cluster": the same database and demo data behind bin/cluster's nginx with TWO nodes,
#            started here and stopped at the end;
#            a base URL: a server already running is loaded; its database must be reachable with the
#            libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (for the set-up and the
#            statistics; pg_stat_statements is read when that server preloads it).
# Environment: RAMP (seconds over which the users start, default 10% of the run, at least 5),
#   BENCH_JAVA_OPTS (heap of each node, default -Xmx1g), MVN_OPTS (extra Maven arguments, e.g.
#   -o -Dmaven.repo.local=...; bin/cluster takes -o and -Dmaven.repo.local from them too), LABEL (a
#   note for the results heading, e.g. "idle machine"), PAY_YEAR (the insurance year the officers
#   pay for: default 2023, the demo campaign's year, whose figures the dashboards show — each payment
#   clears its village's kept figures, as in the campaign weeks; its payment date PAY_DATE defaults
#   to 15 November of the year before).
USERS=${1:-10}
SECONDS_RUN=${2:-60}
BASE_URL=${3:-}
RAMP=${RAMP:-$(( SECONDS_RUN / 10 > 5 ? SECONDS_RUN / 10 : 5 ))}
PAY_YEAR=${PAY_YEAR:-2023}
PAY_DATE=${PAY_DATE:-$((PAY_YEAR - 1))-11-15}
PGSS_OPTS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top"

if [ -z "$BASE_URL" ] || [ "$BASE_URL" = node ]; then
  export PG_EXTRA_OPTS="${PG_EXTRA_OPTS:-} $PGSS_OPTS"
  export BENCH_DEMO_POPULATION=true BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g}
  # a free port unless given (other benchmarks default to 18080)
  PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
  export PORT
  . "$(dirname "$0")/common.sh"
  start_canbao
  TARGET="http://localhost:$PORT"
  NODES="1 node (bin/run, ${BENCH_JAVA_OPTS})"
else
  set -euo pipefail
  cd "$(dirname "$0")/.."
  WORK=$(mktemp -d /tmp/canbao-load.XXXXXX)
  trap 'rm -rf "$WORK"' EXIT
  if [ "$BASE_URL" = cluster ]; then
    # bin/cluster in the background (its own PostgreSQL, two nodes, nginx on a free port); stopped,
    # with its database, when this script ends
    export PG_EXTRA_OPTS="${PG_EXTRA_OPTS:-} $PGSS_OPTS" CLUSTER_RUN_DIR=$WORK/cluster PORT=0
    export JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g} CANBAO_DEMO_POPULATION=true
    echo "==> Starting bin/cluster (log: $WORK/cluster.log)"
    # shellcheck disable=SC2086
    bin/cluster ${MVN_OPTS:-} > "$WORK/cluster.log" 2>&1 &
    CLUSTER_PID=$!
    trap 'kill "$CLUSTER_PID" 2> /dev/null || true; wait "$CLUSTER_PID" 2> /dev/null || true; rm -rf "$WORK"' EXIT
    for _ in $(seq 1 1200); do  # both nodes one after the other on a busy machine: up to 20 minutes
      [ -f "$CLUSTER_RUN_DIR/ready" ] && break
      kill -0 "$CLUSTER_PID" 2> /dev/null || { tail -30 "$WORK/cluster.log"; echo "bin/cluster stopped"; exit 1; }
      sleep 1
    done
    [ -f "$CLUSTER_RUN_DIR/ready" ] || { tail -30 "$WORK/cluster.log"; echo "bin/cluster is not ready"; exit 1; }
    . "$CLUSTER_RUN_DIR/cluster.env"
    export PGHOST=127.0.0.1 PGPORT PGUSER=canbao PGDATABASE=canbao
    PGPASSWORD=$(cat "$DB_PASSWORD_FILE")
    export PGPASSWORD
    BASE_URL="http://127.0.0.1:$CLUSTER_PORT"
    NODES="2 nodes (bin/cluster: nginx, 2 × Payara Micro ${JAVA_OPTS})"
  else
    NODES=${BASE_URL%/}
  fi
  : "${PGHOST:?set PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE to the database of the target}"
  psql_canbao() { psql -v ON_ERROR_STOP=1 "$@"; }
  eval "$(sed -n '/^record_results()/,/^}/p' bench/common.sh)"
  . bench/sign-in.sh
  TARGET=${BASE_URL%/}
fi
LOG=$WORK/load.log

# --- Set-up (not measured) -------------------------------------------------------------------------
# An administrator's session for the set-up calls (the login form, as the browser signs in).
admin_jar=$WORK/admin-cookies
admin_api() { curl -fsS -b "$admin_jar" -H 'X-Requested-With: XMLHttpRequest' -H 'Content-Type: application/json' "$@"; }

echo "==> Set-up: the city's $PAY_YEAR policy (copied from 2023 and published, as an administrator would), officers' accounts"
sign_in "$admin_jar" "$TARGET" sysadmin
if [ "$(psql_canbao -At -c "select count(*) from subsidies.policy_version where insurance_year = $PAY_YEAR and status = 'PUBLISHED'")" = 0 ]; then
  POLICY_2023=$(admin_api "$TARGET/api/policies" | python3 -c "import json,sys
print(next(p['id'] for p in json.load(sys.stdin) if p['year'] == 2023 and p['regionCode'] == '500000' and p['status'] == 'PUBLISHED'))")
  POLICY_NEW=$(admin_api -X POST "$TARGET/api/policies/$POLICY_2023/copy?year=$PAY_YEAR" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
  admin_api -X POST "$TARGET/api/policies/$POLICY_NEW/publish" > /dev/null
fi

# One account per virtual user, each with an area of its own: four in five are village officers
# (专干, spread over 松溉镇's villages), one in five township officers (社保所) of 松溉镇. Each has its
# own PBKDF2 hash of the demo password, in the format of Jakarta Security's Pbkdf2PasswordHash, so that
# no sign-in is cheaper than a real one. They are demo accounts (refused in production mode).
psql_canbao -At -F, -c "select r.id from kernel.region r where r.parent_id = (select id from kernel.region where code = '500118107') order by r.id" \
  > "$WORK/villages.txt"
TOWNSHIP=$(psql_canbao -At -c "select id from kernel.region where code = '500118107'")
python3 - "$USERS" "$TOWNSHIP" "$WORK/villages.txt" > "$WORK/accounts.sql" <<'PY'
import base64, hashlib, os, sys
users, township, villages = int(sys.argv[1]), sys.argv[2], open(sys.argv[3]).read().split()
print("begin;")
for i in range(1, users + 1):
    salt = os.urandom(32)
    key = hashlib.pbkdf2_hmac("sha512", b"Canbao@2026", salt, 120000, 32)
    h = "PBKDF2WithHmacSHA512:120000:%s:%s" % (base64.b64encode(salt).decode(), base64.b64encode(key).decode())
    if i % 5 == 0:
        name, region, role, who = "zhen%03d" % i, township, "TOWNSHIP_OFFICER", "压测社保所经办%d" % i
    else:
        name, region, role, who = "cun%03d" % i, villages[i % len(villages)], "VILLAGE_OFFICER", "压测专干%d" % i
    print("insert into kernel.app_user (username, display_name, password_hash, password_changed_at, region_id, organisation, enabled, demo)"
          " values ('%s', '%s', '%s', now(), %s, '压测', true, true) on conflict (username) do nothing;" % (name, who, h, region))
    print("insert into kernel.app_user_role (user_id, role) select id, '%s' from kernel.app_user where username = '%s' on conflict do nothing;" % (role, name))
print("commit;")
PY
psql_canbao -q -f "$WORK/accounts.sql"

# Each account's share of the people to pay for: registered people of its area without an active
# record for the year, each given to one account only (the township officers take from all villages).
psql_canbao -At -F, > "$WORK/accounts.csv" <<SQL
with acc as (
  select u.username, r.role, u.region_id,
         row_number() over (partition by u.region_id order by u.username) - 1 k,
         count(*) over (partition by u.region_id) n
  from kernel.app_user u join kernel.app_user_role r on r.user_id = u.id
  where u.organisation = '压测' and r.role in ('VILLAGE_OFFICER', 'TOWNSHIP_OFFICER')),
unpaid as (
  select p.id, p.village_id, row_number() over (partition by p.village_id order by p.id) - 1 rn
  from enrollment.person p
  where p.status = 'NORMAL' and not exists (select 1 from enrollment.enrollment_record e
    where e.person_id = p.id and e.insurance_year = $PAY_YEAR and e.status = 'ACTIVE')),
township_accounts as (select count(*) n from acc where role = 'TOWNSHIP_OFFICER'),
share as (
  -- even rows of each village: its village officers in turn; odd rows: the township officers in turn
  select a.username, u.id from unpaid u join acc a on a.region_id = u.village_id and a.role = 'VILLAGE_OFFICER'
    where u.rn % 2 = 0 and (u.rn / 2) % a.n = a.k
  union all
  select a.username, u.id from unpaid u cross join township_accounts t
    join acc a on a.role = 'TOWNSHIP_OFFICER' and a.k = (u.id % t.n)
    where u.rn % 2 = 1)
select 'username', 'kind', 'payIds'
union all
select a.username, a.role, coalesce((select string_agg(s.id::text, ';' order by s.id) from (select id from share where share.username = a.username order by id limit 200) s), '')
from acc a;
SQL
sed -i '1s/.*/username,kind,payIds/' "$WORK/accounts.csv"
echo "    $(($(wc -l < "$WORK/accounts.csv") - 1)) accounts; $(psql_canbao -At -c "select count(*) from enrollment.person") people"

# PostgreSQL's statement statistics from here on: the set-up and start-up are not counted.
PGSS=$(psql_canbao -At -c "select count(*) from pg_settings where name = 'shared_preload_libraries' and setting like '%pg_stat_statements%'")
if [ "$PGSS" = 1 ]; then
  psql_canbao -q -c "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" > /dev/null
fi

# --- The run ----------------------------------------------------------------------------------------
echo "==> Gatling: $USERS officers for ${SECONDS_RUN}s (ramp ${RAMP}s) against $TARGET"
LOAD_START=$(date +%s)
CPU_BEFORE=$(awk '/^cpu / {print $2+$3+$4+$5+$6+$7+$8, $5+$6}' /proc/stat)
# The database sessions of the account during the run, every 2 s: open (the nodes' pools), running a
# statement, and idle in a transaction (held by a request between its statements)
(while :; do
  psql_canbao -At -F' ' -c "select count(*), count(*) filter (where state = 'active'),
      count(*) filter (where state like 'idle in transaction%') from pg_stat_activity
    where datname = current_database() and usename = current_user and pid <> pg_backend_pid()" || true
  sleep 2
done) > "$WORK/sessions.txt" 2> /dev/null &
SAMPLER=$!
set +e
(cd bench/load && mvn -B ${MVN_OPTS:-} gatling:test -Dgatling.simulationClass=org.canbao.bench.OfficersSimulation \
  -DbaseUrl="$TARGET" -Dusers="$USERS" -DdurationSeconds="$SECONDS_RUN" -DrampSeconds="$RAMP" -Daccounts="$WORK/accounts.csv" \
  -DpayYear=$PAY_YEAR -DpayDate="$PAY_DATE") > "$LOG" 2>&1
GATLING_RC=$?
set -e
kill "$SAMPLER" 2> /dev/null || true
wait "$SAMPLER" 2> /dev/null || true
SESSIONS=$(awk 'NF == 3 { if ($1 > o) o = $1; if ($2 > a) a = $2; if ($3 > t) t = $3 }
  END { printf "%d open, %d running a statement, %d idle in a transaction", o, a, t }' "$WORK/sessions.txt")
CPU_AFTER=$(awk '/^cpu / {print $2+$3+$4+$5+$6+$7+$8, $5+$6}' /proc/stat)
CPU_BUSY=$(python3 -c "b='$CPU_BEFORE'.split(); a='$CPU_AFTER'.split(); t=int(a[0])-int(b[0]); i=int(a[1])-int(b[1]); print(round(100*(t-i)/t) if t else 0)")
sed -n '/^=\{10,\}/,/^=\{10,\}/p' "$LOG" | tail -40
REPORT=$(ls -td bench/load/target/gatling/*/ 2> /dev/null | head -1 || true)
[ -n "$REPORT" ] && [ -f "$REPORT/index.html" ] && [ "$REPORT" -nt "$WORK" ] || { tail -60 "$LOG"; echo "Gatling wrote no report (exit $GATLING_RC)"; exit 1; }
echo "    report: $REPORT"

# --- Results ----------------------------------------------------------------------------------------
PAID=$(psql_canbao -At -c "select count(*) from enrollment.enrollment_record where insurance_year = $PAY_YEAR and recorded_at >= to_timestamp($LOAD_START)")
# The statistics table of Gatling's HTML report (its figures: count, OK, KO, % KO, req/s, min, p50,
# p75, p95, p99, max, mean, standard deviation).
python3 - "$REPORT/index.html" > "$WORK/figures.md" <<'PY'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
print("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |")
print("|---|---|---|---|---|---|---|---|")
for row in re.findall(r"<tr[^>]*>(.*?)</tr>", page[page.index('id="container_statistics_head"'):], re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cells = re.findall(r'class="value[^"]*col-(\d+)">([^<]*)<', row)
    if not name or len(cells) < 13:
        continue
    v = dict((int(k), x.strip()) for k, x in cells)
    label = html.unescape(name.group(1))
    label = "**all requests**" if label == "All Requests" else label
    print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (label, v[2], v[4], v[8], v[10], v[11], v[12], v[6]))
PY
TOP_SQL=""
if [ "$PGSS" = 1 ]; then
  TOP_SQL=$(psql_canbao -At -F$'\t' -c "select calls, round(total_exec_time::numeric), round(mean_exec_time::numeric, 2), rows,
      regexp_replace(left(query, 300), '\s+', ' ', 'g')
    from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
      and query not like '%pg_stat_activity%' and query not like '%pg_stat_statements%'
    order by total_exec_time desc limit 10" | python3 -c "
import sys
print('| calls | total ms | mean ms | rows | statement (first 300 characters) |')
print('|---|---|---|---|---|')
for line in sys.stdin:
    c, t, m, r, q = line.rstrip('\n').split('\t', 4)
    print('| %s | %s | %s | %s | \`%s\` |' % (c, t, m, r, q.replace('|', '\\\\|').replace('\`', \"'\")))")
  # the dashboards' and progress pages' counting (ProgressQueries.figures: two statements per count),
  # however many entries pg_stat_statements has for it
  FIGURES=$(psql_canbao -At -F' ' -c "select coalesce(sum(calls), 0), round(coalesce(sum(total_exec_time), 0)::numeric),
      round(coalesce(sum(total_exec_time) / nullif(sum(calls), 0), 0)::numeric, 2), count(*)
    from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
      and query like '%count(case when e.kind in%'" | awk '{ printf "%d calls, %d ms in all, %s ms each, in %d statement entries", $1, $2, $3, $4 }')
fi

{
  echo
  echo "### $USERS officers for ${SECONDS_RUN} s — $(date -u +%Y-%m-%d) on $(nproc) cores, $NODES${LABEL:+ — $LABEL}"
  echo
  echo "\`bench/load.sh $*\` (ramp ${RAMP} s; commit $(git rev-parse --short HEAD)); Gatling exit code $GATLING_RC (non-zero: some request failed);"
  echo "machine CPU busy during the run: ${CPU_BUSY} % (all processes, Gatling included); payments recorded during the run (insurance year $PAY_YEAR): $PAID;"
  echo "database sessions of the account (sampled every 2 s): at most $SESSIONS."
  echo
  cat "$WORK/figures.md"
  if [ -n "$TOP_SQL" ]; then
    echo
    echo "PostgreSQL's 10 statements with the most total execution time during the run (pg_stat_statements);"
    echo "the progress figures' counting (ProgressQueries.figures) in all: $FIGURES."
    echo
    echo "$TOP_SQL"
  fi
} | tee "$WORK/results.md" | record_results load
cat "$WORK/results.md"
