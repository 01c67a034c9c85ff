package org.canbao.reporting.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.canbao.enrollment.api.MedicalCostsImported;

/**
 * Computes the alerts after each committed medical-cost extract (DOMAIN.md §11: "alerts computed
 * after each import"): heard once the extract's commit succeeded, for the uploader's area and each
 * year the extract touched. The computation runs on a managed thread of its own, so the import's
 * job ends at once and a failure here never touches the committed extract; its outcome is logged as
 * an {@code AlertRun} (the screen shows the latest).
 */
@ApplicationScoped
public class AlertTrigger {
  private static final Logger LOG = Logger.getLogger(AlertTrigger.class.getName());

  /** Who a computation after an import is recorded as. */
  static final String SYSTEM = "system";

  @Resource ManagedExecutorService executor;
  @Inject AlertComputation computation;

  void imported(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicalCostsImported e) {
    executor.execute(
        () -> {
          for (int year : new TreeSet<>(e.years())) {
            try {
              computation.run(year, e.areaId(), e.batchId(), SYSTEM);
            } catch (RuntimeException failed) {
              LOG.log(Level.SEVERE, "Alerts after import " + e.batchId() + " not computed", failed);
            }
          }
        });
  }
}
