package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When a township or village posted its publicity, where, and the last day of the publicity period
 * ({@code periodDays} working days from the posting day, by the calendar of working days as it now
 * stands); {@code running}: the period has not ended yet on {@code today}.
 */
public record PublicityPostingView(
    long id,
    int year,
    long regionId,
    String regionName,
    String levelLabel,
    LocalDate postedOn,
    int periodDays,
    LocalDate periodEnd,
    boolean running,
    String place,
    String note,
    String recordedBy,
    Instant recordedAt)
    implements Serializable {}
