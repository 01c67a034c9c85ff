package org.canbao.incentives.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A village's target for a year (null figures: none set yet). */
public record TargetView(
    long villageId,
    String villageName,
    String townshipName,
    int year,
    Long registered,
    Long target,
    TargetSource source,
    LocalDate baseDate)
    implements Serializable {}
