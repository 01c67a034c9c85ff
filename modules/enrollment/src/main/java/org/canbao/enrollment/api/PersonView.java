package org.canbao.enrollment.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A registered person for staff screens (full ID number; publicity uses {@code maskedId}). */
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
    Long sourceBatchId)
    implements Serializable {}
