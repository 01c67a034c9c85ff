# Sourced by the benchmarks after common.sh: make_district fills 永川区 (DISTRICT_ID, DISTRICT_PATH) with
# $PEOPLE people over villages in every township, their identities and their enrollment records of
# $YEAR - 1 and $YEAR (subsidies frozen at payment on identity holders' payments), straight in SQL, and
# keeps the villages in public.bench_village (k, id, path, rate). Not measured. start_district does it all
# for a benchmark: Canbao started (BASE), the administrator's session open, the district made.
VILLAGES_PER_TOWNSHIP=${VILLAGES_PER_TOWNSHIP:-14}

make_district() {
  echo "==> Set-up (not measured): villages in every township of 永川区, $PEOPLE people, identities, records of $((YEAR - 1)) and $YEAR"
  T0=$(now)
  psql_canbao -q <<SQL
-- Villages: 松溉镇 keeps its seven (the demo data); every other township of 永川区 gets $VILLAGES_PER_TOWNSHIP, named
-- after it (青峰一村 …, streets: 中山路一社区 …), without codes, as villages are created in Canbao.
insert into kernel.region (code, level, parent_id, path, version)
  select null, 'VILLAGE', t.id, 'pending', 0 from kernel.region t cross join generate_series(1, $VILLAGES_PER_TOWNSHIP)
  where t.parent_id = $DISTRICT_ID and t.level = 'TOWNSHIP' and not exists (select 1 from kernel.region v where v.parent_id = t.id);
update kernel.region v set path = t.path || v.id || '/' from kernel.region t where v.parent_id = t.id and v.path = 'pending';
insert into kernel.region_name (region_id, name)
  select v.id, regexp_replace(n.name, '(镇|乡|街道)$', '')
      || (array['一','二','三','四','五','六','七','八','九','十','十一','十二','十三','十四','十五','十六','十七','十八','十九','二十'])[
           row_number() over (partition by v.parent_id order by v.id)]
      || case when n.name like '%街道' then '社区' else '村' end
  from kernel.region v join kernel.region_name n on n.region_id = v.parent_id and n.valid_to is null
  where v.level = 'VILLAGE' and not exists (select 1 from kernel.region_name x where x.region_id = v.id);
-- Each village's share of its people who insure (90–99 %), so that villages and townships rank apart.
create unlogged table public.bench_village as
  select (row_number() over (order by r.path) - 1)::int k, r.id, r.path, 0.90 + (r.id * 37 % 10) / 100.0 rate
  from kernel.region r where r.path like '$DISTRICT_PATH%' and r.level = 'VILLAGE';

-- People: the ID numbers of bench/GenerateRegistry.java (valid GB 11643 check digits), four to a
-- household, households spread over all villages; 1 % died and 0.5 % moved out (some of them after the
-- date, so still registered on it); 70 % rural households.
create function public.bench_check_digit(body text) returns text language sql immutable as \$\$
  select substr('10X98765432', (sum(substr(body, k, 1)::int * (array[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[k]) % 11)::int + 1, 1)
  from generate_series(1, 17) k \$\$;
insert into enrollment.person (id_number, name, sex, birth_date, household_no, relation_to_head, village_id, village_path, status,
    status_since, household_type, version)
  select body || public.bench_check_digit(body),
    (array['王','李','张','刘','陈','杨','黄','赵','周','吴','徐','孙','罗','何','邓'])[i % 15 + 1]
      || (array['伟','芳','娜','敏','静','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','建华','志强','桂兰'])[(i / 7) % 20 + 1],
    case when i / 32000 % 2 = 1 then '男' else '女' end, birth, 'H' || (i / 4),
    case i % 4 when 0 then '户主' when 1 then '配偶' when 2 then '子' else '女' end, v.id, v.path,
    case when i % 100 = 17 then 'DECEASED' when i % 200 = 33 then 'MOVED_OUT' else 'NORMAL' end,
    case when i % 100 = 17 or i % 200 = 33 then date '2021-01-01' + (i % 900) end,
    case when (i / 4) % 10 < 7 then 'RURAL' else 'URBAN' end, 0
  from (select i, date '1930-01-01' + i % 32000 birth,
          '500118' || to_char(date '1930-01-01' + i % 32000, 'YYYYMMDD') || lpad((i / 32000)::text, 3, '0') body
        from generate_series(0, $PEOPLE - 1) i) g
  join public.bench_village v on v.k = (g.i / 4) % (select count(*) from public.bench_village);
-- 3 % moved between villages: half before the date (counted in their new village), half after it
-- (counted in the village they have left, through their residence there).
insert into enrollment.residence (person_id, village_id, valid_from, valid_to)
  select p.id, w.id, null, case when p.id % 2 = 0 then date '2022-06-30' else date '2023-03-31' end
  from enrollment.person p join public.bench_village v on v.id = p.village_id
    join public.bench_village w on w.k = (v.k + 1) % (select count(*) from public.bench_village)
  where p.id % 33 = 5;
update enrollment.person set village_since = case when id % 2 = 0 then date '2022-07-01' else date '2023-04-01' end where id % 33 = 5;

-- Identities as departments certify them: low-income (低保, 特困, 低保边缘, 脱贫不稳定 — some ended before
-- the date), stable post-poverty, and categories no sub-target counts (计生奖扶, 重度残疾).
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'DIBAO', '民政局', date '2022-01-01', case when id % 400 = 1 then date '2022-06-30' end from enrollment.person where id % 40 = 1;
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'TEKUN', '民政局', date '2020-01-01', null from enrollment.person where id % 200 = 2;
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'DIBAO_MARGINAL', '民政局', date '2022-03-01', null from enrollment.person where id % 100 = 3;
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'UNSTABLE_POST_POVERTY', '乡村振兴局', date '2021-01-01', null from enrollment.person where id % 250 = 4;
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'STABLE_POST_POVERTY', '乡村振兴局', date '2021-01-01', null from enrollment.person where id % 14 = 5 or id % 40 = 1;
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'FP_REWARD', '卫健委', date '2020-01-01', null from enrollment.person where id % 13 = 6;
insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to)
  select id, 'SEVERE_DISABILITY', '残联', date '2022-06-01', null from enrollment.person where id % 17 = 7;

-- Records of the previous year (history the table holds) and of the year: each village's share insures
-- (people holding an identity: 99.5 %); of them 86 % pay as residents (95 % of them by the date, the
-- rest in January–June), 9 % have employee insurance, 5 % are insured outside the district. 2 % of
-- the people also have a reversed payment (refunded: duplicate or wrong tier), some of them nothing else.
create unlogged table public.bench_draw as
  select p.id, y.year, v.rate, exists (select 1 from enrollment.person_identity i where i.person_id = p.id) held,
    ((p.id * 2654435761 + y.year * 40503) % 1000003) / 1000003.0 u, ((p.id * 40503 + y.year * 2654435761) % 999983) / 999983.0 w
  from enrollment.person p join public.bench_village v on v.id = p.village_id cross join (values ($YEAR - 1), ($YEAR)) y(year);
insert into enrollment.enrollment_record (person_id, insurance_year, kind, insured_type, tier, payment_date, channel, contribution,
    subsidy, individual, evidence, benefit_start, benefit_end, status, recorded_by, recorded_at, version)
  select id, year, kind, case when kind = 'RESIDENT_PAYMENT' then 'RESIDENT' end, case when kind = 'RESIDENT_PAYMENT' then tier end, paid,
    case when kind = 'RESIDENT_PAYMENT' then (array['TAX_BUREAU','WECHAT','ALIPAY','YUKUAIBAN','POS'])[id % 5 + 1] end,
    amount, case when kind = 'RESIDENT_PAYMENT' then 0 end, amount,
    case when kind <> 'RESIDENT_PAYMENT' then '参保查询记录 ' || id end,
    case when kind = 'RESIDENT_PAYMENT' then greatest(paid, make_date(year, 1, 1)) end,
    case when kind = 'RESIDENT_PAYMENT' then make_date(year, 12, 31) end, 'ACTIVE', 'bench', paid + time '10:00', 0
  from (select id, year, case when w < 0.86 then 'RESIDENT_PAYMENT' when w < 0.95 then 'EMPLOYEE_INSURANCE' else 'INSURED_OUTSIDE' end kind,
          case when id % 3 = 0 then 'TIER_2' else 'TIER_1' end tier,
          case when id % 3 = 0 then 725.00 else 350.00 end amount,
          case when w * 1000 % 1 < 0.95 then make_date(year - 1, 9, 1) + (id % 122)::int else make_date(year, 1, 1) + (id % 181)::int end paid
        from public.bench_draw where u < case when held then 0.995 else rate end) r;
insert into enrollment.enrollment_record (person_id, insurance_year, kind, insured_type, tier, payment_date, channel, contribution,
    subsidy, individual, benefit_start, benefit_end, status, reversal_reason, recorded_by, recorded_at, version)
  select id, year, 'RESIDENT_PAYMENT', 'RESIDENT', 'TIER_1', make_date(year - 1, 10, 1) + (id % 60)::int, 'WECHAT', 350.00, 0, 350.00,
    make_date(year, 1, 1), make_date(year, 12, 31), 'REVERSED', '重复缴费，已退费', 'bench', make_date(year - 1, 10, 1) + (id % 60)::int + time '09:00', 0
  from public.bench_draw where id % 50 = 7 or (id % 50 = 8 and u >= rate);
drop table public.bench_draw;
-- Subsidies frozen at payment on the resident payments of identity holders (highest identity wins):
-- 特困 the whole contribution (medical assistance, 民政局), 低保 and 低保边缘 70 % of tier 1 (245.00,
-- medical assistance, 民政局), 脱贫不稳定 245.00 (linkage fund, 乡村振兴局), stable post-poverty 50.00
-- (linkage fund, 乡村振兴局); the individual pays the rest.
update enrollment.enrollment_record e set category_code = s.code, subsidy = least(s.amount, e.contribution),
    individual = e.contribution - least(s.amount, e.contribution), funding_source = s.fund, funding_department = s.department
  from (select distinct on (i.person_id) i.person_id, i.category_code code, i.department,
          case i.category_code when 'TEKUN' then 9999.00 when 'STABLE_POST_POVERTY' then 50.00 else 245.00 end amount,
          case when i.category_code in ('UNSTABLE_POST_POVERTY', 'STABLE_POST_POVERTY') then 'LINKAGE_FUND' else 'MEDICAL_ASSISTANCE' end fund
        from enrollment.person_identity i where i.category_code in ('TEKUN', 'DIBAO', 'DIBAO_MARGINAL', 'UNSTABLE_POST_POVERTY', 'STABLE_POST_POVERTY')
        order by i.person_id, case i.category_code when 'TEKUN' then 0 when 'DIBAO' then 1 when 'DIBAO_MARGINAL' then 2
          when 'UNSTABLE_POST_POVERTY' then 3 else 4 end) s
  where e.person_id = s.person_id and e.kind = 'RESIDENT_PAYMENT';
vacuum analyze;
SQL
  T1=$(now)
  echo "    $(psql_canbao -At -F' ' -c "select (select count(*) from public.bench_village), 'villages,', (select count(*) from enrollment.person),
  'people,', (select count(*) from enrollment.residence), 'former residences,', (select count(*) from enrollment.person_identity), 'identities,',
  (select count(*) from enrollment.enrollment_record), 'records'") in $(echo "$T1 - $T0" | bc | cut -c1-5) s"
}

# --- A browser's session: signed in on the login form (JSF) as the district administrator, then only
# the session cookie. Defines web (a request, its answer on stdout) and timed (time to the last byte of
# one request in seconds, the answer kept in $WORK/answer; an HTTP error ends the run, saying what it was).
open_admin_session() {
  SESSION="$WORK/session"
  sign_in "$SESSION" "http://localhost:$PORT"
  web() { curl -fsS -b "$SESSION" -H 'X-Requested-With: XMLHttpRequest' "$@"; }
  # time to the last byte of one request, in seconds; an HTTP error ends the run, saying what it was
  timed() {
    local out
    out=$(curl -sS -o "$WORK/answer" -w '%{http_code} %{time_total}' -b "$SESSION" -H 'X-Requested-With: XMLHttpRequest' "$@")
    case "$out" in
      2*) echo "${out#* }" ;;
      *) echo "$(date -u +%T) HTTP ${out% *} after ${out#* } s from $*: $(head -c 600 "$WORK/answer")" >&2; return 1 ;;
    esac
  }
}

start_district() {
  start_canbao
  BASE="http://localhost:$PORT"
  open_admin_session
  DISTRICT_ID=$(psql_canbao -At -c "select id from kernel.region where code = '500118'")
  DISTRICT_PATH=$(psql_canbao -At -c "select path from kernel.region where code = '500118'")
  make_district
}
