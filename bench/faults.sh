#!/usr/bin/env bash
# Fault scenarios of issue 14 against Canbao on a throw-away PostgreSQL (bench/common.sh), results in
# docs/operations.md ("Faults"). Each step prints PASS or FAIL; the script fails on the first FAIL.
#  1. PostgreSQL stopped for $OUTAGE_S seconds (default 30) while Canbao runs: REST calls and pages fail
#     with a Chinese message and no stack trace, /health/ready goes DOWN (database) and back UP after the
#     database is started again, the same calls then succeed, and nothing was half-written.
#  2. The upload folder becomes unusable (replaced by a file, as an unmounted or read-only volume would
#     be): /health/ready goes DOWN (upload-storage), an upload is refused in Chinese and nothing is staged
#     (no new import batch, no file); with the folder back, ready again.
. "$(dirname "$0")/common.sh"
OUTAGE_S=${OUTAGE_S:-30}
BASE="http://localhost:$PORT"
pass() { echo "    PASS $*"; }
fail() { echo "    FAIL $*"; exit 1; }
status_of() { curl -s -o "$WORK/body" -w '%{http_code}' -b "$WORK/cookies" -H 'X-Requested-With: XMLHttpRequest' "$@"; }
no_trace() { ! grep -qE 'Exception|at org\.|at java\.|\.java:[0-9]+' "$WORK/body"; }
count() { psql_canbao -XAtc "$1"; }

start_canbao
sign_in "$WORK/cookies"

echo "==> 1. PostgreSQL stopped for ${OUTAGE_S}s"
[ "$(status_of "$BASE/health/ready")" = 200 ] && pass "ready before" || fail "not ready before: $(cat "$WORK/body")"
[ "$(status_of "$BASE/api/categories")" = 200 ] && pass "REST works before" || fail "REST before: $(cat "$WORK/body")"
before=$(count "select (select count(*) from enrollment.enrollment_record) || '/' || (select count(*) from enrollment.person) || '/' || (select count(*) from enrollment.import_batch)")
"${PG_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop > /dev/null
t0=$(date +%s)
s=$(status_of "$BASE/health/ready")
[ "$s" = 503 ] && grep -q '"name":"database","status":"DOWN"' "$WORK/body" && pass "health DOWN, database named" || fail "health during outage: $s $(cat "$WORK/body")"
s=$(status_of "$BASE/api/categories")
[ "$s" = 503 ] && grep -q '数据库暂时无法连接' "$WORK/body" && no_trace && pass "REST: 503 $(cat "$WORK/body")" || fail "REST during outage: $s $(cat "$WORK/body")"
s=$(status_of -X POST -H 'Content-Type: application/json' -d '{}' "$BASE/api/enrollments")
no_trace && [ "$s" -ge 400 ] && pass "REST write refused: $s $(head -c 200 "$WORK/body")" || fail "REST write during outage: $s"
s=$(status_of -L "$BASE/enrollment/persons.xhtml")
grep -q '数据库暂时无法连接' "$WORK/body" && no_trace && pass "page: the error page says the database cannot be reached ($s)" || fail "page during outage: $s $(grep -o '<h1[^<]*</h1>\|<p[^<]*</p>' "$WORK/body" | head -5)"
sleep $(( OUTAGE_S - ($(date +%s) - t0) > 0 ? OUTAGE_S - ($(date +%s) - t0) : 0 ))
"${PG_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start > /dev/null
t1=$(date +%s)
for _ in $(seq 1 120); do [ "$(status_of "$BASE/health/ready")" = 200 ] && break; sleep 1; done
[ "$(status_of "$BASE/health/ready")" = 200 ] && pass "ready again $(( $(date +%s) - t1 ))s after the database is back" || fail "not ready after the outage: $(cat "$WORK/body")"
[ "$(status_of "$BASE/api/categories")" = 200 ] && pass "REST works again" || fail "REST after: $(cat "$WORK/body")"
[ "$(status_of "$BASE/enrollment/persons.xhtml")" = 200 ] && pass "page works again, same session" || fail "page after"
after=$(count "select (select count(*) from enrollment.enrollment_record) || '/' || (select count(*) from enrollment.person) || '/' || (select count(*) from enrollment.import_batch)")
[ "$before" = "$after" ] && pass "nothing half-written (records/persons/imports $after)" || fail "rows changed: $before -> $after"

echo "==> 2. Upload folder unusable"
mkdir -p "$WORK/imports"
mv "$WORK/imports" "$WORK/imports.away"
touch "$WORK/imports"
batches=$(count "select count(*) from enrollment.import_batch")
s=$(status_of "$BASE/health/ready")
[ "$s" = 503 ] && grep -q '"name":"upload-storage","status":"DOWN"' "$WORK/body" && pass "health DOWN, upload-storage named" || fail "health: $s $(cat "$WORK/body")"
printf '身份证号,姓名,户号,与户主关系,乡镇(街道),村(社区)\n' > "$WORK/list.csv"
s=$(status_of -X POST -H 'Content-Type: application/octet-stream' --data-binary @"$WORK/list.csv" "$BASE/api/imports?kind=HOUSEHOLD_REGISTER&fileName=list.csv")
grep -q '未接收任何数据' "$WORK/body" && no_trace && pass "upload refused: $s $(cat "$WORK/body")" || fail "upload: $s $(cat "$WORK/body")"
[ "$(count "select count(*) from enrollment.import_batch")" = "$batches" ] && pass "no import batch staged" || fail "a batch was created"
rm "$WORK/imports"; mv "$WORK/imports.away" "$WORK/imports"
[ -z "$(ls -A "$WORK/imports")" ] && pass "no file kept" || fail "files left: $(ls "$WORK/imports")"
[ "$(status_of "$BASE/health/ready")" = 200 ] && pass "ready again with the folder back" || fail "not ready: $(cat "$WORK/body")"
echo "==> Faults: all PASS"
