package org.canbao.enrollment.api;

import java.io.Serializable;

/** An area's enrollment progress for a year: registered people (status normal) and how many are insured. */
public record AreaProgress(long areaId, long registered, long enrolled) implements Serializable {
  public double rate() {
    return registered == 0 ? 0 : (double) enrolled / registered;
  }
}
