package org.canbao.enrollment.api;

import java.io.Serializable;

/** Input for registering or correcting a person ({@code householdType} null: not recorded). */
public record PersonDraft(String idNumber, String name, String householdNo, String relationToHead, long villageId,
    HouseholdType householdType)
    implements Serializable {
}
