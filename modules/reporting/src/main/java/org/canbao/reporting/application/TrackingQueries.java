package org.canbao.reporting.application;

import java.time.LocalDate;
import java.util.List;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.reporting.api.CollegeStudentState;
import org.canbao.reporting.api.EmployeeInsuranceState;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.api.FollowUpStatus;

/**
 * The tracking ledgers' pages (职工医保跟踪台账, 大学生参保跟踪台账), one page or count per call: the use case's
 * port, implemented with SQL over enrollment's published views and reporting's own follow-up ledger
 * in reporting's infrastructure ({@code JdbcTrackingQueries}).
 */
public interface TrackingQueries {
  /** Where to look: an area's path, the narrowing inside it (null: none), and filters. */
  record Area(String path, List<String> narrowedTo) {}

  /**
   * A person's employee insurance of the year as the ledger shows it (one line per person: the
   * active record, else the last stopped).
   */
  record EmployeeLine(
      long recordId,
      long personId,
      String idNumber,
      String name,
      long villageId,
      int year,
      boolean stopped,
      LocalDate stoppedOn,
      String stopReason,
      LocalDate recordedOn,
      EnrollmentKind insuredKind,
      Long followUpId,
      FollowUpStatus followUpStatus) {}

  /** Where the ledger found a student: insured at a college here, or said to study elsewhere. */
  enum StudentSource {
    COLLEGE,
    ELSEWHERE
  }

  /** A student of the year as the ledger shows them. */
  record StudentLine(
      long personId,
      String idNumber,
      String name,
      long villageId,
      StudentSource source,
      CollegeStudentState state,
      EnrollmentKind insuredKind,
      Long followUpId,
      FollowUpStatus followUpStatus,
      FollowUpReason followUpReason,
      int evidenceFiles) {}

  long countEmployees(
      Area area, int year, EmployeeInsuranceState state, boolean uninsuredOnly, String text);

  List<EmployeeLine> employees(
      Area area,
      int year,
      EmployeeInsuranceState state,
      boolean uninsuredOnly,
      String text,
      int first,
      int max);

  long countStudents(Area area, int year, CollegeStudentState state, String text);

  List<StudentLine> students(
      Area area, int year, CollegeStudentState state, String text, int first, int max);
}
