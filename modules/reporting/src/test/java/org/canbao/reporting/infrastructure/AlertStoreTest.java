package org.canbao.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.canbao.kernel.infrastructure.JdbcBulkAudit;
import org.canbao.reporting.api.AlertGroup;
import org.canbao.reporting.application.AlertStore;
import org.canbao.reporting.domain.AlertLines;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The return-to-poverty computation's set-based SQL on H2 in PostgreSQL mode (the integration tests
 * run it on PostgreSQL): reporting's migration for the alerts, tables standing in for the views
 * enrollment publishes. The lines: standard 7,300, ×1.0 (低保, 特困) and ×2.0 (稳定脱贫), ordinary 20,820.
 */
class AlertStoreTest {
  private static final String TOWN_A = "/1/39/100/";
  private static final String TOWN_B = "/1/39/200/";
  private static final int YEAR = 2024;

  private JdbcAlertStore store;
  private JdbcDataSource ds;
  private long runs;

  static final AlertLines LINES =
      new AlertLines(
          new BigDecimal("7300.00"),
          new BigDecimal("1.0"),
          Set.of("DIBAO", "TEKUN"),
          new BigDecimal("2.0"),
          Set.of("STABLE_POST_POVERTY"),
          new BigDecimal("20820.00"));

  @BeforeEach
  void schema() throws Exception {
    ds = H2Reporting.database("alerts");
    store = new JdbcAlertStore();
    store.dataSource = ds;
    store.audit = new JdbcBulkAudit();
    exec(
        "create table kernel.region (id bigint primary key)",
        "insert into kernel.region values (1), (39), (100), (200), (101), (201)",
        H2Reporting.REGISTERED_PERSON,
        "create table enrollment.v_person_identity (person_id bigint, category_code varchar(40), department varchar(60),"
            + " valid_from date, valid_to date)",
        "create table enrollment.v_medical_cost_year (person_id bigint, village_path varchar(200), cost_year integer,"
            + " through_month integer, total_cost numeric(14,2), basic_insurance numeric(14,2), critical_illness numeric(14,2),"
            + " medical_assistance numeric(14,2), self_paid numeric(14,2), self_funded numeric(14,2), self_burden numeric(14,2))");
    H2Reporting.migrate(ds, "V4__medical_alerts.sql");
  }

  private void exec(String... sql) throws SQLException {
    H2Reporting.exec(ds, sql);
  }

  /** A person of a township's village with the year so far: 自付 {@code paid}, 自费 {@code funded}. */
  private void person(long id, String town, String paid, String funded) throws SQLException {
    String village = town.equals(TOWN_A) ? "101" : "201";
    String path = town + village + "/";
    exec(
        "insert into enrollment.v_registered_person values ("
            + id
            + ", '50011819500101"
            + String.format("%04d", id)
            + "', '人"
            + id
            + "', 'H', "
            + village
            + ", '"
            + path
            + "', 'NORMAL', null)");
    costs(id, path, paid, funded);
  }

  private void costs(long id, String path, String paid, String funded) throws SQLException {
    exec("delete from enrollment.v_medical_cost_year where person_id = " + id);
    BigDecimal p = new BigDecimal(paid);
    BigDecimal f = new BigDecimal(funded);
    exec(
        "insert into enrollment.v_medical_cost_year values ("
            + id
            + ", '"
            + path
            + "', "
            + YEAR
            + ", 5, "
            + p.add(f).add(new BigDecimal("30000"))
            + ", 30000.00, 0.00, 0.00, "
            + p
            + ", "
            + f
            + ", "
            + p.add(f)
            + ")");
  }

  private void identity(long id, String category, String from, String to) throws SQLException {
    exec(
        "insert into enrollment.v_person_identity values ("
            + id
            + ", '"
            + category
            + "', '民政局', date '"
            + from
            + "', "
            + (to == null ? "null" : "date '" + to + "'")
            + ")");
  }

  private AlertStore.Outcome compute(String area) {
    return store.compute(
        YEAR,
        area,
        LINES,
        ++runs,
        "system",
        Instant.now(),
        LocalDate.of(2024, 6, 10),
        o -> "预警 " + o.created());
  }

  /** The alerts by person: group, line, burden, over the line, state, version. */
  private Map<Long, List<Object>> alerts() throws SQLException {
    Map<Long, List<Object>> out = new HashMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select person_id, alert_group, line_amount, self_burden, over_line, state, version, due_on, village_path"
                    + " from reporting.medical_alert")) {
      while (rs.next()) {
        out.put(
            rs.getLong(1),
            List.of(
                rs.getString(2),
                rs.getBigDecimal(3).toPlainString(),
                rs.getBigDecimal(4).toPlainString(),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getInt(7)));
      }
    }
    return out;
  }

  private long scalar(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void atTheLineIsAnAlertOneFenUnderNoneAndTwoGroupsTakeTheStricterLine() throws Exception {
    person(1, TOWN_A, "7000.00", "300.00"); // 低保, exactly 7,300
    identity(1, "DIBAO", "2022-01-01", null);
    person(2, TOWN_A, "7299.99", "0.00"); // 低保, one fen under
    identity(2, "DIBAO", "2024-03-01", null);
    person(3, TOWN_A, "14600.00", "0.00"); // stable post-poverty, exactly 2 × 7,300
    identity(3, "STABLE_POST_POVERTY", "2021-01-01", null);
    person(4, TOWN_A, "20819.99", "0.00"); // ordinary, one fen under
    person(5, TOWN_A, "20000.00", "820.00"); // ordinary, exactly at the income
    person(6, TOWN_A, "8000.00", "0.00"); // 特困 and stable: the low-income line, the stricter
    identity(6, "TEKUN", "2020-01-01", null);
    identity(6, "STABLE_POST_POVERTY", "2021-01-01", null);
    person(7, TOWN_A, "8000.00", "0.00"); // 低保 ended in 2023: an ordinary resident in 2024
    identity(7, "DIBAO", "2020-01-01", "2023-12-31");
    person(8, TOWN_A, "14599.99", "0.00"); // stable, one fen under
    identity(8, "STABLE_POST_POVERTY", "2021-01-01", null);

    AlertStore.Outcome o = compute("/1/39/");
    assertThat(o.created()).isEqualTo(4);
    assertThat(o.updated()).isZero();
    assertThat(o.overLine()).isEqualTo(4);
    Map<Long, List<Object>> alerts = alerts();
    assertThat(alerts).containsOnlyKeys(1L, 3L, 5L, 6L);
    assertThat(alerts.get(1L)).containsExactly("LOW_INCOME", "7300.00", "7300.00", true, "NEW", 0);
    assertThat(alerts.get(3L).subList(0, 2)).containsExactly("STABLE_POST_POVERTY", "14600.00");
    assertThat(alerts.get(5L).subList(0, 2)).containsExactly("ORDINARY", "20820.00");
    assertThat(alerts.get(6L).subList(0, 2)).containsExactly("LOW_INCOME", "7300.00");
    // the audit: one revision, a row per alert created; a first step in each alert's history
    assertThat(
            scalar(
                "select count(*) from reporting.medical_alert_aud where revtype = 0 and rev = "
                    + o.revision()))
        .isEqualTo(4);
    assertThat(scalar("select count(*) from reporting.medical_alert_step where to_state = 'NEW'"))
        .isEqualTo(4);
    assertThat(
            scalar("select count(*) from reporting.medical_alert where due_on = date '2024-06-10'"))
        .isEqualTo(4);
  }

  @Test
  void aLaterExtractUpdatesTheFiguresCreatesNewAlertsAndTouchesNothingElse() throws Exception {
    person(1, TOWN_A, "8000.00", "0.00");
    identity(1, "DIBAO", "2022-01-01", null);
    person(2, TOWN_A, "7000.00", "0.00");
    identity(2, "DIBAO", "2022-01-01", null);
    person(3, TOWN_B, "30000.00", "0.00");
    person(4, TOWN_A, "25000.00", "0.00");
    AlertStore.Outcome first = compute(TOWN_A);
    assertThat(first.created()).isEqualTo(2);
    assertThat(alerts()).containsOnlyKeys(1L, 4L); // town B is not computed for town A
    exec("update reporting.medical_alert set state = 'PUSHED' where person_id = 1");

    costs(
        1, TOWN_A + "101/", "6000.00", "0.00"); // a corrected month brings person 1 under the line
    costs(2, TOWN_A + "101/", "7300.00", "0.00"); // person 2 reaches it
    AlertStore.Outcome second = compute(TOWN_A);
    assertThat(second.created()).isEqualTo(1);
    assertThat(second.updated()).isEqualTo(1);
    assertThat(second.overLine()).isEqualTo(2);
    Map<Long, List<Object>> alerts = alerts();
    assertThat(alerts.get(1L))
        .as("the alert stays with its state, under the line now")
        .containsExactly("LOW_INCOME", "7300.00", "6000.00", false, "PUSHED", 1);
    assertThat(alerts.get(2L).get(4)).isEqualTo("NEW");
    assertThat(alerts.get(4L).get(5)).as("unchanged: not touched").isEqualTo(0);
    assertThat(
            scalar(
                "select count(*) from reporting.medical_alert_aud where rev = "
                    + second.revision()))
        .isEqualTo(2);

    AlertStore.Outcome third = compute(TOWN_A);
    assertThat(third.created() + third.updated()).as("nothing changed").isZero();
    assertThat(
            scalar(
                "select count(*) from reporting.medical_alert_aud where rev = " + third.revision()))
        .isZero();
  }

  @Test
  void theGroupsAndLinesOfTheSqlAreTheRulesOnGeneratedPeople() throws Exception {
    Random random = new Random(15);
    Map<Long, Set<String>> held = new HashMap<>();
    Map<Long, BigDecimal> burden = new HashMap<>();
    List<String> categories = List.of("DIBAO", "TEKUN", "STABLE_POST_POVERTY", "FP_REWARD");
    List<BigDecimal> near =
        List.of(
            LINES.line(AlertGroup.LOW_INCOME),
            LINES.line(AlertGroup.STABLE_POST_POVERTY),
            LINES.line(AlertGroup.ORDINARY));
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into enrollment.v_person_identity values (?, ?, '部门', ?, ?)")) {
      for (long id = 1; id <= 600; id++) {
        BigDecimal line = near.get(random.nextInt(3));
        BigDecimal b = line.add(BigDecimal.valueOf(random.nextInt(5) - 2, 2));
        if (random.nextInt(4) == 0) {
          b = BigDecimal.valueOf(random.nextInt(3_000_000), 2);
        }
        person(id, TOWN_A, b.toPlainString(), "0.00");
        burden.put(id, b);
        Set<String> mine = new HashSet<>();
        for (String cat : categories) {
          if (random.nextInt(4) == 0) {
            LocalDate from = LocalDate.of(2022 + random.nextInt(4), 1 + random.nextInt(12), 1);
            LocalDate to = random.nextBoolean() ? null : from.plusMonths(random.nextInt(30));
            ps.setLong(1, id);
            ps.setString(2, cat);
            ps.setObject(3, from);
            ps.setObject(4, to);
            ps.executeUpdate();
            if (AlertLines.heldIn(from, to, YEAR)) {
              mine.add(cat);
            }
          }
        }
        held.put(id, mine);
      }
    }
    compute("/1/39/");
    Map<Long, List<Object>> alerts = alerts();
    List<Long> wrong = new ArrayList<>();
    for (long id = 1; id <= 600; id++) {
      AlertGroup g = LINES.groupOf(held.get(id));
      boolean expected = LINES.crosses(burden.get(id), g);
      List<Object> a = alerts.get(id);
      boolean right =
          expected
              ? a != null
                  && a.get(0).equals(g.name())
                  && new BigDecimal((String) a.get(1)).compareTo(LINES.line(g)) == 0
              : a == null;
      if (!right) {
        wrong.add(id);
      }
    }
    assertThat(wrong).as("people whose alert differs from the rule").isEmpty();
    assertThat(alerts).hasSizeGreaterThan(100);
  }
}
