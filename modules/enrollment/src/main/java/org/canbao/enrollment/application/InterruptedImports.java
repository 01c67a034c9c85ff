package org.canbao.enrollment.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.canbao.enrollment.api.ImportStatus;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.kernel.api.ScheduledRuns;

/**
 * At start-up, settles the imports whose job the previous server was running when it stopped. The
 * batch runtime keeps its executions in Payara's embedded H2, new at every start: nothing would
 * ever move such a batch out of 预检中 or 导入中, and an old execution id may name an unrelated execution
 * of the new server. See {@link ImportBatch#afterServerRestart}: a commit is judged by its
 * revision, written in the same transaction as its rows.
 *
 * <p>Runs before the application takes requests, so no job of this server is running yet. On a
 * cluster (bin/cluster) each node runs the jobs it started in its own batch runtime and settles
 * only the batches it ran ({@code runner}, its {@code canbao.node}) and those of no known node: the
 * other node's running jobs are not interrupted. A node that crashed settles its batches when it
 * starts again under its name.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class InterruptedImports {
  private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject ImportStaging store;
  @Inject ScheduledRuns runs;

  @PostConstruct
  void atStartup() {
    settle();
  }

  /**
   * Settles this node's batches left 预检中 or 导入中 and forgets its recorded execution ids; returns how
   * many batches were settled.
   */
  public int settle() {
    List<ImportBatch> left =
        em.createQuery(
                "select b from ImportBatch b where b.status in :running"
                    + " and (b.runner is null or b.runner = :node) order by b.id",
                ImportBatch.class)
            .setParameter("running", List.of(ImportStatus.CHECKING, ImportStatus.COMMITTING))
            .setParameter("node", runs.node())
            .getResultList();
    for (ImportBatch b : left) {
      ImportStatus before = b.status();
      b.afterServerRestart(
          before == ImportStatus.COMMITTING ? store.committedAt(b.id()).orElse(null) : null);
      LOG.warning(
          () ->
              "Import "
                  + b.id()
                  + " was "
                  + before
                  + " when the server stopped; now "
                  + b.status());
    }
    // a failed job is run afresh after a restart (ImportService.restart): its old execution is gone
    em.createQuery(
            "update ImportBatch b set b.executionId = null, b.runner = null"
                + " where b.executionId is not null and (b.runner is null or b.runner = :node)")
        .setParameter("node", runs.node())
        .executeUpdate();
    return left.size();
  }
}
