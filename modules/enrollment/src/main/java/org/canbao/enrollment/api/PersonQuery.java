package org.canbao.enrollment.api;

import java.io.Serializable;

/**
 * Search criteria; blank ones are ignored. Results never leave the caller's area. {@code order}
 * sorts the list (by village and household when null).
 */
public record PersonQuery(
    String idNumber,
    String name,
    Long villageId,
    String categoryCode,
    Order order,
    boolean descending)
    implements Serializable {

  public PersonQuery(String idNumber, String name, Long villageId, String categoryCode) {
    this(idNumber, name, villageId, categoryCode, null, false);
  }

  public PersonQuery sorted(Order by, boolean desc) {
    return new PersonQuery(idNumber, name, villageId, categoryCode, by, desc);
  }

  /** The columns a person list can be sorted by. */
  public enum Order {
    ID_NUMBER,
    NAME,
    BIRTH_DATE,
    HOUSEHOLD,
    VILLAGE,
    STATUS
  }
}
