package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A poor or low-income person a medical institution found uninsured, for their township: who
 * reported (account, name, organisation) and when, the person (id for the person page, full ID
 * number: the township works with individuals), where registered and the identities that make them
 * a follow-up case.
 */
public record HospitalReportView(
    long id,
    Instant reportedAt,
    String reportedBy,
    String reporterName,
    String organisation,
    long personId,
    String idNumber,
    int year,
    LocalDate date,
    String townshipName,
    String villageName,
    String categories)
    implements Serializable {}
