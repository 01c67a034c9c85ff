package org.canbao.reporting.api;

import java.io.Serializable;

/**
 * Filters of the alert list: the year, an area inside the caller's (null: all of it), state, group,
 * only overdue ones, {@code text} a name (part of it) or a whole ID number; {@code order} sorts the
 * list (by village and name when null).
 */
public record AlertQuery(
    int year,
    Long areaId,
    AlertState state,
    AlertGroup group,
    boolean overdueOnly,
    String text,
    Order order,
    boolean descending)
    implements Serializable {

  public AlertQuery(
      int year, Long areaId, AlertState state, AlertGroup group, boolean overdueOnly, String text) {
    this(year, areaId, state, group, overdueOnly, text, null, false);
  }

  public AlertQuery sorted(Order by, boolean desc) {
    return new AlertQuery(year, areaId, state, group, overdueOnly, text, by, desc);
  }

  /** The columns the list can be sorted by. */
  public enum Order {
    VILLAGE,
    NAME,
    GROUP,
    SELF_BURDEN,
    LINE,
    STATE,
    DUE_ON
  }
}
