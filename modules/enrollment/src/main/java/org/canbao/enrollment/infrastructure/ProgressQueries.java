package org.canbao.enrollment.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.enrollment.api.RecordStatus;
import org.canbao.enrollment.application.ProgressFigures;
import org.canbao.enrollment.domain.PersonIdentity;
import org.canbao.kernel.api.EnumSql;

/**
 * The campaign's figures in set-based SQL: who is registered in a village on a date and who of them
 * is insured for a year (the rules are stated on {@code ProgressService}; the SQL fragments below
 * are their only home, shared by the figures and the list of the uninsured). Plain JDBC, as the
 * figures of a district are aggregates over a million people; the connection takes part in the
 * caller's transaction. Portable between PostgreSQL and H2 (PostgreSQL mode).
 *
 * <p>A person is counted once: the current village and the villages left (residences) are counted
 * by two queries over periods that never overlap (a move ends the old one the day before), and the
 * schema holds at most one active enrollment record per person and year (a unique index on both
 * databases), so joining it never doubles a person.
 *
 * <p>What differs from call to call (villages, year, dates, categories) is a bind parameter; the
 * rules' constants (statuses, kinds) are written into the text, the same in every call: a constant
 * {@code status = 'ACTIVE'} can match PostgreSQL's partial index of the active records in any plan,
 * a parameter only in a plan made for its value.
 */
@ApplicationScoped
public class ProgressQueries implements ProgressFigures {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  /** Who is registered: status normal on the date (a death or a departure counts from its date). */
  private static final String IN_STATUS =
      "(p.status = " + EnumSql.of(PersonStatus.NORMAL) + " or p.status_since > ?)";

  /** Registered in their current village from {@code village_since} (unknown: always). */
  private static final String CURRENT_VILLAGE = "(p.village_since is null or p.village_since <= ?)";

  /** Registered in a village they have left, during the residence's period. */
  private static final String FORMER_VILLAGE =
      "(r.valid_from is null or r.valid_from <= ?) and r.valid_to >= ?";

  /**
   * An insuring record of person {@code p} for the year as of the date: active; a resident payment
   * paid by the date, anything else (newborn following a guardian, employee insurance, insured
   * outside the district) recorded by the end of the date in China.
   */
  private static final String INSURING_RECORD =
      "e.person_id = p.id and e.insurance_year = ? and e.status = '"
          + RecordStatus.ACTIVE.name()
          + "'"
          + " and (e.kind = "
          + EnumSql.of(EnrollmentKind.RESIDENT_PAYMENT)
          + " and e.payment_date <= ? or e.kind <> "
          + EnumSql.of(EnrollmentKind.RESIDENT_PAYMENT)
          + " and e.recorded_at < ?)";

  /**
   * Per person, whether they hold on the date an identity of the low-income and the
   * poverty-alleviated categories.
   */
  private static final String TARGETED =
      "select person_id, max(case when category_code = any(?) then 1 end) as low_income,"
          + " max(case when category_code = any(?) then 1 end) as alleviated from enrollment.person_identity"
          + " where (category_code = any(?) or category_code = any(?)) and "
          + PersonIdentity.VALID_ON_SQL
          + " group by person_id";

  /**
   * The counts per village of {@code villageIds} for {@code year} as of {@code asOf}; villages
   * without registered people are absent. Two aggregate queries, people in their current village
   * and people in a village they have left since, grouped by village.
   */
  @Override
  public Map<Long, Counts> figures(
      Collection<Long> villageIds,
      int year,
      LocalDate asOf,
      Set<String> lowIncome,
      Set<String> alleviated) {
    Map<Long, Counts> counts = new HashMap<>();
    if (villageIds.isEmpty()) {
      return counts;
    }
    Long[] villages = villageIds.toArray(Long[]::new);
    Query current =
        figures("p.village_id", "enrollment.person p", year, asOf, lowIncome, alleviated)
            .where("p.village_id = any(?) and " + CURRENT_VILLAGE, villages, asOf)
            .and(IN_STATUS, asOf)
            .then(" group by p.village_id");
    Query former =
        figures(
                "r.village_id",
                "enrollment.residence r join enrollment.person p on p.id = r.person_id",
                year,
                asOf,
                lowIncome,
                alleviated)
            .where("r.village_id = any(?) and " + FORMER_VILLAGE, villages, asOf, asOf)
            .and(IN_STATUS, asOf)
            .then(" group by r.village_id");
    try (Connection c = dataSource.getConnection()) {
      planEachCall(c);
      for (Query q : List.of(current, former)) {
        try (PreparedStatement ps = q.prepare(c);
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Counts found =
                new Counts(
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getLong(7),
                    rs.getLong(8),
                    rs.getLong(9));
            counts.merge(rs.getLong(1), found, Counts::plus);
          }
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * How PostgreSQL plans the figures, for the rest of this transaction (H2 has neither setting):
   *
   * <ul>
   *   <li>each call is planned for its own villages ({@code plan_cache_mode} {@code
   *       force_custom_plan}). The villages are one array parameter, so the statement's text is the
   *       same whatever the area (the driver reuses the parsed statement and pg_stat_statements
   *       counts every call of it together), but a generic plan, which PostgreSQL may switch to
   *       after five calls of a prepared statement, is made for an array of unknown size: measured
   *       on the demo population (20,264 people, 7 villages), it scans every person for one village
   *       (34 ms) where the village's own plan reads its 1,853 people through {@code
   *       person_village_idx} (22 ms, the plan the ids written into the text got) — at a million
   *       people that is a whole-table scan for each village. Planning costs about 0.5–3 ms of the
   *       call.
   *   <li>no compilation to machine code ({@code jit} off): for these one-pass aggregates it costs
   *       more than it saves (measured on a generated district of 1,000,000: 0.3 s of 1.8 s, and 6
   *       s once the estimate passes the threshold for optimising it).
   * </ul>
   */
  private static void planEachCall(Connection c) throws SQLException {
    if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
      try (PreparedStatement ps =
              c.prepareStatement(
                  "select set_config('jit', 'off', true),"
                      + " set_config('plan_cache_mode', 'force_custom_plan', true)");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
      }
    }
  }

  /** The select list and joins shared by both queries of {@link #figures}. */
  private static Query figures(
      String village,
      String from,
      int year,
      LocalDate asOf,
      Set<String> lowIncome,
      Set<String> alleviated) {
    String[] low = lowIncome.toArray(String[]::new);
    String[] poor = alleviated.toArray(String[]::new);
    return new Query(
            "select "
                + village
                + ", count(*),"
                + " count(case when e.kind in "
                + EnumSql.anyOf(EnrollmentKind.RESIDENT_PAYMENT, EnrollmentKind.FOLLOWS_GUARDIAN)
                + " then 1 end),"
                + " count(case when e.kind = "
                + EnumSql.of(EnrollmentKind.EMPLOYEE_INSURANCE)
                + " then 1 end),"
                + " count(case when e.kind = "
                + EnumSql.of(EnrollmentKind.INSURED_OUTSIDE)
                + " then 1 end),"
                + " count(t.low_income), count(case when t.low_income = 1 and e.id is not null then 1 end),"
                + " count(t.alleviated), count(case when t.alleviated = 1 and e.id is not null then 1 end)"
                + " from "
                + from)
        .then(
            " left join enrollment.enrollment_record e on " + INSURING_RECORD,
            year,
            asOf,
            endOfDay(asOf))
        .then(
            " left join (" + TARGETED + ") t on t.person_id = p.id",
            low,
            poor,
            low,
            poor,
            asOf,
            asOf);
  }

  /** How many registered people of the village are not insured. */
  @Override
  public long countUninsured(long villageId, int year, LocalDate asOf) {
    Query q =
        new Query("select count(*) from (").then(uninsured(villageId, year, asOf)).then(") u");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = q.prepare(c);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A page of the registered people of the village who are not insured, by household number and id.
   */
  @Override
  public List<Long> uninsured(long villageId, int year, LocalDate asOf, int first, int max) {
    Query q =
        uninsured(villageId, year, asOf)
            .then(" order by household_no nulls last, id limit ? offset ?", max, first);
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = q.prepare(c);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Registered in the village on the date (now or formerly), without an insuring record. */
  private static Query uninsured(long villageId, int year, LocalDate asOf) {
    String notInsured =
        " and not exists (select 1 from enrollment.enrollment_record e where "
            + INSURING_RECORD
            + ")";
    return new Query(
            "select p.id, p.household_no from enrollment.person p where p.village_id = ?",
            villageId)
        .and(CURRENT_VILLAGE, asOf)
        .and(IN_STATUS, asOf)
        .then(notInsured, year, asOf, endOfDay(asOf))
        .then(
            " union all select p.id, p.household_no from enrollment.residence r join enrollment.person p on p.id = r.person_id"
                + " where r.village_id = ?",
            villageId)
        .and(FORMER_VILLAGE, asOf, asOf)
        .and(IN_STATUS, asOf)
        .then(notInsured, year, asOf, endOfDay(asOf));
  }

  /** Records made on {@code day} (China time) or before were made before this instant. */
  private static OffsetDateTime endOfDay(LocalDate day) {
    return day.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime();
  }

  /** SQL text with its parameters next to the fragments they belong to. */
  private static final class Query {
    private final StringBuilder sql;
    private final List<Object> params = new ArrayList<>();

    Query(String sql, Object... params) {
      this.sql = new StringBuilder(sql);
      this.params.addAll(List.of(params));
    }

    Query then(String fragment, Object... values) {
      sql.append(fragment);
      params.addAll(List.of(values));
      return this;
    }

    Query then(Query nested) {
      sql.append(nested.sql);
      params.addAll(nested.params);
      return this;
    }

    Query where(String condition, Object... values) {
      return then(" where " + condition, values);
    }

    Query and(String condition, Object... values) {
      return then(" and " + condition, values);
    }

    PreparedStatement prepare(Connection c) throws SQLException {
      PreparedStatement ps = c.prepareStatement(sql.toString());
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        if (p instanceof LocalDate d) {
          ps.setDate(i + 1, Date.valueOf(d));
        } else if (p instanceof String[] codes) {
          ps.setArray(i + 1, c.createArrayOf("varchar", codes));
        } else if (p instanceof Long[] ids) {
          ps.setArray(i + 1, c.createArrayOf("bigint", ids));
        } else {
          ps.setObject(i + 1, p);
        }
      }
      return ps;
    }
  }
}
