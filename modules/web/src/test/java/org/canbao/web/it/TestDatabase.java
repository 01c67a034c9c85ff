package org.canbao.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The integration tests' PostgreSQL, reached directly (CANBAO_DB_*): for what no door of Canbao may
 * do — a plain SQL write the database itself must refuse — and for test accounts the demo data
 * lacks.
 */
final class TestDatabase {
  private TestDatabase() {}

  /** A connection to the test PostgreSQL; the test is skipped without one. */
  static Connection connect() throws SQLException {
    String url = System.getenv("CANBAO_DB_URL");
    Assumptions.assumeTrue(
        url != null && url.startsWith("jdbc:postgresql:"), "needs the test PostgreSQL");
    return DriverManager.getConnection(
        url, System.getenv("CANBAO_DB_USER"), System.getenv("CANBAO_DB_PASSWORD"));
  }

  /** Each row of a query, its columns joined by a space (e.g. an audit trail "CLOSED qxadmin"). */
  static List<String> rows(String query) throws SQLException {
    try (Connection db = connect();
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery(query)) {
      List<String> rows = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i == 1 ? "" : " ").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    }
  }

  /**
   * A township officer of the township with {@code code}, signing in with the demo password (the
   * demo township officer's hash), created once.
   */
  static void townshipOfficer(String username, String code) throws SQLException {
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      sql.execute(
          "insert into kernel.app_user (username, display_name, password_hash, password_changed_at,"
              + " region_id, organisation, enabled, demo) select '"
              + username
              + "', '其他乡镇社保所（测试）', u.password_hash, u.password_changed_at, r.id, '其他乡镇社保所', true, true"
              + " from kernel.app_user u, kernel.region r where u.username = 'sbs' and r.code = '"
              + code
              + "' on conflict (username) do nothing");
      sql.execute(
          "insert into kernel.app_user_role (user_id, role) select id, 'TOWNSHIP_OFFICER'"
              + " from kernel.app_user where username = '"
              + username
              + "' on conflict do nothing");
    }
  }
}
