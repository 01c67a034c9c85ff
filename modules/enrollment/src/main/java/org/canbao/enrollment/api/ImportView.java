package org.canbao.enrollment.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * An import batch: who uploaded which file when, its progress and its counts; {@code notedRows} are
 * accepted rows that carry a note (提示, see {@link ImportNote}), counted apart from the outcomes.
 */
public record ImportView(
    long id,
    ImportKind kind,
    String fileName,
    String categoryCode,
    Integer insuranceYear,
    String uploadedBy,
    String regionName,
    ImportStatus status,
    int totalRows,
    int processedRows,
    int newRows,
    int changedRows,
    int unchangedRows,
    int rejectedRows,
    int notedRows,
    Instant createdAt,
    Instant finishedAt,
    String message)
    implements Serializable {

  /** Progress in percent for the progress bar. */
  public int percent() {
    if (status == ImportStatus.COMMITTED || status == ImportStatus.CHECKED) {
      return 100;
    }
    return totalRows <= 0 ? 0 : Math.min(99, (int) (100L * processedRows / totalRows));
  }

  public boolean committable() {
    return status == ImportStatus.CHECKED && rejectedRows == 0 && newRows + changedRows > 0;
  }
}
