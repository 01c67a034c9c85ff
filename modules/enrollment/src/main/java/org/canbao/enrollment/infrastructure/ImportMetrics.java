package org.canbao.enrollment.infrastructure;

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
import org.canbao.enrollment.application.ImportFailures;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Progress of the running name-list imports for {@code /metrics}: {@code canbao_imports_running}
 * and the rows done and to do, summed over them, per phase ({@code phase} "check": 预检中, "commit":
 * 导入中). Read from the batches' rows, which the jobs keep up to date, at most every 5 seconds; -1
 * when the database does not answer. Failures are counted where they are recorded ({@code
 * canbao_import_failures_total}, ImportWork).
 */
@Singleton
@Startup
public class ImportMetrics {
  private static final Logger LOG = Logger.getLogger(ImportMetrics.class.getName());
  private static final long MAX_AGE_NANOS = 5_000_000_000L;
  private static final String[] PHASES = {"check", "commit"};

  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  @Inject MetricRegistry registry;

  /** Per phase: running batches, rows done, rows in all. */
  private volatile long[][] last = {{-1, -1, -1}, {-1, -1, -1}};

  private volatile long readAt = System.nanoTime() - MAX_AGE_NANOS;

  @PostConstruct
  void register() {
    Metadata running =
        Metadata.builder()
            .withName("canbao.imports.running")
            .withDescription("Name-list imports being checked (check) or committed (commit)")
            .build();
    Metadata done =
        Metadata.builder()
            .withName("canbao.imports.rows.done")
            .withDescription("Rows the running imports have processed, summed")
            .build();
    Metadata total =
        Metadata.builder()
            .withName("canbao.imports.rows.total")
            .withDescription("Rows of the running imports' files (as far as known), summed")
            .build();
    for (int i = 0; i < PHASES.length; i++) {
      int phase = i;
      Tag tag = new Tag("phase", PHASES[i]);
      registry.gauge(running, () -> figures()[phase][0], tag);
      registry.gauge(done, () -> figures()[phase][1], tag);
      registry.gauge(total, () -> figures()[phase][2], tag);
      registry.counter(ImportFailures.FAILURES, tag); // shown from 0 on
    }
  }

  private long[][] figures() {
    if (System.nanoTime() - readAt >= MAX_AGE_NANOS) {
      last = read();
      readAt = System.nanoTime();
    }
    return last;
  }

  private long[][] read() {
    long[][] figures = new long[2][3];
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(5);
      try (ResultSet rs =
          s.executeQuery(
              "select status, count(*), coalesce(sum(processed_rows), 0),"
                  + " coalesce(sum(total_rows), 0) from enrollment.import_batch"
                  + " where status in ('CHECKING', 'COMMITTING') group by status")) {
        while (rs.next()) {
          long[] f = figures[rs.getString(1).equals("CHECKING") ? 0 : 1];
          f[0] = rs.getLong(2);
          f[1] = rs.getLong(3);
          f[2] = rs.getLong(4);
        }
      }
      return figures;
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.FINE, "Import figures not read", e);
      return new long[][] {{-1, -1, -1}, {-1, -1, -1}};
    }
  }
}
