#!/usr/bin/env bash
# Import benchmark (issue 3): a district household register of N people (default 1,000,000) through
# the real pipeline — upload, Jakarta Batch check, all-or-nothing commit — into PostgreSQL, next to
# PostgreSQL's own COPY of the same rows into the same table, in the same run on the same machine.
# Also records the peak RSS of the Payara Micro process. Appends the results to docs/performance.md.
#
# Usage: bench/import-benchmark.sh [rows]
ROWS=${1:-1000000}
. "$(dirname "$0")/common.sh"

echo "==> Generating $ROWS people"
java bench/GenerateRegistry.java "$WORK/registry.csv" "$ROWS"
ls -lh "$WORK/registry.csv" | awk '{print "    " $5}'

start_canbao

# --- Baseline: COPY of the same rows (village ids resolved the way the pipeline resolves them) ----
songgai_villages > "$WORK/villages.csv"
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
warm_up "$WORK/registry.csv" "kind=HOUSEHOLD_REGISTER&fileName=warm-up.csv"
run_import "$WORK/registry.csv" "kind=HOUSEHOLD_REGISTER&fileName=registry.csv"
IMPORTED=$(psql_canbao -At -c "select count(*) from enrollment.person")
RSS_MIB=$(peak_rss_mib)

TOTAL_S=$(echo "$CHECK_S + $COMMIT_S" | bc)
PIPE_RATE=$(echo "$IMPORTED / $TOTAL_S" | bc)
COPY_RATE=$(echo "$COPIED / $COPY_SECONDS" | bc)
RATIO=$(echo "scale=1; 100 * $PIPE_RATE / $COPY_RATE" | bc)
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
  echo "| peak RSS of Payara Micro (VmHWM, ${BENCH_JAVA_OPTS:--Xmx512m}) | **$RSS_MIB MiB** (target < 1024 MiB) |"
} | record_results import
