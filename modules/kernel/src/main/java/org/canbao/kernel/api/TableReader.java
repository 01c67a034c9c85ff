package org.canbao.kernel.api;

import java.io.Closeable;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A name list read row by row, never held in memory whole (CSV or XLSX, see {@link TableFiles},
 * which opens one): its header, the title rows above it, and its data rows. Files of an unknown
 * type, corrupt, empty or too long are refused with a Chinese {@link BusinessException} when opened
 * or read.
 */
public interface TableReader extends Closeable, Iterator<TableReader.Row> {
  /**
   * One data row: 1-based row number as a spreadsheet shows it (title rows and the header counted)
   * and its cells; the column positions by (lower-case) header are shared by all rows of a file.
   */
  final class Row {
    private final int number;
    private final Map<String, Integer> columns;
    private final List<String> values;
    private final BitSet inexact;

    /**
     * {@code columns}: column positions by lower-case header; {@code inexact}: the columns of
     * numbers that lost digits (null: none).
     */
    public Row(int number, Map<String, Integer> columns, List<String> values, BitSet inexact) {
      this.number = number;
      this.columns = columns;
      this.values = values;
      this.inexact = inexact;
    }

    public int number() {
      return number;
    }

    /**
     * Whether the file's header has one of these column names (the cell of this row may be blank).
     */
    public boolean hasColumn(String... names) {
      for (String h : names) {
        if (columns.containsKey(h) || columns.containsKey(h.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /** The first non-blank value among the given header names (Chinese or English alias). */
    public String get(String... names) {
      int i = column(names);
      return i < 0 ? null : values.get(i).strip();
    }

    /**
     * Whether the value {@link #get} gives for these names came from a spreadsheet number of more
     * than 15 digits that the file does not hold exactly (Excel stored a long code as a number and
     * cut its last digits): the value is then only what the spreadsheet shows, e.g. {@code
     * 5.00118E+17}.
     */
    public boolean inexactNumber(String... names) {
      int i = column(names);
      return i >= 0 && inexact != null && inexact.get(i);
    }

    private int column(String... names) {
      for (String h : names) {
        Integer i = columns.get(h);
        if (i == null) {
          i = columns.get(h.toLowerCase(Locale.ROOT));
        }
        String v = i == null || i >= values.size() ? null : values.get(i);
        if (v != null && !v.isBlank()) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * Data rows the file holds, counted by line breaks (for progress bars; exact unless cells span
   * lines).
   */
  int estimatedRows();

  /** The header's column names, lower-case. */
  List<String> headers();

  /** Whether one of the given header names (any alias) is present. */
  boolean hasColumn(String... names);

  /** The title rows above the header, if any. */
  List<String> titles();

  @Override
  void close();
}
