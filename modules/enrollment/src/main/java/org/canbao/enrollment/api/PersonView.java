package org.canbao.enrollment.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A registered person for staff screens (full ID number; publicity uses {@code maskedId}). {@code
 * note} is set only by {@link PersonFacade#register}: a remark for the user that did not prevent
 * the registration (an ID number whose county code is not one Canbao knows); null otherwise.
 */
public record PersonView(
    long id,
    String idNumber,
    String maskedId,
    String name,
    String sex,
    LocalDate birthDate,
    String householdNo,
    String relationToHead,
    long villageId,
    String villageName,
    PersonStatus status,
    LocalDate statusSince,
    Long sourceBatchId,
    String note,
    /** 户口性质, null when the register did not say. */
    HouseholdType householdType)
    implements Serializable {}
