package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A holiday (working false) or make-up working day (working true) of the calendar. */
public record WorkingDayView(long id, LocalDate day, boolean working, String note)
    implements Serializable {
  public String kindLabel() {
    return working ? "调休上班" : "节假日";
  }
}
