package org.canbao.reporting.application;

import java.time.LocalDate;
import java.util.List;

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
      String insuredKind,
      Long followUpId,
      String followUpStatus) {}

  /**
   * A student of the year as the ledger shows them; {@code state} is a {@code CollegeStudentState}
   * name.
   */
  record StudentLine(
      long personId,
      String idNumber,
      String name,
      long villageId,
      String source,
      String state,
      String insuredKind,
      Long followUpId,
      String followUpStatus,
      String followUpReason,
      int evidenceFiles) {}

  long countEmployees(Area area, int year, String state, boolean uninsuredOnly, String text);

  List<EmployeeLine> employees(
      Area area, int year, String state, boolean uninsuredOnly, String text, int first, int max);

  long countStudents(Area area, int year, String state, String text);

  List<StudentLine> students(Area area, int year, String state, String text, int first, int max);
}
