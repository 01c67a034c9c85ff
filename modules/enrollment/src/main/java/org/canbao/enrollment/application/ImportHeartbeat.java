package org.canbao.enrollment.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The heartbeat of this node's running imports, and the watch over the other nodes' (issue 14): a
 * timer of this node (not shared across the cluster) renews the heartbeat of the batches its jobs
 * run every quarter of {@code canbao.import.stale-after-seconds} (default 60, at least 5; a beat at
 * most every 15 s), and settles other nodes' running batches whose heartbeat is older than that
 * (InterruptedImports): the officer then reads that the check or commit was interrupted, with
 * nothing written, and runs it again.
 *
 * <p>It judges others only after its own beats have reached the database for that long without a
 * break: when the database was away (all beats fail alike), every node gets time to beat again
 * before any batch is taken for lost. Started after start-up has settled this node's own batches.
 */
@Singleton
@Startup
@DependsOn("InterruptedImports")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportHeartbeat {
  private static final Logger LOG = Logger.getLogger(ImportHeartbeat.class.getName());

  @Inject
  @ConfigProperty(name = "canbao.import.stale-after-seconds", defaultValue = "60")
  long staleAfterSeconds;

  @Resource TimerService timers;
  @Inject InterruptedImports imports;

  private Duration staleAfter;

  /** Since when every beat has reached the database; null after a failed one. */
  private Instant connectedSince;

  @PostConstruct
  void start() {
    staleAfter = Duration.ofSeconds(Math.max(5, staleAfterSeconds));
    long every = Math.min(15_000, staleAfter.toMillis() / 4);
    timers.createIntervalTimer(every, every, new TimerConfig(null, false));
  }

  @Timeout
  void tick() {
    Instant now = Instant.now();
    try {
      imports.beat();
    } catch (RuntimeException e) {
      if (connectedSince != null) {
        LOG.log(Level.WARNING, "Import heartbeat not written; judging no other node's imports", e);
      }
      connectedSince = null;
      return;
    }
    if (connectedSince == null) {
      connectedSince = now;
    }
    if (Duration.between(connectedSince, now).compareTo(staleAfter) >= 0) {
      try {
        int settled = imports.settleStale(staleAfter);
        if (settled > 0) {
          LOG.warning(() -> settled + " import(s) of a stopped node settled as interrupted");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Imports of stopped nodes not settled", e);
      }
    }
  }
}
