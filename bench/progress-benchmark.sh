#!/usr/bin/env bash
# Progress benchmark (issue 11): the campaign's figures of a district of N people (default 1,000,000)
# spread over every village of 永川区 — live progress (district → townships → villages), enrollment's
# per-village figures, a bulletin snapshot, and the district administrator's dashboard — each measured
# through the real server (HTTP, the signed-in session, the facades, JSON or the rendered page), next to
# the plainest hand-written SQL aggregate doing the same counting in the same run, whose district totals
# must equal the server's. Set-up (the data, settings and targets) is not measured.
# Appends the results to docs/performance.md.
#
# Usage: bench/progress-benchmark.sh [people]     Environment: RUNS (measured rounds, default 7), PORT
PEOPLE=${1:-1000000}
RUNS=${RUNS:-7}
YEAR=2023
AS_OF=2022-12-31 # the cut-off of the 2023 campaign: what the last bulletin of the year shows

# a free port unless told: another benchmark may be running on common.sh's default
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
. "$(dirname "$0")/common.sh"
. "$(dirname "$0")/district.sh"

start_district

# Settings and targets through the API, as the district administrator sets a campaign up.
web "$BASE/api/incentives/settings?year=$YEAR&areaId=$DISTRICT_ID" > "$WORK/settings-shown.json"
web -X PUT -H 'Content-Type: application/json' --data-binary @"$WORK/settings-shown.json" "$BASE/api/incentives/settings" > "$WORK/settings.json"
LOW=$(python3 -c "import json,sys; print(','.join(sorted(json.load(open(sys.argv[1]))['lowIncomeCategories'])))" "$WORK/settings.json")
POOR=$(python3 -c "import json,sys; print(','.join(sorted(json.load(open(sys.argv[1]))['povertyCategories'])))" "$WORK/settings.json")
for t in $(psql_canbao -At -c "select id from kernel.region where parent_id = $DISTRICT_ID and level = 'TOWNSHIP' order by code"); do
  web -X POST "$BASE/api/incentives/targets/generate?year=$YEAR&areaId=$t" > /dev/null
done
echo "    settings saved (sub-targets: $LOW / $POOR); $(psql_canbao -At -c "select count(*) || ' targets, ' || sum(target_count) || ' people in all'
  from incentives.target where insurance_year = $YEAR") generated"

# --- The measures -----------------------------------------------------------------------------
Q="year=$YEAR&areaId=$DISTRICT_ID&asOf=$AS_OF"
SUB=$(for c in ${LOW//,/ }; do printf '&lowIncome=%s' "$c"; done; for c in ${POOR//,/ }; do printf '&povertyAlleviated=%s' "$c"; done)
stats() { sort -n "$WORK/$1" | awk '{ v[NR] = $1 } END { printf "%.3f %.3f %.3f", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR] }'; }

# --- Baseline: the plainest SQL aggregate doing the same counting ------------------------------
# Per village of the district: the people registered on the date (current village, or a village left
# after it), insured by kind (active records of the year counting on the date), holders of the
# sub-targets' identities valid on the date and how many of them are insured, next to its target.
sql_array() { echo "array['${1//,/\',\'}']"; }
BASELINE_SQL="with held as (
  select person_id, bool_or(category_code = any($(sql_array "$LOW"))) low, bool_or(category_code = any($(sql_array "$POOR"))) poor
  from enrollment.person_identity where category_code = any($(sql_array "$LOW,$POOR"))
    and valid_from <= date '$AS_OF' and (valid_to is null or valid_to >= date '$AS_OF')
  group by person_id),
registered as (
  select id person_id, village_id from enrollment.person
  where village_path like '$DISTRICT_PATH%' and (village_since is null or village_since <= date '$AS_OF')
    and (status = 'NORMAL' or status_since > date '$AS_OF')
  union all
  select p.id, r.village_id from enrollment.residence r join enrollment.person p on p.id = r.person_id
  where r.village_id in (select id from kernel.region where path like '$DISTRICT_PATH%' and level = 'VILLAGE')
    and (r.valid_from is null or r.valid_from <= date '$AS_OF') and r.valid_to >= date '$AS_OF'
    and (p.status = 'NORMAL' or p.status_since > date '$AS_OF'))
select g.village_id, count(*) registered,
  count(*) filter (where e.kind in ('RESIDENT_PAYMENT', 'FOLLOWS_GUARDIAN')) resident,
  count(*) filter (where e.kind = 'EMPLOYEE_INSURANCE') employee, count(*) filter (where e.kind = 'INSURED_OUTSIDE') outside,
  count(*) filter (where h.low) low_income, count(*) filter (where h.low and e.id is not null) low_income_insured,
  count(*) filter (where h.poor) poverty, count(*) filter (where h.poor and e.id is not null) poverty_insured,
  min(t.target_count) target
from registered g
  left join enrollment.enrollment_record e on e.person_id = g.person_id and e.insurance_year = $YEAR and e.status = 'ACTIVE'
    and (e.kind = 'RESIDENT_PAYMENT' and e.payment_date <= date '$AS_OF'
         or e.kind <> 'RESIDENT_PAYMENT' and e.recorded_at < timestamptz '$AS_OF 00:00 Asia/Shanghai' + interval '1 day')
  left join held h on h.person_id = g.person_id
  left join incentives.target t on t.village_id = g.village_id and t.insurance_year = $YEAR
group by g.village_id"
{
  echo "set jit = off;" # as Canbao runs its figures (ProgressQueries): the best the database does here
  echo "\\timing on"
  echo "$BASELINE_SQL;"
} > "$WORK/baseline.sql"
# the query's time as psql measures it (without starting psql and connecting), in seconds
sql_timed() { psql_canbao -q -o /dev/null -f "$WORK/baseline.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{ printf "%.6f\n", $1 / 1000 }'; }

# Rounds of every measure in turn, so that a change of the machine's load meets all of them alike; the
# first round warms up and is not counted.
echo "==> Measuring: a warm-up round, then $RUNS rounds of every measure in turn (seconds)"
web "$BASE/index.xhtml" > "$WORK/dashboard.html"
grep -q '区县医保局工作台' "$WORK/dashboard.html" || { echo "the dashboard is not the district administrator's"; exit 1; }
web "$BASE/api/incentives/progress?$Q" > "$WORK/progress.json"
# today's figures come from incentives' read model: one uninsured person per round gets employee
# insurance recorded (as on screen), which clears that village's kept figures; the next reading recounts
# that village only and reads the others' kept rows
TODAY_Q="year=$YEAR&areaId=$DISTRICT_ID"
psql_canbao -At -c "select p.id from enrollment.person p where p.village_path like '$DISTRICT_PATH%' and p.status = 'NORMAL'
  and not exists (select 1 from enrollment.enrollment_record e where e.person_id = p.id and e.insurance_year = $YEAR and e.status = 'ACTIVE')
  order by p.id limit $((RUNS + 1))" > "$WORK/uninsured-ids"
web "$BASE/api/incentives/progress?$TODAY_Q" > /dev/null
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
for round in $(seq 0 "$RUNS"); do
  kept=$(timed "$BASE/api/incentives/progress?$TODAY_Q")
  person=$(sed -n "$((round + 1))p" "$WORK/uninsured-ids")
  web -X POST -H 'Content-Type: application/json' -d '{}' \
    "$BASE/api/enrollments/other?personId=$person&year=$YEAR&kind=EMPLOYEE_INSURANCE&evidence=BENCH$round" > /dev/null
  changed=$(timed "$BASE/api/incentives/progress?$TODAY_Q")
  progress=$(timed "$BASE/api/incentives/progress?$Q")
  villages=$(timed "$BASE/api/progress/villages?$Q$SUB")
  bulletin=$(timed -X POST "$BASE/api/incentives/bulletins?$Q")
  dashboard=$(timed "$BASE/index.xhtml")
  sql=$(sql_timed)
  echo "    $([ "$round" = 0 ] && echo warm-up || echo "round $round"): today kept $kept, today after a change $changed, progress $progress, villages $villages, bulletin $bulletin, dashboard $dashboard, SQL $sql"
  if [ "$round" -gt 0 ]; then
    for m in kept changed progress villages bulletin dashboard sql; do echo "${!m}" >> "$WORK/$m"; done
  fi
done
for m in kept changed progress villages bulletin dashboard sql; do echo "    $m: $(stats $m) (min median max)"; done

LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)

# The server's district totals must be the SQL's.
psql_canbao -qAt -o /dev/null -c "create table public.bench_baseline as $BASELINE_SQL"
SQL_TOTALS=$(psql_canbao -At -F' ' -c "select sum(registered), coalesce(sum(target), 0), sum(resident), sum(employee), sum(outside), sum(low_income),
  sum(low_income_insured), sum(poverty), sum(poverty_insured) from public.bench_baseline")
APP_TOTALS=$(python3 -c "import json,sys; t = json.load(open(sys.argv[1]))[0]; assert t['level'] == 'TOTAL'
print(' '.join(str(t[k]) for k in ('registered', 'target', 'resident', 'employee', 'outside', 'lowIncome', 'lowIncomeInsured', 'povertyAlleviated', 'povertyAlleviatedInsured')))" "$WORK/progress.json")
echo "    district totals (registered target resident employee outside low-income insured poverty insured):"
echo "      server: $APP_TOTALS"
echo "      SQL:    $SQL_TOTALS"
[ "$APP_TOTALS" = "$SQL_TOTALS" ] && SAME=yes || SAME=**no**
read -r REGISTERED TARGET RESIDENT EMPLOYEE OUTSIDE LOW LOW_INS POOR_N POOR_INS <<< "$SQL_TOTALS"
INSURED=$((RESIDENT + EMPLOYEE + OUTSIDE))
VILLAGES=$(psql_canbao -At -c "select count(*) from public.bench_village")
TOWNSHIPS=$(psql_canbao -At -c "select count(*) from kernel.region where parent_id = $DISTRICT_ID and level = 'TOWNSHIP'")
RECORDS=$(psql_canbao -At -c "select count(*) from enrollment.enrollment_record")
IDENTITIES=$(psql_canbao -At -c "select count(*) from enrollment.person_identity")

read -r _ SQL_MED _ <<< "$(stats sql)"
row() {
  local min med max
  read -r min med max <<< "$(stats "$2")"
  echo "| $1 | $min | **$med** | $max | $(echo "scale=2; $med / $SQL_MED" | bc | sed 's/^\./0./')× | $3 |"
}
pct() { echo "scale=1; 100 * $1 / $2" | bc | sed 's/^\./0./'; }
{
  echo
  echo "### Progress of $PEOPLE people in $VILLAGES villages — $(date -u +%Y-%m-%d) on $(nproc) cores"
  echo
  echo "永川区: $TOWNSHIPS townships, $VILLAGES villages; $RECORDS enrollment records ($((YEAR - 1)) and $YEAR, reversed ones included), $IDENTITIES identities."
  echo "As of $AS_OF for $YEAR: $REGISTERED registered, $INSURED insured ($(pct "$INSURED" "$REGISTERED") %; target $TARGET),"
  echo "low-income $LOW_INS / $LOW, poverty-alleviated $POOR_INS / $POOR_N. Server totals equal to the SQL's: $SAME."
  echo "Seconds; $RUNS rounds of every measure in turn after a warm-up round; Payara Micro ${BENCH_JAVA_OPTS:--Xmx512m}; load average (1 min) $LOAD_BEFORE before the measures, $LOAD_AFTER after."
  echo
  echo "| measure | min | median | max | median / SQL | target |"
  echo "|---|---|---|---|---|---|"
  read -r min med max <<< "$(stats sql)"
  echo "| SQL aggregate in psql (per village, same counting, joined to the targets) | $min | **$med** | $max | 1× | — |"
  row "\`GET /api/incentives/progress\` as of today: the read model's kept figures" kept "≤ 1.5×, < 1 s"
  row "the same just after a change recorded in one village (that village recounted)" changed "≤ 1.5×, < 1 s"
  row "\`GET /api/incentives/progress\` as of $AS_OF (district, $TOWNSHIPS townships, $VILLAGES villages; ranks, lights; counted live)" progress "≤ 1.5×, < 1 s"
  row "\`GET /api/progress/villages\` (enrollment's figures with both sub-targets)" villages "≤ 1.5×, < 1 s"
  row "\`POST /api/incentives/bulletins\` (figures + snapshot of $((1 + TOWNSHIPS + VILLAGES)) lines)" bulletin "≤ 1.5×, < 1 s"
  row "dashboard \`index.xhtml\` of the district administrator (as of today; time to last byte)" dashboard "< 1 s"
} | record_results progress
