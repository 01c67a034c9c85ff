package org.canbao.enrollment.api;

import java.io.Serializable;

/** Input for registering or correcting a person. */
public record PersonDraft(String idNumber, String name, String householdNo, String relationToHead, long villageId,
    HouseholdType householdType)
    implements Serializable {

  public PersonDraft(String idNumber, String name, String householdNo, String relationToHead, long villageId) {
    this(idNumber, name, householdNo, relationToHead, villageId, null);
  }
}
