package org.canbao.reporting.api;

import java.time.LocalDate;
import java.util.List;
import org.canbao.kernel.api.MaxLength;

/**
 * The calendar of working days: weekdays work and weekends are off, except the holidays and make-up
 * working days an administrator enters (every year's, as the State Council announces them). Anyone
 * may read it; changing it needs {@code MANAGE_WORKING_DAYS} and is audited.
 */
public interface WorkingDayFacade {
  List<WorkingDayView> list(int year);

  /**
   * Sets a day as a holiday ({@code working} false) or a make-up working day (true); replaces an
   * earlier entry.
   */
  WorkingDayView set(
      LocalDate day, Boolean working, @MaxLength(value = 100, message = "说明不能超过100字") String note);

  /** Removes an entry: the day follows the weekly rule again. Returns what was removed. */
  WorkingDayView remove(long id);

  /**
   * The last day of {@code days} working days starting on {@code from} (counted when it is a
   * working day).
   */
  LocalDate periodEnd(LocalDate from, int days);
}
