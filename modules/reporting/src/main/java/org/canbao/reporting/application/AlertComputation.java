package org.canbao.reporting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.reporting.api.AlertRunStatus;
import org.canbao.reporting.api.AlertRunView;
import org.canbao.reporting.api.AlertState;
import org.canbao.reporting.domain.AlertRun;
import org.canbao.reporting.domain.AlertSettings;

/**
 * Computes an area's alerts for a year ({@link AlertStore}) with the year's lines in force, and
 * logs the run ({@link AlertRun}): after a committed medical-cost extract ({@link AlertTrigger}) or
 * on a district's request. Each run is its own transaction, apart from whatever started it, so that
 * an extract once committed stays committed whatever happens here; a failure is logged on the run
 * (with an incident number, the details in the server log) and the next extract or request computes
 * again. Two runs of one district wait for each other (the settings row is locked).
 */
@Stateless
@PermitAll
public class AlertComputation {
  private static final Logger LOG = Logger.getLogger(AlertComputation.class.getName());

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Resource SessionContext session;
  @Inject AlertStore store;
  @Inject AlertSettingsStore settings;
  @Inject RegionDirectory regions;

  /** Runs the computation for the area and year; how it ended. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AlertRunView run(int year, RegionRef area, Long batchId, String by) {
    AlertComputation self = session.getBusinessObject(AlertComputation.class);
    long runId = self.start(year, area, batchId, by);
    try {
      self.execute(runId);
    } catch (RuntimeException e) {
      self.fail(runId, e);
    }
    return self.view(runId);
  }

  /** The same for a region given by id (an import's area). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<AlertRunView> run(int year, long areaId, Long batchId, String by) {
    return regions.find(areaId).map(area -> run(year, area, batchId, by));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long start(int year, RegionRef area, Long batchId, String by) {
    AlertRun run =
        new AlertRun(year, area.id(), area.path(), area.name(), batchId, by, Instant.now());
    em.persist(run);
    em.flush();
    return run.id();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void execute(long runId) {
    AlertRun run = em.find(AlertRun.class, runId);
    Optional<AlertSettings> lines = settings.inForceLocked(run.areaPath(), run.year());
    String areaName = run.areaName();
    if (lines.isEmpty()) {
      run.notRun(
          AlertRunStatus.NO_LINES,
          "未设置" + run.year() + "年度因病返贫预警线（" + areaName + "），未计算预警",
          Instant.now());
      return;
    }
    AlertSettings s = lines.get();
    AlertStore.Outcome o =
        store.compute(
            run.year(),
            run.areaPath(),
            s.lines(),
            runId,
            run.runBy(),
            Instant.now(),
            AlertAccess.today().plusDays(s.daysFor(AlertState.NEW)),
            r ->
                "防止因病返贫监测 "
                    + run.year()
                    + "年 "
                    + areaName
                    + (run.batchId() == null ? "（重新计算）" : "（导入批次 #" + run.batchId() + " 后）")
                    + "：超过预警线"
                    + r.overLine()
                    + "人，新增预警"
                    + r.created()
                    + "，更新"
                    + r.updated());
    run.done(o.overLine(), o.created(), o.updated(), Instant.now());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long runId, RuntimeException cause) {
    Throwable root = cause;
    while (root.getCause() != null && !(root instanceof BusinessException)) {
      root = root.getCause();
    }
    String message;
    if (root instanceof BusinessException) {
      message = root.getMessage();
    } else {
      String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
      LOG.log(Level.SEVERE, "Alert computation " + runId + " failed, incident " + incident, cause);
      message = "预警计算失败（事件编号 " + incident + "，请联系系统管理员）";
    }
    em.find(AlertRun.class, runId).notRun(AlertRunStatus.FAILED, message, Instant.now());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AlertRunView view(long runId) {
    return view(em.find(AlertRun.class, runId));
  }

  static AlertRunView view(AlertRun r) {
    return new AlertRunView(
        r.id(),
        r.year(),
        r.areaName(),
        r.batchId(),
        r.runBy(),
        r.startedAt(),
        r.finishedAt(),
        r.outcome(),
        r.overLine(),
        r.created(),
        r.updated(),
        r.message());
  }
}
