package org.canbao.reporting.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The medical-institution status check (即保即享受, DOMAIN.md §6). A hospital asks about one ID number
 * and learns the state on the day only; every check is logged (who, when, which number, the
 * answer); a poor or low-income person found uninsured becomes a follow-up item for their township
 * ({@link HospitalReportFacade}). Checks per account and minute are limited ({@code
 * canbao.status-check.per-minute}).
 */
public interface StatusCheckFacade {
  /**
   * Refuses a malformed ID number naming what is wrong, a day in the future, and too many checks.
   */
  StatusCheckAnswer check(StatusCheckRequest request);

  /**
   * The log, newest first, of checks made by accounts inside the caller's area; filters may be
   * null.
   */
  List<StatusCheckLogEntry> log(
      String username, String idNumber, LocalDate from, LocalDate to, int first, int max);

  /** A page of the log sorted by {@code order} (newest first when null), ties newest first. */
  List<StatusCheckLogEntry> log(
      String username,
      String idNumber,
      LocalDate from,
      LocalDate to,
      int first,
      int max,
      LogOrder order,
      boolean descending);

  /** The columns the log can be sorted by. */
  enum LogOrder {
    CHECKED_AT,
    CHECKED_BY,
    ORGANISATION,
    DATE,
    RESULT
  }

  long countLog(String username, String idNumber, LocalDate from, LocalDate to);

  /** The configured number of checks an account may make per minute. */
  int perMinute();
}
