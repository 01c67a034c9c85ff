package org.canbao.enrollment.application;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.canbao.enrollment.api.PaymentChannel;
import org.canbao.enrollment.domain.EnrollmentRecord;
import org.canbao.enrollment.domain.Person;
import org.canbao.enrollment.domain.PersonIdentity;
import org.canbao.enrollment.domain.Residence;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Tier;

/**
 * Where the set-based commit repeats a domain rule in SQL, runs the very statements on generated
 * cases and compares every outcome with the domain method's: a move closing the old residence
 * ({@link Person#moveTo}), recording a payment ({@link EnrollmentRecord#payment}), an identity
 * valid on a date ({@link PersonIdentity#validOn}). The statements run on minimal tables in a
 * scratch schema (their {@code enrollment.} replaced by it) on the connection given: H2 in the unit
 * test, the test PostgreSQL in RegistryIT. A mismatch throws an {@link AssertionError} naming the
 * case.
 */
public final class SqlRuleProperties {
  private static final IdNumber SOMEONE =
      IdNumber.parse("11010519491231002X", LocalDate.of(2024, 1, 1));
  private final Connection c;
  private final String schema;
  private final Random random;

  public SqlRuleProperties(Connection c, String schema, long seed) {
    this.c = c;
    this.schema = schema;
    this.random = new Random(seed);
  }

  /** The tables the statements read and write, with the columns they use, in the scratch schema. */
  public void createTables() throws SQLException {
    run("create schema " + schema);
    run(
        "create table "
            + schema
            + ".person (id bigint primary key, name varchar(50), household_no varchar(30), relation_to_head varchar(20),"
            + " village_id bigint not null, village_path varchar(200), village_since date, household_type varchar(20), last_batch_id bigint,"
            + " version integer not null)");
    run(
        "create table "
            + schema
            + ".residence (person_id bigint not null, village_id bigint not null, valid_from date, valid_to date)");
    run(
        "create table "
            + schema
            + ".import_row (batch_id bigint not null, row_no integer, person_id bigint, outcome varchar(10), name varchar(50),"
            + " household_no varchar(30), relation_to_head varchar(20), village_id bigint, village_path varchar(200), household_type varchar(20),"
            + " insured_type varchar(20), tier varchar(10), payment_date date, channel varchar(20), contribution numeric(10,2), subsidy numeric(10,2),"
            + " individual numeric(10,2), category_code varchar(40), funding_source varchar(30), funding_department varchar(60), benefit_start date,"
            + " benefit_end date, policy_id bigint, replaces_id bigint)");
    run(
        "create table "
            + schema
            + ".enrollment_record (person_id bigint, insurance_year integer, kind varchar(30), insured_type varchar(20),"
            + " tier varchar(10), payment_date date, channel varchar(20), contribution numeric(10,2), subsidy numeric(10,2), individual numeric(10,2),"
            + " category_code varchar(40), funding_source varchar(30), funding_department varchar(60), benefit_start date, benefit_end date,"
            + " policy_id bigint, status varchar(20), replaces_id bigint, recorded_by varchar(40), recorded_at timestamp with time zone,"
            + " version integer, batch_id bigint)");
    run(
        "create table "
            + schema
            + ".person_identity (id bigint primary key, valid_from date not null, valid_to date)");
  }

  /**
   * {@link HouseholdList}'s statements for a batch of changed persons against {@link
   * Person#moveTo}: who moves, the residence closed (village, from, to) and the new {@code
   * village_since}.
   */
  public int moveClosesTheOldResidenceAsPersonMoveTo(int cases) throws SQLException {
    long batch = 1;
    LocalDate today = date(2015, 2030);
    Map<Long, Person> expected = new HashMap<>();
    for (long id = 1; id <= cases; id++) {
      long from = 1 + random.nextInt(4);
      long to = 1 + random.nextInt(4);
      LocalDate since = random.nextInt(5) == 0 ? null : today.minusDays(random.nextInt(20_000));
      run(
          "insert into "
              + schema
              + ".person (id, name, village_id, village_path, village_since, version) values (?, '甲', ?, ?, ?, 0)",
          id,
          from,
          "/1/" + from + "/",
          since);
      run(
          "insert into "
              + schema
              + ".import_row (batch_id, person_id, outcome, name, village_id, village_path) values (?, ?, 'CHANGED', '甲', ?, ?)",
          batch,
          id,
          to,
          "/1/" + to + "/");
      Person p = new Person(SOMEONE, "甲", null, null, village(from), since);
      if (p.movesTo(to)) {
        p.moveTo(village(to), today);
      }
      expected.put(id, p);
    }
    run(local(HouseholdList.CLOSE_RESIDENCES), Residence.lastDayBefore(today), batch);
    run(local(HouseholdList.UPDATE_PERSONS), batch, today, batch);
    Map<Long, List<Residence.Period>> closed = new HashMap<>();
    try (ResultSet rs =
        query("select person_id, village_id, valid_from, valid_to from " + schema + ".residence")) {
      while (rs.next()) {
        closed
            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new Residence.Period(rs.getLong(2), date(rs, 3), date(rs, 4)));
      }
    }
    try (ResultSet rs = query("select id, village_id, village_since from " + schema + ".person")) {
      while (rs.next()) {
        Person p = expected.get(rs.getLong(1));
        List<Residence.Period> periods = p.residences();
        List<Residence.Period> former = periods.subList(0, periods.size() - 1);
        check(
            former.equals(closed.getOrDefault(rs.getLong(1), List.of())),
            "residences of case " + rs.getLong(1),
            former,
            closed.get(rs.getLong(1)));
        check(
            p.villageId() == rs.getLong(2) && Objects.equals(p.villageSince(), date(rs, 3)),
            "village of case " + rs.getLong(1),
            p.villageId() + " since " + p.villageSince(),
            rs.getLong(2) + " since " + date(rs, 3));
      }
    }
    return cases;
  }

  /**
   * {@link PaymentList#RECORD_PAYMENTS} against {@link EnrollmentRecord#payment}, field by field;
   * unchanged rows record nothing.
   */
  public int paymentIsRecordedAsEnrollmentRecordPayment(int cases) throws SQLException {
    long batch = 2;
    int year = 2020 + random.nextInt(10);
    OffsetDateTime at = OffsetDateTime.parse("2025-03-01T10:15:30+08:00");
    Map<Long, EnrollmentRecord> expected = new HashMap<>();
    for (long person = 1; person <= cases; person++) {
      boolean isNew = random.nextInt(4) != 0;
      InsuredType type = pick(InsuredType.values());
      Tier tier = pick(Tier.values());
      PaymentChannel channel = pick(PaymentChannel.values());
      LocalDate paid = date(year - 1, year);
      BigDecimal contribution = money(2000);
      BigDecimal subsidy = random.nextBoolean() ? BigDecimal.ZERO.setScale(2) : money(400);
      FundingSource fund = random.nextBoolean() ? null : pick(FundingSource.values());
      EnrollmentRecord.Frozen price =
          new EnrollmentRecord.Frozen(
              contribution,
              subsidy,
              contribution.subtract(subsidy),
              random.nextBoolean() ? null : "CAT" + random.nextInt(9),
              fund,
              fund == null ? null : "民政局",
              paid,
              LocalDate.of(year, 12, 31),
              1 + random.nextInt(50));
      Long replaces = random.nextInt(5) == 0 ? (long) random.nextInt(1000) : null;
      run(
          "insert into "
              + schema
              + ".import_row (batch_id, person_id, outcome, insured_type, tier, payment_date, channel, contribution, subsidy,"
              + " individual, category_code, funding_source, funding_department, benefit_start, benefit_end, policy_id, replaces_id)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          batch,
          person,
          isNew ? "NEW" : "UNCHANGED",
          type.name(),
          tier.name(),
          paid,
          channel.name(),
          price.contribution(),
          price.subsidy(),
          price.individual(),
          price.categoryCode(),
          fund == null ? null : fund.name(),
          price.fundingDepartment(),
          price.benefitStart(),
          price.benefitEnd(),
          price.policyId(),
          replaces);
      if (isNew) {
        expected.put(
            person,
            EnrollmentRecord.payment(
                person, year, type, tier, paid, channel, price, "sbs", replaces));
      }
    }
    run(local(PaymentList.RECORD_PAYMENTS), year, "sbs", at, batch);
    int found = 0;
    try (ResultSet rs =
        query(
            "select person_id, insurance_year, kind, insured_type, tier, payment_date, channel, contribution, subsidy,"
                + " individual, category_code, funding_source, funding_department, benefit_start, benefit_end, policy_id, status, replaces_id,"
                + " recorded_by, batch_id from "
                + schema
                + ".enrollment_record")) {
      while (rs.next()) {
        found++;
        EnrollmentRecord e = expected.get(rs.getLong(1));
        check(e != null, "an unchanged row recorded nothing", null, rs.getLong(1));
        List<Object> domain =
            List.of(
                e.year(),
                e.kind().name(),
                e.insuredType().name(),
                e.tier().name(),
                e.paymentDate(),
                e.channel().name(),
                e.contribution(),
                e.subsidy(),
                e.individual(),
                String.valueOf(e.categoryCode()),
                String.valueOf(e.fundingSource()),
                String.valueOf(e.fundingDepartment()),
                e.benefitStart(),
                e.benefitEnd(),
                e.policyId(),
                e.active(),
                String.valueOf(e.replacesId()),
                e.recordedBy());
        List<Object> sql =
            List.of(
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                date(rs, 6),
                rs.getString(7),
                rs.getBigDecimal(8),
                rs.getBigDecimal(9),
                rs.getBigDecimal(10),
                String.valueOf(rs.getString(11)),
                String.valueOf(rs.getString(12)),
                String.valueOf(rs.getString(13)),
                date(rs, 14),
                date(rs, 15),
                rs.getLong(16),
                "ACTIVE".equals(rs.getString(17)),
                String.valueOf(rs.getObject(18) == null ? null : rs.getLong(18)),
                rs.getString(19));
        check(
            domain.equals(sql) && rs.getLong(20) == batch,
            "record of case " + rs.getLong(1),
            domain,
            sql);
      }
    }
    check(found == expected.size(), "one record per new row", expected.size(), found);
    return cases;
  }

  /**
   * {@link PersonIdentity#VALID_ON_SQL} against {@link PersonIdentity#validOn(LocalDate, LocalDate,
   * LocalDate)}: identities × dates.
   */
  public int identityValidOnAsPersonIdentityValidOn(int identities, int dates) throws SQLException {
    List<LocalDate[]> held = new ArrayList<>();
    for (long id = 0; id < identities; id++) {
      LocalDate from = date(2018, 2026);
      LocalDate to = random.nextInt(3) == 0 ? null : from.plusDays(random.nextInt(800));
      held.add(new LocalDate[] {from, to});
      run(
          "insert into " + schema + ".person_identity (id, valid_from, valid_to) values (?, ?, ?)",
          id,
          from,
          to);
    }
    for (int d = 0; d < dates; d++) {
      LocalDate day =
          d % 5 == 0 ? held.get(random.nextInt(identities))[random.nextInt(2)] : date(2017, 2028);
      day = day == null ? date(2017, 2028) : day;
      boolean[] valid = new boolean[identities];
      try (PreparedStatement ps =
          c.prepareStatement(
              "select id from "
                  + schema
                  + ".person_identity where "
                  + PersonIdentity.VALID_ON_SQL)) {
        bind(ps, day, day);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            valid[(int) rs.getLong(1)] = true;
          }
        }
      }
      for (int id = 0; id < identities; id++) {
        LocalDate[] i = held.get(id);
        check(
            PersonIdentity.validOn(i[0], i[1], day) == valid[id],
            "identity " + i[0] + "–" + i[1] + " on " + day,
            PersonIdentity.validOn(i[0], i[1], day),
            valid[id]);
      }
    }
    return identities * dates;
  }

  private String local(String sql) {
    return sql.replace("enrollment.", schema + ".");
  }

  private static RegionRef village(long id) {
    return new RegionRef(id, "V" + id, "村" + id, RegionLevel.VILLAGE, 100L, "/1/" + id + "/");
  }

  private <E> E pick(E[] values) {
    return values[random.nextInt(values.length)];
  }

  private BigDecimal money(int max) {
    return BigDecimal.valueOf(random.nextInt(max * 100), 2);
  }

  private LocalDate date(int fromYear, int toYear) {
    return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(365 * (toYear - fromYear + 1)));
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static void check(boolean holds, String what, Object domain, Object sql) {
    if (!holds) {
      throw new AssertionError(what + ": the domain says " + domain + ", the SQL did " + sql);
    }
  }

  private ResultSet query(String sql) throws SQLException {
    Statement s = c.createStatement();
    s.closeOnCompletion();
    return s.executeQuery(sql);
  }

  private void run(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      if (params[i] instanceof LocalDate d) {
        ps.setDate(i + 1, Date.valueOf(d));
      } else {
        ps.setObject(i + 1, params[i]);
      }
    }
  }
}
