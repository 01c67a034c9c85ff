package org.canbao.reporting.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.canbao.enrollment.api.PersonStatus;

/**
 * What the cross-checks read of enrollment (registered people, the insured, identities, employee
 * insurance stops, college students), every read limited to an area's scope path: the use cases'
 * port, implemented in reporting's infrastructure over the views enrollment publishes ({@code
 * JdbcCrossCheckViews}).
 */
public interface CrossCheckViews {
  /** A registered person as the view publishes them. */
  record Registered(
      long personId,
      String idNumber,
      String name,
      long villageId,
      String villagePath,
      PersonStatus status) {}

  /** Every registered person of the area (scope path prefix). */
  List<Registered> registered(String areaPath);

  /** The people of the area insured for the year (any active record). */
  Set<Long> insured(String areaPath, int year);

  /**
   * The people of the area holding an identity valid on {@code date}, with their category codes.
   */
  Map<Long, List<String>> identities(String areaPath, LocalDate date);

  /**
   * The people of the area certified with an identity from {@code from} to {@code to} (the month's
   * newly identified).
   */
  Map<Long, List<String>> identifiedBetween(String areaPath, LocalDate from, LocalDate to);

  /**
   * The people of the area whose employee insurance of the year stopped (停保) on or before {@code
   * by} ({@code enrollment.v_employee_insurance}), with the day it stopped. Whether they are
   * insured otherwise for the year is {@link #insured}'s answer.
   */
  Map<Long, List<String>> employeeStoppedBy(String areaPath, int year, LocalDate by);

  /**
   * The college students of the area to check for insurance year {@code year}: insured the year
   * before as 在渝高校大学生 ({@code enrollment.v_college_student}, source {@code COLLEGE}), or found then
   * insured at a university elsewhere (the follow-up ledger's reason, source {@code ELSEWHERE}).
   */
  Map<Long, List<String>> collegeStudents(String areaPath, int year);

  /** A registered person by ID number. */
  Optional<Registered> byIdNumber(String idNumber);

  /** Whether a person is insured for a year. */
  boolean isInsured(long personId, int year);
}
