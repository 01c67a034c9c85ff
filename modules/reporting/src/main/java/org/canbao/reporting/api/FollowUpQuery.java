package org.canbao.reporting.api;

import java.io.Serializable;

/**
 * Filters of the ledger: year, an area inside the caller's (null: all of it), reason, status, and
 * {@code outOfCity} for the out-of-city ledger (reasons meaning insured elsewhere), {@code text} a
 * name (part of it) or a whole ID number; {@code order} sorts the list (by village and name when
 * null).
 */
public record FollowUpQuery(
    int year,
    Long areaId,
    FollowUpReason reason,
    FollowUpStatus status,
    boolean outOfCity,
    String text,
    Order order,
    boolean descending)
    implements Serializable {

  public FollowUpQuery(
      int year,
      Long areaId,
      FollowUpReason reason,
      FollowUpStatus status,
      boolean outOfCity,
      String text) {
    this(year, areaId, reason, status, outOfCity, text, null, false);
  }

  public FollowUpQuery sorted(Order by, boolean desc) {
    return new FollowUpQuery(year, areaId, reason, status, outOfCity, text, by, desc);
  }

  /** The columns the ledger can be sorted by. */
  public enum Order {
    VILLAGE,
    ID_NUMBER,
    NAME,
    FOUND_BY,
    CATEGORIES,
    REGISTRY_STATUS,
    REASON,
    STATUS,
    STATUS_BY
  }
}
