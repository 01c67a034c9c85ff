package org.canbao.kernel.api;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did, or would do in a dry run: counts per outcome and each rejected row with its
 * row number, column and reason.
 */
public record ImportReport(
    String fileName,
    int newRows,
    int changedRows,
    int unchangedRows,
    List<RowError> errors,
    boolean committed)
    implements Serializable {

  public int rejectedRows() {
    return (int) errors.stream().mapToInt(RowError::row).distinct().count();
  }

  public int totalRows() {
    return newRows + changedRows + unchangedRows + rejectedRows();
  }

  /** A rejected row: 1-based row number in the file (header = row 1), the column, the reason. */
  public record RowError(int row, String column, String reason) implements Serializable {}
}
