package org.canbao.reporting.api;

import java.util.List;

/**
 * The tracking ledgers (跟踪台账, DOMAIN.md §6) of the caller's area, in pages, read from the views
 * enrollment publishes and the follow-up ledger: employee-insured people checked monthly for a
 * lapse (职工医保跟踪台账) and last year's college students after August (大学生参保跟踪台账). A village officer
 * sees their village; the checks that turn a lapse or an uninsured student into a follow-up item
 * are {@link FollowUpFacade#crossCheck} with {@link CrossCheckKind#EMPLOYEE_LAPSE} and {@link
 * CrossCheckKind#COLLEGE}.
 */
public interface TrackingLedgerFacade {
  long countEmployees(EmployeeTrackingQuery query);

  /** Ordered by village and name; at most 1000 a page. */
  List<EmployeeTrackingRow> employees(EmployeeTrackingQuery query, int first, int max);

  long countStudents(CollegeTrackingQuery query);

  /** Ordered by village and name; at most 1000 a page. */
  List<CollegeTrackingRow> students(CollegeTrackingQuery query, int first, int max);
}
