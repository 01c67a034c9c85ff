package org.canbao.enrollment.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbao.enrollment.domain.CostYearToDate;
import org.canbao.enrollment.domain.MedicalCostFigures;

/**
 * The view {@code enrollment.v_medical_cost_year} — as migration V16 creates it, read from the
 * migration itself — against {@link CostYearToDate#of} on generated people: months monthly and
 * cumulative in any mix and order, figures compared field by field. Runs in a scratch schema on the
 * connection given: H2 in the unit test, the test PostgreSQL in RegistryIT. A mismatch throws an
 * {@link AssertionError} naming the person.
 */
public final class CostYearToDateProperty {
  static final String MIGRATION = "/db/migration/enrollment/V16__medical_costs.sql";

  private final Connection c;
  private final String schema;
  private final Random random;

  public CostYearToDateProperty(Connection c, String schema, long seed) {
    this.c = c;
    this.schema = schema;
    this.random = new Random(seed);
  }

  /** The view's statement in V16, with its tables in the scratch schema. */
  static String view(String schema) {
    try (InputStream in = CostYearToDateProperty.class.getResourceAsStream(MIGRATION)) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m =
          Pattern.compile("create view enrollment\\.v_medical_cost_year as[^;]*;").matcher(sql);
      if (!m.find()) {
        throw new AssertionError("no v_medical_cost_year in " + MIGRATION);
      }
      return m.group().replace("enrollment.", schema + ".").replaceAll("(?m)--.*$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares the view with the rule for {@code people} generated people; returns how many. */
  public int yearToDateAsCostYearToDate(int people) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
      s.execute(
          "create table "
              + schema
              + ".person (id bigint primary key, village_path varchar(200) not null)");
      s.execute(
          "create table "
              + schema
              + ".medical_cost (person_id bigint not null, cost_year integer not null, cost_month integer not null,"
              + " cumulative boolean not null, total_cost numeric(14,2) not null, basic_insurance numeric(14,2) not null,"
              + " critical_illness numeric(14,2) not null, medical_assistance numeric(14,2) not null,"
              + " self_paid numeric(14,2) not null, self_funded numeric(14,2) not null)");
      s.execute(view(schema).replaceAll(";\\s*$", ""));
    }
    int year = 2020 + random.nextInt(8);
    Map<Long, List<MedicalCostFigures>> months = new HashMap<>();
    try (PreparedStatement person =
            c.prepareStatement("insert into " + schema + ".person values (?, ?)");
        PreparedStatement cost =
            c.prepareStatement(
                "insert into " + schema + ".medical_cost values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (long id = 1; id <= people; id++) {
        person.setLong(1, id);
        person.setString(2, "/1/" + (id % 7) + "/");
        person.executeUpdate();
        List<MedicalCostFigures> mine = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
          if (random.nextInt(3) != 0) {
            continue;
          }
          MedicalCostFigures f = figures(YearMonth.of(year, month), random.nextInt(3) == 0);
          mine.add(f);
          insert(cost, id, f);
        }
        months.put(id, mine);
      }
    }
    int compared = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select person_id, cost_year, through_month, total_cost, basic_insurance, critical_illness,"
                    + " medical_assistance, self_paid, self_funded, self_burden, village_path from "
                    + schema
                    + ".v_medical_cost_year")) {
      while (rs.next()) {
        long id = rs.getLong(1);
        MedicalCostFigures expected = CostYearToDate.of(months.get(id)).orElseThrow();
        List<Object> domain =
            List.of(
                year,
                expected.month().getMonthValue(),
                expected.total(),
                expected.basicInsurance(),
                expected.criticalIllness(),
                expected.medicalAssistance(),
                expected.selfPaid(),
                expected.selfFunded(),
                expected.selfBurden(),
                "/1/" + (id % 7) + "/");
        List<Object> sql =
            List.of(
                rs.getInt(2),
                rs.getInt(3),
                rs.getBigDecimal(4),
                rs.getBigDecimal(5),
                rs.getBigDecimal(6),
                rs.getBigDecimal(7),
                rs.getBigDecimal(8),
                rs.getBigDecimal(9),
                rs.getBigDecimal(10),
                rs.getString(11));
        if (!domain.equals(sql)) {
          throw new AssertionError(
              "person "
                  + id
                  + " "
                  + months.get(id)
                  + ": the domain says "
                  + domain
                  + ", the view "
                  + sql);
        }
        compared++;
      }
    }
    long withCosts = months.values().stream().filter(m -> !m.isEmpty()).count();
    if (compared != withCosts) {
      throw new AssertionError(
          "one line per person with costs: " + withCosts + ", the view " + compared);
    }
    return compared;
  }

  private MedicalCostFigures figures(YearMonth month, boolean cumulative) {
    BigDecimal basic = money(3000);
    BigDecimal critical = money(1000);
    BigDecimal assistance = money(500);
    BigDecimal paid = money(2000);
    BigDecimal funded = money(800);
    BigDecimal total = basic.add(critical).add(assistance).add(paid).add(funded).add(money(100));
    return new MedicalCostFigures(
        month, cumulative, total, basic, critical, assistance, paid, funded);
  }

  private BigDecimal money(int max) {
    return BigDecimal.valueOf(random.nextInt(max * 100), 2);
  }

  private static void insert(PreparedStatement ps, long id, MedicalCostFigures f)
      throws SQLException {
    ps.setLong(1, id);
    ps.setInt(2, f.month().getYear());
    ps.setInt(3, f.month().getMonthValue());
    ps.setBoolean(4, f.cumulative());
    ps.setBigDecimal(5, f.total());
    ps.setBigDecimal(6, f.basicInsurance());
    ps.setBigDecimal(7, f.criticalIllness());
    ps.setBigDecimal(8, f.medicalAssistance());
    ps.setBigDecimal(9, f.selfPaid());
    ps.setBigDecimal(10, f.selfFunded());
    ps.executeUpdate();
  }
}
