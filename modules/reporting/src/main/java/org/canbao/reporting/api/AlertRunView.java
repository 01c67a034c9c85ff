package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A computation of an area's alerts for a year: started by an import ({@code batchId}) or on
 * screen, how it ended, how many people were over their line, alerts created and updated.
 */
public record AlertRunView(
    long id,
    int year,
    String areaName,
    Long batchId,
    String runBy,
    Instant startedAt,
    Instant finishedAt,
    AlertRunStatus status,
    int overLine,
    int created,
    int updated,
    String message)
    implements Serializable {
  public String statusLabel() {
    return status.label();
  }
}
