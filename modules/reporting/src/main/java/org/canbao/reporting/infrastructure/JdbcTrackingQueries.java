package org.canbao.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.RecordStatus;
import org.canbao.kernel.api.EnumSql;
import org.canbao.reporting.api.CollegeStudentState;
import org.canbao.reporting.api.EmployeeInsuranceState;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.api.FollowUpStatus;
import org.canbao.reporting.application.TrackingQueries;
import org.canbao.reporting.application.TrackingQueries.StudentSource;

/**
 * The tracking ledgers' pages (职工医保跟踪台账, 大学生参保跟踪台账): enrollment's published views ({@code
 * v_employee_insurance}, {@code v_college_student}, {@code v_insured_person}, {@code
 * v_registered_person}, enrollment V11 and V14) joined with reporting's own follow-up ledger. Plain
 * JDBC, portable between PostgreSQL and H2; one statement per page and one per count.
 */
@ApplicationScoped
public class JdbcTrackingQueries implements TrackingQueries {
  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  private static final String EMPLOYEES =
      "select * from (select e.record_id, e.person_id, e.id_number, e.name, e.village_id, e.village_path,"
          + " e.insurance_year, e.status, e.stopped_on, e.stop_reason, e.recorded_at, i.kind as insured_kind, f.id as follow_up_id,"
          + " f.status as follow_up_status, row_number() over (partition by e.person_id order by case when e.status = "
          + EnumSql.of(RecordStatus.ACTIVE)
          + " then 0 else 1 end,"
          + " e.stopped_on desc, e.record_id desc) as rn"
          + " from enrollment.v_employee_insurance e"
          + " left join enrollment.v_insured_person i on i.person_id = e.person_id and i.insurance_year = e.insurance_year"
          + " left join reporting.follow_up f on f.person_id = e.person_id and f.insurance_year = e.insurance_year"
          + " where e.insurance_year = ? and e.village_path like ?";

  @Override
  public long countEmployees(
      Area area, int year, EmployeeInsuranceState state, boolean uninsuredOnly, String text) {
    List<Object> params = new ArrayList<>();
    String sql =
        "select count(*) from ("
            + employees(area, year, state, uninsuredOnly, text, params)
            + ") c";
    return query(sql, params, rs -> rs.getLong(1)).get(0);
  }

  @Override
  public List<EmployeeLine> employees(
      Area area,
      int year,
      EmployeeInsuranceState state,
      boolean uninsuredOnly,
      String text,
      int first,
      int max) {
    List<Object> params = new ArrayList<>();
    String sql =
        employees(area, year, state, uninsuredOnly, text, params)
            + " order by t.village_path, t.name, t.person_id limit ? offset ?";
    params.add(max);
    params.add(first);
    return query(
        sql,
        params,
        rs ->
            new EmployeeLine(
                rs.getLong("record_id"),
                rs.getLong("person_id"),
                rs.getString("id_number"),
                rs.getString("name"),
                rs.getLong("village_id"),
                rs.getInt("insurance_year"),
                RecordStatus.STOPPED.name().equals(rs.getString("status")),
                date(rs.getDate("stopped_on")),
                rs.getString("stop_reason"),
                day(rs.getTimestamp("recorded_at")),
                named(EnrollmentKind.class, rs.getString("insured_kind")),
                (Long) rs.getObject("follow_up_id", Long.class),
                named(FollowUpStatus.class, rs.getString("follow_up_status"))));
  }

  private static String employees(
      Area area,
      int year,
      EmployeeInsuranceState state,
      boolean uninsuredOnly,
      String text,
      List<Object> params) {
    StringBuilder sql = new StringBuilder(EMPLOYEES);
    params.add(year);
    params.add(area.path() + "%");
    narrow(sql, "e.village_path", area, params);
    sql.append(") t where t.rn = 1");
    if (state != null) {
      sql.append(" and t.status = ?");
      params.add(
          (state == EmployeeInsuranceState.INSURED ? RecordStatus.ACTIVE : RecordStatus.STOPPED)
              .name());
    }
    if (uninsuredOnly) {
      sql.append(" and t.status = ")
          .append(EnumSql.of(RecordStatus.STOPPED))
          .append(" and t.insured_kind is null");
    }
    text(sql, text, params);
    return sql.toString();
  }

  private static final String STUDENTS =
      "select * from (select p.person_id, p.id_number, p.name, p.village_id, p.village_path, s.source,"
          + " i.kind as insured_kind, f.id as follow_up_id, f.status as follow_up_status, f.reason as follow_up_reason,"
          + " (select count(*) from reporting.follow_up_evidence v where v.follow_up_id = f.id) as evidence_files,"
          + " case when i.kind is not null and i.kind <> "
          + EnumSql.of(EnrollmentKind.INSURED_OUTSIDE)
          + " then "
          + EnumSql.of(CollegeStudentState.INSURED_HERE)
          + " when i.kind = "
          + EnumSql.of(EnrollmentKind.INSURED_OUTSIDE)
          + " or (f.reason = "
          + EnumSql.of(FollowUpReason.STUDENT_ELSEWHERE)
          + " and exists (select 1 from reporting.follow_up_evidence w where w.follow_up_id = f.id)) then "
          + EnumSql.of(CollegeStudentState.INSURED_AT_SCHOOL)
          + " else "
          + EnumSql.of(CollegeStudentState.NOT_INSURED)
          + " end as state"
          + " from (select u.person_id, min(u.source) as source from (select c.person_id, "
          + EnumSql.of(StudentSource.COLLEGE)
          + " as source from enrollment.v_college_student c where c.insurance_year = ?"
          + " union all select g.person_id, "
          + EnumSql.of(StudentSource.ELSEWHERE)
          + " as source from reporting.follow_up g where g.insurance_year = ? and g.reason = "
          + EnumSql.of(FollowUpReason.STUDENT_ELSEWHERE)
          + ") u group by u.person_id) s"
          + " join enrollment.v_registered_person p on p.person_id = s.person_id"
          + " left join enrollment.v_insured_person i on i.person_id = p.person_id and i.insurance_year = ?"
          + " left join reporting.follow_up f on f.person_id = p.person_id and f.insurance_year = ?"
          + " where p.village_path like ?";

  @Override
  public long countStudents(Area area, int year, CollegeStudentState state, String text) {
    List<Object> params = new ArrayList<>();
    String sql = "select count(*) from (" + students(area, year, state, text, params) + ") c";
    return query(sql, params, rs -> rs.getLong(1)).get(0);
  }

  @Override
  public List<StudentLine> students(
      Area area, int year, CollegeStudentState state, String text, int first, int max) {
    List<Object> params = new ArrayList<>();
    String sql =
        students(area, year, state, text, params)
            + " order by t.village_path, t.name, t.person_id limit ? offset ?";
    params.add(max);
    params.add(first);
    return query(
        sql,
        params,
        rs ->
            new StudentLine(
                rs.getLong("person_id"),
                rs.getString("id_number"),
                rs.getString("name"),
                rs.getLong("village_id"),
                named(StudentSource.class, rs.getString("source")),
                named(CollegeStudentState.class, rs.getString("state")),
                named(EnrollmentKind.class, rs.getString("insured_kind")),
                (Long) rs.getObject("follow_up_id", Long.class),
                named(FollowUpStatus.class, rs.getString("follow_up_status")),
                named(FollowUpReason.class, rs.getString("follow_up_reason")),
                rs.getInt("evidence_files")));
  }

  private static String students(
      Area area, int year, CollegeStudentState state, String text, List<Object> params) {
    StringBuilder sql = new StringBuilder(STUDENTS);
    params.add(year - 1);
    params.add(year - 1);
    params.add(year);
    params.add(year);
    params.add(area.path() + "%");
    narrow(sql, "p.village_path", area, params);
    sql.append(") t where 1 = 1");
    if (state != null) {
      sql.append(" and t.state = ?");
      params.add(state.name());
    }
    text(sql, text, params);
    return sql.toString();
  }

  private static void narrow(StringBuilder sql, String column, Area area, List<Object> params) {
    if (area.narrowedTo() == null) {
      return;
    }
    if (area.narrowedTo().isEmpty()) {
      sql.append(" and 1 = 0");
      return;
    }
    sql.append(" and (")
        .append(
            String.join(" or ", area.narrowedTo().stream().map(p -> column + " like ?").toList()))
        .append(")");
    area.narrowedTo().forEach(p -> params.add(p + "%"));
  }

  private static void text(StringBuilder sql, String text, List<Object> params) {
    if (text != null && !text.isBlank()) {
      sql.append(" and (t.name like ? or t.id_number = ?)");
      params.add("%" + text.strip() + "%");
      params.add(text.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** A column holding an enum's name as that enum; null stays null. */
  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static LocalDate day(Timestamp t) {
    return t == null ? null : t.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
  }

  private <T> List<T> query(String sql, List<Object> parameters, Rows.Row<T> row) {
    return Rows.query(dataSource, sql, parameters, row);
  }
}
