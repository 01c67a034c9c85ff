package org.canbao.incentives.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress bulletin: which, as of when, taken by whom and how; its lines (empty in lists of the
 * archive).
 */
public record BulletinView(
    long id,
    long areaId,
    String areaName,
    int year,
    int number,
    LocalDate asOf,
    Instant takenAt,
    String takenBy,
    String kind,
    List<ProgressLine> lines)
    implements Serializable {}
