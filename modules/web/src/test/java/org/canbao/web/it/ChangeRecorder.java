package org.canbao.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.canbao.enrollment.api.EnrollmentChanged;

/**
 * An observer of enrollment's change event as another module (incentives, reporting) declares one:
 * after the transaction succeeded. Deployed with FoundationIT only. It can also make the
 * transaction that fires about one import batch fail, as any later step of that transaction might.
 */
@ApplicationScoped
public class ChangeRecorder {
  private final List<EnrollmentChanged> heard = new CopyOnWriteArrayList<>();
  private volatile Long failBatch;

  void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrollmentChanged change) {
    heard.add(change);
  }

  void inProgress(@Observes EnrollmentChanged change) {
    if (change.batchId() != null && change.batchId().equals(failBatch)) {
      throw new IllegalStateException(
          "the transaction of batch " + failBatch + " fails after the event was fired");
    }
  }

  /** What observers after success have heard so far. */
  public List<EnrollmentChanged> heard() {
    return List.copyOf(heard);
  }

  /** The next transaction that fires about this batch fails after firing. */
  public void failTransactionOf(Long batchId) {
    failBatch = batchId;
  }
}
