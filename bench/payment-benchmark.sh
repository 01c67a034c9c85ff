#!/usr/bin/env bash
# Payment benchmark (issue 4): a district's payment list of N payments (default 1,000,000) for the 2023
# insurance year priced and recorded through the real pipeline — upload, Jakarta Batch check that
# prices every row (identities valid on the payment date, highest identity wins, benefit period),
# all-or-nothing commit of frozen records — next to ONE set-based SQL statement doing the same
# arithmetic from the same rows in the same run. The records of both are compared field by field.
# Appends the results to docs/performance.md.
#
# Usage: bench/payment-benchmark.sh [payments]
ROWS=${1:-1000000}
. "$(dirname "$0")/common.sh"

echo "==> Generating a register of $ROWS people and their payments"
java bench/GenerateRegistry.java "$WORK/registry.csv" "$ROWS"
# payments: 70 % in the centralised period, 10 % in January–February, 20 % from March (some after the
# fiscal cut-off); tiers alternate; the tax bureau's channel
awk -F, 'NR > 1 { k = NR % 10; t = (NR % 3 == 0) ? "二档" : "一档";
    if (k < 7) d = sprintf("2022-%02d-%02d", 11 + (NR % 2), 1 + NR % 28);
    else if (k == 7) d = sprintf("2023-%02d-%02d", 1 + (NR % 2), 1 + NR % 28);
    else d = sprintf("2023-%02d-%02d", 3 + (NR % 7), 1 + NR % 28);
    printf "%s,%s,%s,%s,税务批量\n", $1, $2, t, d }
  NR == 1 { print "身份证号,姓名,档次,缴费日期,缴费渠道" }' "$WORK/registry.csv" > "$WORK/payments.csv"
ls -lh "$WORK/payments.csv" | awk '{print "    " $5}'

start_canbao

echo "==> Loading the register and identities (set-up, not measured)"
songgai_villages > "$WORK/villages.csv"
awk -F, 'NR==FNR { id[$1]=$2; path[$1]=$3; next }
  FNR > 1 { b=substr($1,7,8); sex=(substr($1,17,1) % 2 == 1) ? "男" : "女";
            printf "%s,%s,%s,%s-%s-%s,%s,%s,%s,%s,NORMAL\n", $1, $2, sex, substr(b,1,4), substr(b,5,2), substr(b,7,2), $3, $4, id[$6], path[$6] }' \
  "$WORK/villages.csv" "$WORK/registry.csv" > "$WORK/persons.csv"
sed 1d "$WORK/payments.csv" > "$WORK/payment-rows.csv"
chmod 644 "$WORK"/*.csv
psql_canbao -q <<SQL
\\copy enrollment.person (id_number, name, sex, birth_date, household_no, relation_to_head, village_id, village_path, status) from '$WORK/persons.csv' with (format csv)
-- identities as the departments certify them: 低保 (from 2023), 特困, 稳定脱贫, 计生奖扶, 重度残疾, some overlapping
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'DIBAO', '民政局', date '2023-01-01', null from enrollment.person where id % 10 = 1;
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'TEKUN', '民政局', date '2022-01-01', date '2023-06-30' from enrollment.person where id % 25 = 2;
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'STABLE_POST_POVERTY', '乡村振兴局', date '2021-01-01', null from enrollment.person where id % 7 = 3 or id % 10 = 1;
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'FP_REWARD', '卫生健康委', date '2020-01-01', null from enrollment.person where id % 13 = 4;
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'SEVERE_DISABILITY', '残联', date '2022-06-01', null from enrollment.person where id % 17 = 5;
create unlogged table public.bench_payment (id_number varchar(18), name varchar(50), tier_label varchar(10), paid_on date, channel_label varchar(20));
\\copy public.bench_payment from '$WORK/payment-rows.csv' with (format csv)
analyze;
SQL
echo "    $(psql_canbao -At -c "select count(*) from enrollment.person_identity") identities"

# --- Baseline: one set-based statement with the same arithmetic --------------------------------
# The 2023 policy of the district (none: the city's), the identities valid on each payment date, the
# highest subsidy (ties: the lower category code, as the engine), subsidy no more than the
# contribution, the fiscal part after the cut-off, the benefit period rules for resident payments.
BASELINE_SQL=$(cat <<'SQL'
insert into enrollment.enrollment_record (person_id, insurance_year, kind, insured_type, tier, payment_date, channel, contribution,
  subsidy, individual, category_code, funding_source, funding_department, benefit_start, benefit_end, policy_id, status, recorded_by,
  recorded_at, version)
with pol as (
  select * from subsidies.policy_version where insurance_year = 2023 and status = 'PUBLISHED' and region_code in ('500118', '500000')
  order by region_code = '500118' desc, version_no desc limit 1),
std as (
  select max(s.amount) filter (where s.tier = 'TIER_1') t1, max(s.amount) filter (where s.tier = 'TIER_2') t2
  from subsidies.policy_standard s join pol on s.policy_id = pol.id where s.insured_type = 'RESIDENT'),
pay as (
  select p.id person_id, b.paid_on, case b.tier_label when '一档' then 'TIER_1' else 'TIER_2' end tier,
    case b.tier_label when '一档' then std.t1 else std.t2 end base,
    case b.tier_label when '一档' then std.t1 else std.t2 end
      + case when b.paid_on > pol.fiscal_cutoff then coalesce(pol.fiscal_subsidy, 0) else 0 end contribution,
    std.t1, std.t2, pol.id policy_id, pol.centralised_to, pol.fiscal_cutoff
  from public.bench_payment b join enrollment.person p on p.id_number = b.id_number cross join pol cross join std),
held as (
  select pay.person_id, i.category_code, c.category_group, r.shape, r.rule_value, r.funding_source, r.funding_department,
    least(case r.shape when 'PERCENT_OF_TIER_1' then round(pay.t1 * r.rule_value / 100, 2)
                       when 'PERCENT_OF_TIER_2' then round(pay.t2 * r.rule_value / 100, 2)
                       when 'FIXED_AMOUNT' then r.rule_value
                       when 'FULL_CONTRIBUTION' then pay.base else 0 end, pay.base) amount
  from pay join enrollment.person_identity i on i.person_id = pay.person_id and i.valid_from <= pay.paid_on
      and (i.valid_to is null or i.valid_to >= pay.paid_on)
    join subsidies.identity_category c on c.code = i.category_code
    left join subsidies.policy_rule r on r.policy_id = pay.policy_id and r.category_code = i.category_code and r.tier = pay.tier),
best as (
  select distinct on (person_id) person_id, category_code, funding_source, funding_department, amount
  from held where amount > 0 order by person_id, amount desc, category_code),
exempt as (
  select distinct person_id from held where category_group = 'LOW_INCOME' or category_code = 'STABLE_POST_POVERTY')
select pay.person_id, 2023, 'RESIDENT_PAYMENT', 'RESIDENT', pay.tier, pay.paid_on, 'TAX_BUREAU', pay.contribution,
  least(coalesce(best.amount, 0), pay.contribution), pay.contribution - least(coalesce(best.amount, 0), pay.contribution),
  best.category_code, best.funding_source, best.funding_department,
  case when pay.paid_on <= pay.centralised_to then date '2023-01-01'
       when exempt.person_id is not null then greatest(pay.paid_on, date '2023-01-01')
       when pay.paid_on < date '2023-03-01' then (date_trunc('month', pay.paid_on) + interval '1 month')::date
       else pay.paid_on + 90 end,
  date '2023-12-31', pay.policy_id, 'ACTIVE', 'baseline', now(), 0
from pay left join best on best.person_id = pay.person_id left join exempt on exempt.person_id = pay.person_id
SQL
)
T0=$(now)
psql_canbao -qc "$BASELINE_SQL"
T1=$(now)
SQL_S=$(echo "$T1 - $T0" | bc)
SQL_ROWS=$(psql_canbao -At -c "select count(*) from enrollment.enrollment_record")
psql_canbao -qc "create table public.bench_expected as select person_id, contribution, subsidy, individual, category_code, funding_source,
  funding_department, benefit_start, benefit_end, policy_id from enrollment.enrollment_record"
psql_canbao -qc "truncate enrollment.enrollment_record cascade"
psql_canbao -qc "vacuum analyze enrollment.enrollment_record"
echo "    one SQL statement: $SQL_ROWS records in ${SQL_S}s"

# --- The pipeline, as the district administrator would use it ----------------------------------
warm_up "$WORK/payments.csv" "kind=PAYMENT_LIST&year=2023&fileName=warm-up.csv"
run_import "$WORK/payments.csv" "kind=PAYMENT_LIST&year=2023&fileName=payments.csv"
RECORDED=$(psql_canbao -At -c "select count(*) from enrollment.enrollment_record where batch_id is not null")
RSS_MIB=$(peak_rss_mib)
DIFFERENT=$(psql_canbao -At -c "select count(*) from (select person_id, contribution, subsidy, individual, category_code, funding_source,
  funding_department, benefit_start, benefit_end, policy_id from enrollment.enrollment_record except select * from public.bench_expected) d")
SUBSIDISED=$(psql_canbao -At -c "select count(*) from enrollment.enrollment_record where subsidy > 0")

TOTAL_S=$(echo "$CHECK_S + $COMMIT_S" | bc)
RATIO=$(echo "scale=2; $TOTAL_S / $SQL_S" | bc)
PIPE_RATE=$(echo "$RECORDED / $TOTAL_S" | bc)
SQL_RATE=$(echo "$SQL_ROWS / $SQL_S" | bc)
echo "    pipeline: $RECORDED records in ${TOTAL_S}s (check ${CHECK_S}s, commit ${COMMIT_S}s); ${RATIO}x the SQL statement"
echo "    records differing from the SQL statement's: $DIFFERENT; subsidised: $SUBSIDISED; peak RSS $RSS_MIB MiB"

{
  echo
  echo "### Pricing and recording $ROWS payments — $(date -u +%Y-%m-%d) on $(nproc) cores"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| one set-based SQL statement (same arithmetic) | $SQL_ROWS records in $SQL_S s = **$SQL_RATE records/s** |"
  echo "| pipeline: upload + background check (pricing every row) | ${CHECK_S} s |"
  echo "| pipeline: all-or-nothing commit | ${COMMIT_S} s |"
  echo "| pipeline total | $RECORDED records in $TOTAL_S s = **$PIPE_RATE records/s** |"
  echo "| pipeline / SQL statement | **${RATIO}×** (target ≤ 2×) |"
  echo "| records differing from the SQL statement's | **$DIFFERENT** (of which subsidised in total: $SUBSIDISED) |"
  echo "| peak RSS of Payara Micro (VmHWM, ${BENCH_JAVA_OPTS:--Xmx512m}) | $RSS_MIB MiB |"
} | record_results payment
