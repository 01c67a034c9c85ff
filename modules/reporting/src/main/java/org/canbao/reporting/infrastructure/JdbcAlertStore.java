package org.canbao.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.canbao.kernel.api.BulkAudit;
import org.canbao.kernel.api.EnumSql;
import org.canbao.reporting.api.AlertDetail;
import org.canbao.reporting.api.AlertGroup;
import org.canbao.reporting.api.AlertState;
import org.canbao.reporting.application.AlertStore;
import org.canbao.reporting.domain.AlertLines;
import org.canbao.reporting.domain.MedicalAlert;

/**
 * The return-to-poverty computation of an area as three set-based statements in the caller's
 * transaction — a district of a million people with a year of monthly extracts is one pass over its
 * costs (see docs/performance.md):
 *
 * <ol>
 *   <li>one {@code MERGE} from the area's people with costs in the year ({@code
 *       enrollment.v_medical_cost_year}, the year so far by enrollment's rule), their group and
 *       line ({@link AlertLines}: the groups of the categories they held in the year, the strictest
 *       first — the {@code CASE} is generated from {@link AlertLines#strictestFirst()}), into the
 *       alerts: a person reaching the line without an alert of the year gets one (新预警); an alert
 *       whose figures, group, line or village changed takes them;
 *   <li>the audit: one revision for the run, an audit row for every alert it created or changed
 *       ({@code last_run_id}), as Envers would have written them;
 *   <li>the first step of each new alert's history.
 * </ol>
 *
 * <p>Standard SQL ({@code MERGE … WHEN NOT MATCHED AND …}): PostgreSQL and H2 ({@code
 * AlertStoreTest}).
 */
@ApplicationScoped
public class JdbcAlertStore implements AlertStore {
  @Inject BulkAudit audit;

  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  private static final String FIGURES =
      "through_month, total_cost, basic_insurance, critical_illness, medical_assistance, self_paid, self_funded, self_burden";

  /** The audited columns of an alert, as its audit table holds them. */
  private static final String AUDITED =
      "cost_year, person_id, id_number, name, village_id, village_path, alert_group, line_amount, "
          + FIGURES
          + ", over_line, state, state_by, state_since, due_on, verify_note, created_at";

  /** Each person's flag per group drawn by categories: 1 if they held one of its categories. */
  static String held(AlertLines lines) {
    Set<String> all = new TreeSet<>();
    StringBuilder flags = new StringBuilder();
    for (AlertGroup g : lines.strictestFirst()) {
      all.addAll(lines.categories(g));
      flags
          .append(", max(case when category_code in (")
          .append(literals(lines.categories(g)))
          .append(") then 1 else 0 end) as ")
          .append(flag(g));
    }
    return "select person_id"
        + flags
        + " from enrollment.v_person_identity where category_code in ("
        + literals(all)
        + ") and "
        + AlertLines.HELD_IN_YEAR_SQL
        + " group by person_id";
  }

  /**
   * The person's group, or (with {@code lines}) their line: the first group they belong to in the
   * order strictest first, else ordinary residents.
   */
  static String choice(AlertLines lines, boolean amount) {
    StringBuilder sql = new StringBuilder("case");
    for (AlertGroup g : lines.strictestFirst()) {
      sql.append(" when h.").append(flag(g)).append(" = 1 then ").append(value(lines, g, amount));
    }
    return sql.append(" else ")
        .append(value(lines, AlertGroup.ORDINARY, amount))
        .append(" end")
        .toString();
  }

  private static String value(AlertLines lines, AlertGroup g, boolean amount) {
    return amount ? lines.line(g).toPlainString() : EnumSql.of(g);
  }

  private static String flag(AlertGroup g) {
    return "in_" + g.name().toLowerCase();
  }

  private static String literals(Set<String> codes) {
    return codes.stream().map(Rows::literal).collect(Collectors.joining(", "));
  }

  /**
   * The area's people with costs in the year, their figures, group and line, and whether they reach
   * it; only those who do or already have an alert (parameters: year's last and first day, year,
   * area pattern, year).
   */
  static String source(AlertLines lines) {
    return "select s.*, case when s.self_burden >= s.line_amount then true else false end as over_line from ("
        + "select c.person_id, r.id_number, r.name, r.village_id, c.village_path, c.through_month, c.total_cost,"
        + " c.basic_insurance, c.critical_illness, c.medical_assistance, c.self_paid, c.self_funded, c.self_burden, "
        + choice(lines, false)
        + " as alert_group, "
        + choice(lines, true)
        + " as line_amount from enrollment.v_medical_cost_year c"
        + " join enrollment.v_registered_person r on r.person_id = c.person_id left join ("
        + held(lines)
        + ") h on h.person_id = c.person_id where c.cost_year = ? and c.village_path like ?) s"
        + " where s.self_burden >= s.line_amount or exists (select 1 from reporting.medical_alert x"
        + " where x.cost_year = ? and x.person_id = s.person_id)";
  }

  private static final String CHANGED =
      "a.village_path <> s.village_path or a.name <> s.name or a.alert_group <> s.alert_group"
          + " or a.line_amount <> s.line_amount or a.over_line <> s.over_line or "
          + List.of(FIGURES.split(", ")).stream()
              .map(c -> "a." + c + " <> s." + c)
              .collect(Collectors.joining(" or "));

  /**
   * Parameters: the source's, then year (match), run (update), year, by, at, due, at, run (insert).
   */
  static String merge(AlertLines lines) {
    return "merge into reporting.medical_alert a using ("
        + source(lines)
        + ") s on (a.cost_year = ? and a.person_id = s.person_id)"
        + " when matched and ("
        + CHANGED
        + ") then update set village_id = s.village_id, village_path = s.village_path, name = s.name,"
        + " alert_group = s.alert_group, line_amount = s.line_amount, over_line = s.over_line, "
        + List.of(FIGURES.split(", ")).stream()
            .map(c -> c + " = s." + c)
            .collect(Collectors.joining(", "))
        + ", last_run_id = ?, version = a.version + 1"
        + " when not matched and s.over_line then insert (cost_year, person_id, id_number, name, village_id, village_path,"
        + " alert_group, line_amount, "
        + FIGURES
        + ", over_line, state, state_by, state_since, due_on, created_at, last_run_id, version)"
        + " values (?, s.person_id, s.id_number, s.name, s.village_id, s.village_path, s.alert_group, s.line_amount, "
        + List.of(FIGURES.split(", ")).stream().map(c -> "s." + c).collect(Collectors.joining(", "))
        + ", true, "
        + EnumSql.of(AlertState.NEW)
        + ", ?, ?, ?, ?, ?, 0)";
  }

  private static final String AUDIT =
      "insert into reporting.medical_alert_aud (id, rev, revtype, "
          + AUDITED
          + ") select id, ?, case when version = 0 then 0 else 1 end, "
          + AUDITED
          + " from reporting.medical_alert where last_run_id = ?";

  private static final String FIRST_STEPS =
      "insert into reporting.medical_alert_step (alert_id, from_state, to_state, act, note, done_by, done_at)"
          + " select id, null, "
          + EnumSql.of(AlertState.NEW)
          + ", '预警', ?, ?, ? from reporting.medical_alert where last_run_id = ? and version = 0";

  @Override
  public Outcome compute(
      int year,
      String areaPath,
      AlertLines lines,
      long runId,
      String username,
      Instant at,
      LocalDate pushDue,
      Function<Outcome, String> note) {
    OffsetDateTime now =
        OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    String area = areaPath + "%";
    try (Connection c = dataSource.getConnection()) {
      Rows.update(
          c,
          merge(lines),
          LocalDate.of(year, 12, 31),
          LocalDate.of(year, 1, 1),
          year,
          area,
          year,
          year,
          runId,
          year,
          username,
          now,
          pushDue,
          now,
          runId);
      int created =
          Rows.count(
              c,
              "select count(*) from reporting.medical_alert where last_run_id = ? and version = 0",
              runId);
      int changed =
          Rows.count(
              c, "select count(*) from reporting.medical_alert where last_run_id = ?", runId);
      int overLine =
          Rows.count(
              c,
              "select count(*) from reporting.medical_alert where cost_year = ? and village_path like ? and over_line",
              year,
              area);
      long rev = audit.open(c, username, at, Set.of(MedicalAlert.class), null);
      Rows.update(c, AUDIT, rev, runId);
      Rows.update(c, FIRST_STEPS, "按" + year + "年度预警线计算：个人负担达到预警线", username, now, runId);
      Outcome outcome = new Outcome(overLine, created, changed - created, rev);
      audit.note(c, rev, note.apply(outcome));
      return outcome;
    } catch (SQLException e) {
      throw new IllegalStateException("因病返贫预警计算失败：" + e.getMessage(), e);
    }
  }

  @Override
  public List<AlertDetail.CostMonth> months(long personId, int year) {
    return Rows.query(
        dataSource,
        "select cost_month, cumulative, total_cost, basic_insurance, critical_illness, medical_assistance, self_paid,"
            + " self_funded, batch_id from enrollment.v_medical_cost where person_id = ? and cost_year = ? order by cost_month",
        List.of(personId, year),
        rs ->
            new AlertDetail.CostMonth(
                rs.getInt(1),
                rs.getBoolean(2),
                rs.getBigDecimal(3),
                rs.getBigDecimal(4),
                rs.getBigDecimal(5),
                rs.getBigDecimal(6),
                rs.getBigDecimal(7),
                rs.getBigDecimal(8),
                rs.getLong(9)));
  }
}
