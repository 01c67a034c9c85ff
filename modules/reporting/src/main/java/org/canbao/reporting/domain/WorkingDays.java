package org.canbao.reporting.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working days: Monday to Friday, except the days an administrator has entered otherwise — public
 * holidays on weekdays (not working) and make-up working days on weekends (调休上班). No date is known
 * to the code; the calendar is data.
 */
public final class WorkingDays {
  private final Map<LocalDate, Boolean> exceptions;

  /**
   * {@code exceptions}: day → whether it is a working day, for the days that differ from the weekly
   * rule.
   */
  public WorkingDays(Map<LocalDate, Boolean> exceptions) {
    this.exceptions = Map.copyOf(exceptions);
  }

  public boolean isWorkingDay(LocalDate day) {
    Boolean set = exceptions.get(day);
    if (set != null) {
      return set;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * The last day of a period of {@code days} working days that starts on {@code posted}: the
   * posting day counts when it is a working day, otherwise the period starts on the next working
   * day.
   */
  public LocalDate periodEnd(LocalDate posted, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days < 1");
    }
    LocalDate d = posted;
    int counted = 0;
    while (true) {
      if (isWorkingDay(d) && ++counted == days) {
        return d;
      }
      d = d.plusDays(1);
    }
  }
}
