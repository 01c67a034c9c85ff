package org.canbao.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.enrollment.api.RecordStatus;
import org.canbao.kernel.api.EnumSql;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.application.CrossCheckViews;
import org.canbao.reporting.application.TrackingQueries.StudentSource;

/**
 * What the cross-checks read of enrollment: only the views enrollment publishes for reporting in
 * its own migrations (V11: {@code v_registered_person}, {@code v_insured_person}, {@code
 * v_person_identity}; V14: {@code v_employee_insurance}, {@code v_college_student}), never its
 * tables (ArchitectureTest checks the SQL here). All reads are limited to an area's scope path, so
 * a check costs what its township or village holds.
 */
@ApplicationScoped
public class JdbcCrossCheckViews implements CrossCheckViews {
  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  private static final String PERSON =
      "select p.person_id, p.id_number, p.name, p.village_id, p.village_path, p.status"
          + " from enrollment.v_registered_person p";

  /** Every registered person of the area (scope path prefix). */
  @Override
  public List<Registered> registered(String areaPath) {
    return query(
        PERSON + " where p.village_path like ?", List.of(areaPath + "%"), this::registered);
  }

  /** The people of the area insured for the year (any active record). */
  @Override
  public Set<Long> insured(String areaPath, int year) {
    return new HashSet<>(
        query(
            "select i.person_id from enrollment.v_insured_person i join enrollment.v_registered_person p on p.person_id = i.person_id"
                + " where p.village_path like ? and i.insurance_year = ?",
            List.of(areaPath + "%", year),
            rs -> rs.getLong(1)));
  }

  /**
   * The people of the area holding an identity valid on {@code date}, with their category codes.
   */
  @Override
  public Map<Long, List<String>> identities(String areaPath, LocalDate date) {
    return byPerson(
        query(
            "select i.person_id, i.category_code from enrollment.v_person_identity i join enrollment.v_registered_person p"
                + " on p.person_id = i.person_id where p.village_path like ? and i.valid_from <= ? and (i.valid_to is null or i.valid_to >= ?)"
                + " order by i.person_id, i.category_code",
            List.of(areaPath + "%", Date.valueOf(date), Date.valueOf(date)),
            this::pair));
  }

  /**
   * The people of the area certified with an identity from {@code from} to {@code to} (the month's
   * newly identified).
   */
  @Override
  public Map<Long, List<String>> identifiedBetween(String areaPath, LocalDate from, LocalDate to) {
    return byPerson(
        query(
            "select i.person_id, i.category_code from enrollment.v_person_identity i join enrollment.v_registered_person p"
                + " on p.person_id = i.person_id where p.village_path like ? and i.valid_from >= ? and i.valid_from <= ?"
                + " order by i.person_id, i.category_code",
            List.of(areaPath + "%", Date.valueOf(from), Date.valueOf(to)),
            this::pair));
  }

  /**
   * The people of the area whose employee insurance of the year stopped (停保) on or before {@code
   * by} ({@code enrollment.v_employee_insurance}), with the day it stopped. Whether they are
   * insured otherwise for the year is {@link #insured}'s answer.
   */
  @Override
  public Map<Long, List<String>> employeeStoppedBy(String areaPath, int year, LocalDate by) {
    return byPerson(
        query(
            "select e.person_id, cast(e.stopped_on as varchar(10)) from enrollment.v_employee_insurance e"
                + " where e.village_path like ? and e.insurance_year = ? and e.status = "
                + EnumSql.of(RecordStatus.STOPPED)
                + " and e.stopped_on <= ? order by e.person_id, e.stopped_on",
            List.of(areaPath + "%", year, Date.valueOf(by)),
            this::pair));
  }

  /**
   * The college students of the area to check for insurance year {@code year}: insured the year
   * before as 在渝高校大学生 ({@code enrollment.v_college_student}, source {@code COLLEGE}), or found then
   * insured at a university elsewhere (the follow-up ledger's reason, source {@code ELSEWHERE}).
   */
  @Override
  public Map<Long, List<String>> collegeStudents(String areaPath, int year) {
    return byPerson(
        query(
            "select s.person_id, s.source from ("
                + "select c.person_id, "
                + EnumSql.of(StudentSource.COLLEGE)
                + " as source from enrollment.v_college_student c join enrollment.v_registered_person p on p.person_id = c.person_id"
                + " where c.insurance_year = ? and p.village_path like ?"
                + " union select f.person_id, "
                + EnumSql.of(StudentSource.ELSEWHERE)
                + " as source from reporting.follow_up f join enrollment.v_registered_person p on p.person_id = f.person_id"
                + " where f.insurance_year = ? and f.reason = "
                + EnumSql.of(FollowUpReason.STUDENT_ELSEWHERE)
                + " and p.village_path like ?) s order by s.person_id, s.source",
            List.of(year - 1, areaPath + "%", year - 1, areaPath + "%"),
            this::pair));
  }

  /** A registered person by ID number. */
  @Override
  public Optional<Registered> byIdNumber(String idNumber) {
    return query(PERSON + " where p.id_number = ?", List.of(idNumber), this::registered).stream()
        .findFirst();
  }

  /** Whether a person is insured for a year. */
  @Override
  public boolean isInsured(long personId, int year) {
    return !query(
            "select i.person_id from enrollment.v_insured_person i where i.person_id = ? and i.insurance_year = ?",
            List.of(personId, year),
            rs -> rs.getLong(1))
        .isEmpty();
  }

  private Registered registered(ResultSet rs) throws SQLException {
    return new Registered(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getString(5),
        PersonStatus.valueOf(rs.getString(6)));
  }

  private Object[] pair(ResultSet rs) throws SQLException {
    return new Object[] {rs.getLong(1), rs.getString(2)};
  }

  private static Map<Long, List<String>> byPerson(List<Object[]> rows) {
    Map<Long, List<String>> m = new LinkedHashMap<>();
    rows.forEach(r -> m.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
    return m;
  }

  private <T> List<T> query(String sql, List<Object> parameters, Rows.Row<T> row) {
    return Rows.query(dataSource, sql, parameters, row);
  }
}
