package org.canbao.web.ops;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by the database being out of reach (stopped, restarting, network), so
 * pages and the REST API can say so in plain words instead of a generic incident: the cause chain
 * holds a connection error (SQL state class 08, a refused socket, the pool unable to allocate a
 * connection, Hibernate's JDBCConnectionException).
 */
public final class DatabaseOutage {
  public static final String MESSAGE = "数据库暂时无法连接，本次操作未完成，请稍后重试";

  private DatabaseOutage() {}

  public static boolean causes(Throwable t) {
    for (int depth = 0; t != null && depth < 30; t = t.getCause(), depth++) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof java.net.ConnectException
          || t.getClass().getName().endsWith(".JDBCConnectionException")) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        String message = String.valueOf(sql.getMessage());
        if ((state != null && state.startsWith("08"))
            || message.contains("Error in allocating a connection")
            || message.contains("Connection could not be allocated")
            || message.contains("Connection refused")) {
          return true;
        }
        if (sql.getNextException() != null && causes(sql.getNextException())) {
          return true;
        }
      }
    }
    return false;
  }
}
