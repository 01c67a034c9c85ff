package org.canbao.enrollment.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import org.canbao.enrollment.api.ImportStatus;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.kernel.api.ScheduledRuns;

/**
 * Settles the imports whose job is gone: the batch runtime keeps its executions in Payara's
 * embedded H2, new at every start, so nothing would ever move such a batch out of 预检中 or 导入中, and
 * an old execution id may name an unrelated execution of the new server. See {@link
 * ImportBatch#interrupted}: a commit is judged by its revision, written in the same transaction as
 * its rows.
 *
 * <p>At start-up, before the application takes requests (no job of this server runs yet), a node
 * settles the batches it ran ({@code runner}, its {@code canbao.node}) and those of no known node.
 * While it runs it renews the heartbeat of the batches it runs ({@link #beat}, ImportHeartbeat's
 * timer) and settles the other nodes' batches whose heartbeat stopped ({@link #settleStale}): a
 * node killed and not started again. Each batch is settled under a row lock and judged as it is
 * then, so two nodes settling at once, or a commit ending meanwhile, settle it once and rightly; a
 * job that finds its batch settled stops without writing ({@link ImportBatch#runsOn}, ImportWork).
 * Every settlement is recorded in the audit trail.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class InterruptedImports {
  private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

  /** The lock time-out that skips rows locked by others (Hibernate's {@code LockOptions}). */
  private static final int SKIP_LOCKED = -2;

  private static final List<ImportStatus> RUNNING =
      List.of(ImportStatus.CHECKING, ImportStatus.COMMITTING);

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
    int settled =
        settle(
            em.createQuery(
                    "select b from ImportBatch b where b.status in :running"
                        + " and (b.runner is null or b.runner = :node) order by b.id",
                    ImportBatch.class)
                .setParameter("node", runs.node()),
            b -> ImportBatch.SERVER_RESTARTED);
    // a failed job is run afresh after a restart (ImportService.restart): its old execution is gone
    em.createQuery(
            "update ImportBatch b set b.executionId = null, b.runner = null"
                + " where b.executionId is not null and (b.runner is null or b.runner = :node)")
        .setParameter("node", runs.node())
        .executeUpdate();
    return settled;
  }

  /** Renews the heartbeat of the batches this node's jobs run; returns how many. */
  public int beat() {
    return em.createQuery(
            "update ImportBatch b set b.heartbeatAt = :now"
                + " where b.runner = :node and b.status in :running")
        .setParameter("now", Instant.now())
        .setParameter("node", runs.node())
        .setParameter("running", RUNNING)
        .executeUpdate();
  }

  /**
   * Settles the batches of other nodes (or of none) still 预检中 or 导入中 whose heartbeat is older than
   * {@code staleAfter}: their node stopped without settling them. Returns how many.
   */
  public int settleStale(Duration staleAfter) {
    return settle(
        em.createQuery(
                "select b from ImportBatch b where b.status in :running"
                    + " and (b.runner is null or b.runner <> :node)"
                    + " and coalesce(b.heartbeatAt, b.createdAt) < :cutoff order by b.id",
                ImportBatch.class)
            .setParameter("node", runs.node())
            .setParameter("cutoff", Instant.now().minus(staleAfter))
            // a batch locked elsewhere (its commit ending, a node settling it) is left to the next
            // round: the timer never waits, so this node's own heartbeat goes on (PostgreSQL; H2,
            // a single node, waits)
            .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED),
        b -> b.runner() == null ? "服务器已停止运行" : "服务器节点" + b.runner() + "已停止运行");
  }

  /**
   * Settles the batches {@code query} finds, each locked (read as the transaction that held the
   * lock before left it) and as interrupted {@code why}.
   */
  private int settle(TypedQuery<ImportBatch> query, Function<ImportBatch, String> why) {
    List<ImportBatch> left =
        query
            .setParameter("running", RUNNING)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    int settled = 0;
    for (ImportBatch b : left) {
      ImportStatus before = b.status();
      if (!before.running()) {
        continue; // its job ended while the lock was waited for
      }
      String cause = why.apply(b);
      b.interrupted(
          cause, before == ImportStatus.COMMITTING ? store.committedAt(b.id()).orElse(null) : null);
      String note =
          "导入中断："
              + cause
              + "，批次 "
              + b.id()
              + "（"
              + b.fileName()
              + "）由"
              + before.label()
              + "改为"
              + b.status().label();
      store.auditNote(note);
      LOG.warning(
          () -> "Import " + b.id() + " was " + before + " (" + cause + "); now " + b.status());
      settled++;
    }
    return settled;
  }
}
