package org.canbao.enrollment.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.canbao.enrollment.api.ImportStatus;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ScheduledRuns;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Records why an import job failed on its batch, in its own transaction (the job's was rolled
 * back), and counts it at {@code /metrics}. A job whose batch is no longer its own (settled as
 * interrupted, or run again by another node: {@link ImportBatch#runsOn}) leaves the batch as it is.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportFailures {
  private static final Logger LOG = Logger.getLogger(ImportFailures.class.getName());

  /** {@code canbao_import_failures_total{phase="check"|"commit"}} at {@code /metrics}. */
  public static final Metadata FAILURES =
      Metadata.builder()
          .withName("canbao.import.failures")
          .withDescription("Name-list import jobs that failed, by phase (check, commit)")
          .build();

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject MetricRegistry metrics;
  @Inject ScheduledRuns runs;

  public void fail(long batchId, Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && !(root instanceof BusinessException)) {
      root = root.getCause();
    }
    String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    if (!(root instanceof BusinessException)) {
      LOG.log(Level.SEVERE, "Import " + batchId + " failed, incident " + incident, cause);
    }
    // the database's own words may quote SQL and the rows' values (ID numbers): they go to the log
    // only
    String message =
        root instanceof BusinessException
            ? root.getMessage()
            : "处理失败，未写入任何数据（事件编号 " + incident + "，请联系系统管理员）";
    ImportBatch b = em.find(ImportBatch.class, batchId);
    if (b == null || !b.runsOn(runs.node())) {
      LOG.info(() -> "Import " + batchId + " is no longer this job's: " + message);
      return;
    }
    countFailure(b.status() == ImportStatus.COMMITTING ? "commit" : "check");
    b.failed(message);
  }

  /** {@code canbao_import_failures_total{phase}} at {@code /metrics}: jobs that failed. */
  private void countFailure(String phase) {
    try {
      metrics.counter(FAILURES, new Tag("phase", phase)).inc();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Failure not counted", e);
    }
  }
}
