package org.canbao.archfixture.kernel.api;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks "an api holds no infrastructure": its contract is JDBC. */
public interface RowReader {
  int rows(Connection connection) throws SQLException;
}
