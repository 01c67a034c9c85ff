package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One logged check for the district: who (account, name, organisation) asked about which number
 * when.
 */
public record StatusCheckLogEntry(
    long id,
    Instant checkedAt,
    String checkedBy,
    String checkerName,
    String organisation,
    String maskedIdNumber,
    LocalDate date,
    StatusCheckResult result,
    LocalDate benefitStart)
    implements Serializable {}
