package org.canbao.reporting.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The alerts of an area and year counted per township (a township's caller: per village) and state,
 * with the overdue ones and the total row — what leaders follow.
 */
public record AlertCounts(
    int year, long areaId, String areaName, List<AreaCount> lines, AreaCount total)
    implements Serializable {

  /** One township's (or village's) counts. */
  public record AreaCount(
      long areaId, String areaName, Map<AlertState, Long> byState, long overdue, long all)
      implements Serializable {
    public long count(AlertState state) {
      return byState.getOrDefault(state, 0L);
    }

    /** Alerts not yet closed. */
    public long open() {
      return all - count(AlertState.CLOSED);
    }
  }
}
