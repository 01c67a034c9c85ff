package org.canbao.kernel.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Connection use as the database sees it, for {@code /metrics}: {@code canbao_db_connections} with
 * {@code state} "open" (sessions of Canbao's account in its database: every node's pool, a node
 * holds 2–30) and "active" (those running a statement), and {@code canbao_db_up}. Read with one
 * query at most every 5 seconds however often the endpoint is scraped; -1 when the database does
 * not answer.
 */
@Singleton
@Startup
public class DatabaseMetrics {
  private static final Logger LOG = Logger.getLogger(DatabaseMetrics.class.getName());
  private static final long MAX_AGE_NANOS = 5_000_000_000L;

  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  @Inject MetricRegistry registry;

  private volatile long[] last = {-1, -1};
  private volatile long readAt = System.nanoTime() - MAX_AGE_NANOS;

  @PostConstruct
  void register() {
    Metadata connections =
        Metadata.builder()
            .withName("canbao.db.connections")
            .withDescription(
                "Database sessions of Canbao's account: open (all nodes' pools) and active (running a statement)")
            .build();
    registry.gauge(connections, () -> figures()[0], new Tag("state", "open"));
    registry.gauge(connections, () -> figures()[1], new Tag("state", "active"));
    registry.gauge(
        Metadata.builder()
            .withName("canbao.db.up")
            .withDescription("1 when the database answered the last reading, else 0")
            .build(),
        () -> figures()[0] >= 0 ? 1 : 0);
  }

  private long[] figures() {
    if (System.nanoTime() - readAt >= MAX_AGE_NANOS) {
      last = read();
      readAt = System.nanoTime();
    }
    return last;
  }

  private long[] read() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(5);
      boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      // the reading's own session is counted as open but not as active
      String sql =
          postgres
              ? "select count(*), count(*) filter (where state = 'active' and pid <> pg_backend_pid())"
                  + " from pg_stat_activity where datname = current_database() and usename = current_user"
              : "select count(*), count(case when executing_statement is not null"
                  + " and session_id <> session_id() then 1 end) from information_schema.sessions";
      try (ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.FINE, "Connection figures not read", e);
      return new long[] {-1, -1};
    }
  }
}
