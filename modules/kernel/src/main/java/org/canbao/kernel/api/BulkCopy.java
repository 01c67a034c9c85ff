package org.canbao.kernel.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes many rows into one table at once, in the connection's current transaction (COPY on
 * PostgreSQL, batched inserts otherwise). Made by {@link BulkCopies}. Values: {@link String},
 * {@link Long}, {@link Integer}, {@link java.time.LocalDate}, {@link java.math.BigDecimal}, {@link
 * Boolean} or {@code null}.
 */
public interface BulkCopy {
  /** Writes the rows; each row's values are in the order of the columns the copy was made for. */
  void write(Connection c, List<Object[]> rows) throws SQLException;
}
