#!/usr/bin/env bash
# Return-to-poverty alerts benchmark (issue 15 item 7): on a district of N people (default 1,000,000,
# made by bench/district.sh over every village of 永川区, with their identities) and a year of monthly
# medical-cost extracts (each person has costs in about a fifth of the months; a few months are
# hospital stays; a tenth of the people's June is a cumulative figure), the district's alerts computed
# by the real server (HTTP, a signed-in session, the facade, the set-based MERGE with its audit) next to
# the plainest hand-written SQL doing the same comparison in psql in the same run — whose set of people
# over their line, with group, line and self-burden, must equal the server's alerts. Then one month's
# extract through the import pipeline (upload, check, commit) and the computation it starts by itself.
# Set-up is not measured. Appends the results to docs/performance.md.
#
# Usage: bench/alerts-benchmark.sh [people]     Environment: RUNS (measured rounds, default 3), PORT
PEOPLE=${1:-1000000}
RUNS=${RUNS:-3}
YEAR=2024

# a free port unless told: another benchmark may be running on common.sh's default
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
. "$(dirname "$0")/common.sh"
. "$(dirname "$0")/district.sh"

start_district

# The year's lines, saved as the district administrator would (the demo data's figures for 2024).
LOW="'TEKUN','DIBAO','DIBAO_MARGINAL','RETURNED_TO_POVERTY','UNSTABLE_POST_POVERTY','MARGINAL_AT_RISK','SUDDEN_SEVERE_HARDSHIP'"
LOW_JSON=$(echo "$LOW" | tr "'" '"')
web -X PUT -H 'Content-Type: application/json' "$BASE/api/medical-alerts/lines" --data-binary "{\"areaId\":$DISTRICT_ID,\"year\":$YEAR,
  \"monitoringStandard\":7300.00,\"lowIncomeMultiple\":1.0,\"lowIncomeCategories\":[$LOW_JSON],\"stableMultiple\":2.0,
  \"stableCategories\":[\"STABLE_POST_POVERTY\"],\"ordinaryLine\":20820.00,\"basis\":\"基准测试\",\"pushDays\":5,\"verifyDays\":10,
  \"requestDays\":5,\"answerDays\":15,\"closeDays\":10}" > "$WORK/lines.json"
echo "    lines saved: $(python3 -c "import json,sys; d = json.load(open(sys.argv[1])); print(d['lowIncomeLine'], d['stableLine'], d['ordinaryLine'])" "$WORK/lines.json")"

# --- A year of monthly extracts, straight in SQL (not measured) -----------------------------------
# Self-paid per month with costs: mostly a few hundred yuan, 3 % of the months a hospital stay of
# 2,000–20,000; self-funded a fifth of it; the funds pay the rest. December is left out: it comes
# through the pipeline below.
echo "==> Set-up (not measured): monthly medical costs of $YEAR, January to November"
T0=$(now)
psql_canbao -q <<SQL
insert into enrollment.medical_cost (person_id, cost_year, cost_month, cumulative, total_cost, basic_insurance, critical_illness,
    medical_assistance, self_paid, self_funded, batch_id, version)
  select id, $YEAR, m, cumulative, round(paid * 6.2 + critical, 2), round(paid * 3, 2), critical, round(paid, 2), paid, round(paid * 0.2, 2), 0, 0
  from (select p.id, m, p.id % 10 = 0 and m = 6 as cumulative,
          case when p.id % 10 = 0 and m = 6 then 6 else 1 end
            * case when (p.id * 13 + m * 7) % 100 < 3 then round(2000 + 18000 * ((p.id * 31 + m * 17) % 1000) / 1000.0, 2)
                   else round(300 * ((p.id * 37 + m * 11) % 1000) / 1000.0, 2) end as paid,
          case when (p.id * 13 + m * 7) % 100 < 3 then 1500.00 else 0.00 end as critical
        from enrollment.person p cross join generate_series(1, 11) m
        where p.village_path like '$DISTRICT_PATH%' and (p.id * 7919 + m * 104729) % 100 < 20) c;
vacuum analyze enrollment.medical_cost;
SQL
T1=$(now)
COST_ROWS=$(psql_canbao -At -c "select count(*) from enrollment.medical_cost")
echo "    $COST_ROWS monthly figures in $(echo "$T1 - $T0" | bc | cut -c1-5) s"

stats() { sort -n "$WORK/$1" | awk '{ v[NR] = $1 } END { printf "%.3f %.3f %.3f", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR] }'; }

# --- Baseline: the plainest SQL doing the same comparison ---------------------------------------
# Per person of the district with costs in the year: the year so far (the latest cumulative month and
# every month after it), the groups of the identities held in the year, the stricter line (7,300 below
# 14,600), and who reaches it — written into a table, as the server writes its alerts.
BASELINE_SQL="select y.person_id, case when h.low then 'LOW_INCOME' when h.stable then 'STABLE_POST_POVERTY' else 'ORDINARY' end grp,
    case when h.low then 7300.00 when h.stable then 14600.00 else 20820.00 end line, y.burden
  from (select c.person_id, sum(c.self_paid + c.self_funded) burden
        from (select m.person_id, m.cost_month, m.self_paid, m.self_funded,
                max(case when m.cumulative then m.cost_month end) over (partition by m.person_id) last_cumulative
              from enrollment.medical_cost m join enrollment.person p on p.id = m.person_id
              where m.cost_year = $YEAR and p.village_path like '$DISTRICT_PATH%') c
        where c.cost_month >= coalesce(c.last_cumulative, 0) group by c.person_id) y
  left join (select person_id, bool_or(category_code in ($LOW)) low, bool_or(category_code = 'STABLE_POST_POVERTY') stable
             from enrollment.person_identity where category_code in ($LOW, 'STABLE_POST_POVERTY')
               and valid_from <= date '$YEAR-12-31' and (valid_to is null or valid_to >= date '$YEAR-01-01') group by person_id) h
    on h.person_id = y.person_id
  where y.burden >= case when h.low then 7300.00 when h.stable then 14600.00 else 20820.00 end"
{
  echo "drop table if exists public.bench_over;"
  echo "\\timing on"
  echo "create table public.bench_over as $BASELINE_SQL;"
} > "$WORK/baseline.sql"
sql_timed() { psql_canbao -q -o /dev/null -f "$WORK/baseline.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{ printf "%.6f\n", $1 / 1000 }'; }
no_alerts() { psql_canbao -q -c "truncate reporting.medical_alert_step, reporting.medical_alert_help, reporting.medical_alert_evidence,
  reporting.medical_alert_aud, reporting.medical_alert_run, reporting.medical_alert; analyze reporting.medical_alert"; }

# Rounds of every measure in turn; the first round warms up and is not counted. Each round: the
# server's computation with no alerts yet (creates them all), the same again (changes nothing), the SQL.
echo "==> Measuring: a warm-up round, then $RUNS rounds of every measure in turn (seconds)"
COMPUTE="$BASE/api/medical-alerts/compute?year=$YEAR&areaId=$DISTRICT_ID"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
for round in $(seq 0 "$RUNS"); do
  no_alerts
  first=$(timed -X POST "$COMPUTE"); cp "$WORK/answer" "$WORK/first.json"
  rerun=$(timed -X POST "$COMPUTE"); cp "$WORK/answer" "$WORK/rerun.json"
  sql=$(sql_timed)
  echo "    $([ "$round" = 0 ] && echo warm-up || echo "round $round"): server (no alerts yet) $first, again $rerun, SQL $sql"
  if [ "$round" -gt 0 ]; then
    for m in first rerun sql; do echo "${!m}" >> "$WORK/$m"; done
  fi
done
for m in first rerun sql; do echo "    $m: $(stats $m) (min median max)"; done
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
grep -q '"status":"DONE"' "$WORK/first.json" || { echo "the computation did not run: $(cat "$WORK/first.json")"; exit 1; }

# --- The server's alerts must be the SQL's --------------------------------------------------------
DIFFERENT=$(psql_canbao -At -c "select count(*) from public.bench_over b full join
  (select * from reporting.medical_alert where cost_year = $YEAR) a on a.person_id = b.person_id
  where a.id is null or b.person_id is null or a.alert_group <> b.grp or a.line_amount <> b.line or a.self_burden <> b.burden")
read -r ALERTS LOW_N STABLE_N ORDINARY_N AUDIT <<< "$(psql_canbao -At -F' ' -c "select count(*), count(*) filter (where alert_group = 'LOW_INCOME'),
  count(*) filter (where alert_group = 'STABLE_POST_POVERTY'), count(*) filter (where alert_group = 'ORDINARY'),
  (select count(*) from reporting.medical_alert_aud) from reporting.medical_alert")"
FIRST=$(python3 -c "import json,sys; r = json.load(open(sys.argv[1])); print(r['overLine'], r['created'], r['updated'])" "$WORK/first.json")
RERUN=$(python3 -c "import json,sys; r = json.load(open(sys.argv[1])); print(r['overLine'], r['created'], r['updated'])" "$WORK/rerun.json")
echo "    alerts: $ALERTS (low-income $LOW_N, stable post-poverty $STABLE_N, ordinary $ORDINARY_N); differing from the SQL's: $DIFFERENT"
echo "    server's answers (over the line, created, updated): first $FIRST, again $RERUN"
[ "$DIFFERENT" = 0 ] && SAME=yes || SAME="**no** ($DIFFERENT differ)"

# --- December through the pipeline, and the computation it starts -------------------------------
psql_canbao -q -c "\\copy (select p.id_number, p.name, '$YEAR-12', '当月', round(paid * 6.2, 2), round(paid * 3, 2), 0, round(paid, 2), paid,
  round(paid * 0.2, 2) from (select p.id_number, p.name, round(300 * ((p.id * 37 + 12 * 11) % 1000) / 1000.0, 2) + case when p.id % 97 = 0 then 9000 else 0 end paid
    from enrollment.person p where p.village_path like '$DISTRICT_PATH%' and (p.id * 7919 + 12 * 104729) % 100 < 20) p)
  to '$WORK/december.body' with (format csv)"
{ echo "身份证号,姓名,费用年月,统计口径,医疗总费用,基本医保支付,大病保险支付,医疗救助支付,个人自付,个人自费"; cat "$WORK/december.body"; } > "$WORK/december.csv"
DECEMBER_ROWS=$(($(wc -l < "$WORK/december.csv") - 1))
BEFORE_RUN=$(psql_canbao -At -c "select coalesce(max(id), 0) from reporting.medical_alert_run")
run_import "$WORK/december.csv" "kind=MEDICAL_COSTS&fileName=december.csv"
T0=$(now)
while :; do
  s=$(psql_canbao -At -c "select outcome from reporting.medical_alert_run where id > $BEFORE_RUN order by id desc limit 1")
  case "$s" in DONE|FAILED|NO_LINES) break ;; *) sleep 0.2 ;; esac
done
AFTER_S=$(echo "$(now) - $T0" | bc)
read -r AFTER_OUTCOME AFTER_CREATED AFTER_UPDATED AFTER_TOOK <<< "$(psql_canbao -At -F' ' -c "select outcome, created, updated,
  round(extract(epoch from finished_at - started_at)::numeric, 3) from reporting.medical_alert_run where id > $BEFORE_RUN order by id desc limit 1")"
echo "    December ($DECEMBER_ROWS rows): check ${CHECK_S}s, commit ${COMMIT_S}s; computation after it: $AFTER_OUTCOME in ${AFTER_TOOK}s (created $AFTER_CREATED, updated $AFTER_UPDATED)"

ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }
read -r _ SQL_MED _ <<< "$(stats sql)"
row() {
  local min med max
  read -r min med max <<< "$(stats "$2")"
  echo "| $1 | $min | **$med** | $max | $(ratio "$med" "$SQL_MED")× | $3 |"
}
VILLAGES=$(psql_canbao -At -c "select count(*) from public.bench_village")
IDENTITIES=$(psql_canbao -At -c "select count(*) from enrollment.person_identity")
{
  echo
  echo "### Alerts of $PEOPLE people with a year of monthly extracts — $(date -u +%Y-%m-%d) on $(nproc) cores ($(commit=$(git rev-parse --short HEAD 2> /dev/null) && echo "commit $commit" || echo "no commit"))"
  echo
  echo "永川区: $VILLAGES villages, $IDENTITIES identities; $COST_ROWS monthly figures of January–November $YEAR. Lines 7,300 (low-income),"
  echo "14,600 (stable post-poverty), 20,820 (ordinary). Alerts: $ALERTS (low-income $LOW_N, stable post-poverty $STABLE_N, ordinary"
  echo "$ORDINARY_N); $AUDIT audit rows after the last round. Server's alerts equal to the SQL's people over their line: $SAME."
  echo "Seconds; $RUNS rounds of every measure in turn after a warm-up round; Payara Micro ${BENCH_JAVA_OPTS:--Xmx512m}; load average (1 min) $LOAD_BEFORE before the measures, $LOAD_AFTER after."
  echo
  echo "| measure | min | median | max | median / SQL | target |"
  echo "|---|---|---|---|---|---|"
  read -r min med max <<< "$(stats sql)"
  echo "| SQL in psql: the same comparison, people over their line into a table | $min | **$med** | $max | 1× | — |"
  row "\`POST /api/medical-alerts/compute\` for the district, no alerts yet (creates them, audit, history)" first "≤ 1.5×"
  row "the same request again (every alert as it was: nothing written)" rerun "≤ 1.5×"
  echo
  echo "December's extract through the pipeline ($DECEMBER_ROWS rows): check ${CHECK_S} s, commit ${COMMIT_S} s; the computation it started"
  echo "by itself: $AFTER_OUTCOME in $AFTER_TOOK s (created $AFTER_CREATED, updated $AFTER_UPDATED), done $(echo "$AFTER_S" | cut -c1-5) s after the commit was seen."
} | record_results alerts
