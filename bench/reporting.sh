#!/usr/bin/env bash
# Reporting benchmark (issue 12 item 8): on a district of N people (default 1,000,000, made by
# bench/district.sh over every village of 永川区), the district-wide household-register cross-check
# (户籍人口比对: a first run that files every uninsured person in the follow-up ledger, and a re-run that
# keeps them) and the publicity summary (公示汇总表), each through the real server (HTTP, a signed-in
# session, the facade, JSON) next to the plainest hand-written SQL doing the same work in psql in the
# same run — whose ledger and totals must equal the server's. Set-up is not measured.
# Appends the results to docs/performance.md.
#
# Usage: bench/reporting.sh [people]     Environment: RUNS (measured rounds, default 5), PORT
PEOPLE=${1:-1000000}
RUNS=${RUNS:-5}
YEAR=2023

# a free port unless told: another benchmark may be running on common.sh's default
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
. "$(dirname "$0")/common.sh"
. "$(dirname "$0")/district.sh"

start_district

# The year's campaign settings (the poverty-alleviated categories publicity counts), saved as the
# district administrator would.
web "$BASE/api/incentives/settings?year=$YEAR&areaId=$DISTRICT_ID" > "$WORK/settings-shown.json"
web -X PUT -H 'Content-Type: application/json' --data-binary @"$WORK/settings-shown.json" "$BASE/api/incentives/settings" > "$WORK/settings.json"
POOR=$(python3 -c "import json,sys; print(','.join(sorted(json.load(open(sys.argv[1]))['povertyCategories'])))" "$WORK/settings.json")
TODAY=$(TZ=Asia/Shanghai date +%F)
echo "    settings saved (poverty-alleviated: $POOR); publicity as of $TODAY"

stats() { sort -n "$WORK/$1" | awk '{ v[NR] = $1 } END { printf "%.3f %.3f %.3f", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR] }'; }
sql_array() { echo "array['${1//,/\',\'}']"; }

# --- Baseline 1: the cross-check as plain SQL ---------------------------------------------------
# The ledger's rules written out by hand: kept items of people still uninsured are refreshed (village,
# register status, found by the register check, the register's reason when none is recorded, 已参保
# back to 待联系), items of people insured by now become 已参保, and every other uninsured registered
# person of the district gets a new item (待联系, the register's reason if it gives one).
REASON="case p.status when 'DECEASED' then 'DECEASED' when 'MOVED_OUT' then 'HOUSEHOLD_MOVED' when 'MISSING' then 'MISSING'
    when 'MILITARY' then 'MILITARY' when 'MARRIED_OUT' then 'MARRIED_OUT' end"
UNINSURED="not exists (select 1 from enrollment.v_insured_person i where i.person_id = p.person_id and i.insurance_year = $YEAR)"
cat > "$WORK/cross-check.sql" <<SQL
\\timing on
begin;
update reporting.follow_up f set name = p.name, village_id = p.village_id, village_path = p.village_path, registry_status = p.status,
    found_by = case when ',' || f.found_by || ',' like '%,REGISTER,%' then f.found_by else 'REGISTER,' || f.found_by end,
    still_uninsured = true, last_checked_at = now(), reason = coalesce(f.reason, $REASON),
    status = case when f.status = 'ENROLLED' then 'TO_CONTACT' else f.status end,
    status_by = case when f.status = 'ENROLLED' then 'qxadmin' else f.status_by end,
    status_at = case when f.status = 'ENROLLED' then now() else f.status_at end, version = f.version + 1
  from enrollment.v_registered_person p
  where f.insurance_year = $YEAR and p.person_id = f.person_id and p.village_path like '$DISTRICT_PATH%' and $UNINSURED;
update reporting.follow_up f set still_uninsured = false, last_checked_at = now(), status = 'ENROLLED',
    status_by = case when f.status = 'ENROLLED' then f.status_by else 'qxadmin' end,
    status_at = case when f.status = 'ENROLLED' then f.status_at else now() end, version = f.version + 1
  where f.insurance_year = $YEAR and (f.still_uninsured or f.status <> 'ENROLLED')
    and exists (select 1 from enrollment.v_registered_person p where p.person_id = f.person_id and p.village_path like '$DISTRICT_PATH%')
    and exists (select 1 from enrollment.v_insured_person i where i.person_id = f.person_id and i.insurance_year = $YEAR);
insert into reporting.follow_up (insurance_year, person_id, id_number, name, village_id, village_path, found_by, registry_status,
    still_uninsured, last_checked_at, reason, status, status_by, status_at, version)
  select $YEAR, p.person_id, p.id_number, p.name, p.village_id, p.village_path, 'REGISTER', p.status, true, now(), $REASON,
    'TO_CONTACT', 'qxadmin', now(), 0
  from enrollment.v_registered_person p
  where p.village_path like '$DISTRICT_PATH%' and $UNINSURED
    and not exists (select 1 from reporting.follow_up f where f.insurance_year = $YEAR and f.person_id = p.person_id);
commit;
SQL

# --- Baseline 2: the publicity summary as plain SQL ----------------------------------------------
# Per township: the poverty-alleviated people registered today, and of them the subsidised payments of
# the year (count, amount; of which the linkage fund, of which other funds), paid by today.
HOLDS="h.category_code = any($(sql_array "$POOR")) and h.valid_from <= date '$TODAY' and (h.valid_to is null or h.valid_to >= date '$TODAY')"
TOWNSHIP="split_part(substr(x.village_path, length('$DISTRICT_PATH') + 1), '/', 1)"
cat > "$WORK/publicity.sql" <<SQL
set jit = off;
\\timing on
with population as (
  select h.village_path, count(distinct h.person_id) people from enrollment.v_identity_holding h
  where h.village_path like '$DISTRICT_PATH%' and $HOLDS and (h.person_status = 'NORMAL' or h.status_since > date '$TODAY')
  group by h.village_path),
paid as (
  select s.village_path, count(*) people, sum(s.subsidy) amount,
    count(*) filter (where s.funding_source = 'LINKAGE_FUND') linkage, coalesce(sum(s.subsidy) filter (where s.funding_source = 'LINKAGE_FUND'), 0) linkage_amount
  from enrollment.v_subsidised_enrollment s
  where s.insurance_year = $YEAR and s.village_path like '$DISTRICT_PATH%' and s.payment_date <= date '$TODAY'
    and exists (select 1 from enrollment.v_identity_holding h where h.person_id = s.person_id and $HOLDS)
  group by s.village_path)
select $TOWNSHIP township, sum(x.population) population, sum(x.people) people, sum(x.amount) amount, sum(x.linkage) linkage,
  sum(x.linkage_amount) linkage_amount, sum(x.people) - sum(x.linkage) other, sum(x.amount) - sum(x.linkage_amount) other_amount
from (select village_path, people population, 0 people, 0 amount, 0 linkage, 0 linkage_amount from population
      union all select village_path, 0, people, amount, linkage, linkage_amount from paid) x
group by 1 order by 1;
SQL
# the statements' time as psql measures it (without starting psql and connecting), in seconds
sql_timed() { psql_canbao -q -o /dev/null -f "$WORK/$1" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{ s += $1 } END { printf "%.6f\n", s / 1000 }'; }
empty_ledger() { psql_canbao -q -c "truncate reporting.follow_up_evidence, reporting.follow_up_aud, reporting.follow_up; analyze reporting.follow_up"; }
LEDGER_COLUMNS="insurance_year, person_id, id_number, name, village_id, village_path, found_by, registry_status, still_uninsured, reason, status, status_by"

# Rounds of every measure in turn, so that a change of the machine's load meets all of them alike; the
# first round warms up and is not counted. Each round: the server's check on an empty ledger and again,
# then the same in SQL on an empty ledger and again, then the publicity summary by the server and in SQL.
echo "==> Measuring: a warm-up round, then $RUNS rounds of every measure in turn (seconds)"
CHECK="$BASE/api/follow-ups/cross-check?kind=REGISTER&year=$YEAR&areaId=$DISTRICT_ID"
SUMMARY="$BASE/api/publicity/summary?year=$YEAR&areaId=$DISTRICT_ID"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
for round in $(seq 0 "$RUNS"); do
  empty_ledger
  first=$(timed -X POST "$CHECK"); cp "$WORK/answer" "$WORK/first.json"
  rerun=$(timed -X POST "$CHECK"); cp "$WORK/answer" "$WORK/rerun.json"
  if [ "$round" = 0 ]; then
    psql_canbao -q -c "create table public.bench_server_items as select $LEDGER_COLUMNS from reporting.follow_up"
    SERVER_AUDIT=$(psql_canbao -At -c "select count(*) from reporting.follow_up_aud")
  fi
  empty_ledger
  sql_first=$(sql_timed cross-check.sql)
  sql_rerun=$(sql_timed cross-check.sql)
  summary=$(timed "$SUMMARY"); cp "$WORK/answer" "$WORK/summary.json"
  sql_summary=$(sql_timed publicity.sql)
  echo "    $([ "$round" = 0 ] && echo warm-up || echo "round $round"): check (first) $first, SQL $sql_first; check (re-run) $rerun, SQL $sql_rerun; summary $summary, SQL $sql_summary"
  if [ "$round" -gt 0 ]; then
    for m in first sql_first rerun sql_rerun summary sql_summary; do echo "${!m}" >> "$WORK/$m"; done
  fi
done
for m in first sql_first rerun sql_rerun summary sql_summary; do echo "    $m: $(stats $m) (min median max)"; done
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)

# --- The server's results must be the SQL's ----------------------------------------------------
# the ledger: the same people with the same village, reason, status and register status
DIFFERENT=$(psql_canbao -At -c "select count(*) from ((select $LEDGER_COLUMNS from public.bench_server_items except all
  select $LEDGER_COLUMNS from reporting.follow_up) union all (select $LEDGER_COLUMNS from reporting.follow_up except all
  select $LEDGER_COLUMNS from public.bench_server_items)) d")
read -r ITEMS DECEASED MOVED <<< "$(psql_canbao -At -F' ' -c "select count(*), count(*) filter (where reason = 'DECEASED'),
  count(*) filter (where reason = 'HOUSEHOLD_MOVED') from reporting.follow_up")"
FIRST=$(python3 -c "import json,sys; r = json.load(open(sys.argv[1])); print(r['compared'], r['uninsured'], r['added'], r['kept'], r['nowInsured'])" "$WORK/first.json")
RERUN=$(python3 -c "import json,sys; r = json.load(open(sys.argv[1])); print(r['compared'], r['uninsured'], r['added'], r['kept'], r['nowInsured'])" "$WORK/rerun.json")
echo "    ledger: $ITEMS items (deceased $DECEASED, moved out $MOVED); server's items differing from the SQL's: $DIFFERENT"
echo "    server's answers (compared uninsured added kept nowInsured): first $FIRST, re-run $RERUN; audit rows after both: $SERVER_AUDIT"
# the summary: the total row against the SQL's sums
psql_canbao -qAt -o /dev/null -c "create table public.bench_publicity as $(sed -n '/^with population/,$p' "$WORK/publicity.sql" | sed '$ s/;$//')"
SQL_TOTAL=$(psql_canbao -At -F' ' -c "select sum(population), sum(people), round(sum(amount), 2), sum(linkage), round(sum(linkage_amount), 2), sum(other),
  round(sum(other_amount), 2),
  count(*) from public.bench_publicity")
APP_TOTAL=$(python3 -c "import json,sys; s = json.load(open(sys.argv[1])); t = s['rows'][-1]; rows = s['rows'][:-1]
print(t['povertyAlleviated'], t['subsidised'], '%.2f' % t['subsidisedAmount'], t['linkageFund'], '%.2f' % t['linkageFundAmount'],
  t['otherFund'], '%.2f' % t['otherFundAmount'], len(rows))" "$WORK/summary.json")
echo "    summary total (population people amount linkage amount other amount lines): server $APP_TOTAL; SQL $SQL_TOTAL"
[ "$APP_TOTAL" = "$SQL_TOTAL" ] && SAME_SUMMARY=yes || SAME_SUMMARY=**no**
[ "$DIFFERENT" = 0 ] && SAME_LEDGER=yes || SAME_LEDGER="**no** ($DIFFERENT rows differ)"

ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }
row() {
  local min med max base
  read -r min med max <<< "$(stats "$2")"
  read -r _ base _ <<< "$(stats "$3")"
  echo "| $1 | $min | **$med** | $max | $(ratio "$med" "$base")× | ≤ 1.5× |"
}
sqlrow() {
  local min med max
  read -r min med max <<< "$(stats "$2")"
  echo "| $1 | $min | **$med** | $max | 1× | — |"
}
read -r COMPARED UNINSURED ADDED _ _ <<< "$FIRST"
read -r _ _ _ KEPT _ <<< "$RERUN"
VILLAGES=$(psql_canbao -At -c "select count(*) from public.bench_village")
TOWNSHIPS=$(psql_canbao -At -c "select count(*) from kernel.region where parent_id = $DISTRICT_ID and level = 'TOWNSHIP'")
RECORDS=$(psql_canbao -At -c "select count(*) from enrollment.enrollment_record")
{
  echo
  echo "### Cross-check and publicity of $PEOPLE people — $(date -u +%Y-%m-%d) on $(nproc) cores ($(commit=$(git rev-parse --short HEAD 2> /dev/null) && echo "commit $commit" || echo "no commit"))"
  echo
  echo "永川区: $TOWNSHIPS townships, $VILLAGES villages, $RECORDS enrollment records. Register cross-check of $YEAR for the district:"
  echo "$COMPARED compared, $UNINSURED uninsured ($ADDED new items on an empty ledger, $KEPT kept on the re-run; $DECEASED with the reason"
  echo "已死亡 and $MOVED 户口迁出 from the register); $SERVER_AUDIT audit rows after both runs. Server's ledger equal to the SQL's: $SAME_LEDGER."
  echo "Publicity summary (poverty-alleviated, as of $TODAY): server's total row and township lines equal to the SQL's: $SAME_SUMMARY."
  echo "Seconds; $RUNS rounds of every measure in turn after a warm-up round; Payara Micro ${BENCH_JAVA_OPTS:--Xmx512m}; load average (1 min) $LOAD_BEFORE before the measures, $LOAD_AFTER after."
  echo
  echo "| measure | min | median | max | median / SQL | target |"
  echo "|---|---|---|---|---|---|"
  sqlrow "SQL in psql: the check on an empty ledger (update kept, mark insured, insert new)" sql_first
  row "\`POST /api/follow-ups/cross-check?kind=REGISTER\` for the district, empty ledger (creates the items)" first sql_first
  sqlrow "SQL in psql: the same statements again (every item kept)" sql_rerun
  row "the same request again (keeps every item)" rerun sql_rerun
  sqlrow "SQL in psql: the summary per township (one statement)" sql_summary
  row "\`GET /api/publicity/summary\` for the district ($TOWNSHIPS townships, total row)" summary sql_summary
} | record_results reporting
