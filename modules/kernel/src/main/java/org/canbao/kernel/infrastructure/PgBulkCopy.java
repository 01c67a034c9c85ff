package org.canbao.kernel.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.canbao.kernel.api.BulkCopy;
import org.postgresql.PGConnection;

/**
 * Writes many rows into one table at once: PostgreSQL's {@code COPY ... FROM STDIN} when the
 * connection is PostgreSQL's (about four times fewer round trips and parse work than batched
 * inserts), a batched {@code INSERT} otherwise (H2 for the zero-setup run). Either way the rows
 * join the connection's current transaction. Values: {@link String}, {@link Long}, {@link Integer},
 * {@link LocalDate}, {@link BigDecimal}, {@link Boolean} or {@code null}.
 */
public final class PgBulkCopy implements BulkCopy {
  private final String table;
  private final List<String> columns;

  PgBulkCopy(String table, List<String> columns) {
    this.table = table;
    this.columns = List.copyOf(columns);
  }

  /** Writes the rows; each row's values are in {@link #columns} order. */
  @Override
  public void write(Connection c, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (c.isWrapperFor(PGConnection.class)) {
      copy(c.unwrap(PGConnection.class), rows);
    } else {
      insert(c, rows);
    }
  }

  private void copy(PGConnection pg, List<Object[]> rows) throws SQLException {
    StringBuilder text = new StringBuilder(rows.size() * 24 * columns.size());
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        appendText(text, row[i]);
      }
      text.append('\n');
    }
    try (Reader in = new StringReader(text.toString())) {
      pg.getCopyAPI()
          .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin", in);
    } catch (IOException e) {
      throw new SQLException(e);
    }
  }

  /** PostgreSQL's text format: tab-separated, {@code \N} for null, backslash escapes. */
  static void appendText(StringBuilder out, Object v) {
    if (v == null) {
      out.append("\\N");
      return;
    }
    String s = v.toString();
    if (!(v instanceof String) || plain(s)) {
      out.append(s);
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\0' -> {} // PostgreSQL text cannot hold NUL; the checks reject such cells, this keeps
        // COPY safe
        default -> out.append(ch);
      }
    }
  }

  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\0') {
        return false;
      }
    }
    return true;
  }

  private void insert(Connection c, List<Object[]> rows) throws SQLException {
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values ("
            + String.join(", ", Collections.nCopies(columns.size(), "?"))
            + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          Object v = row[i];
          if (v instanceof LocalDate d) {
            ps.setDate(i + 1, Date.valueOf(d));
          } else {
            ps.setObject(i + 1, v);
          }
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
