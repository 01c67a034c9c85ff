package org.canbao.enrollment.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.canbao.enrollment.application.ImportFailures;

/**
 * A step of the check that failed (unreadable file, database down) marks its batch failed with the
 * reason.
 */
@Named("importStepListener")
@Dependent
public class ImportStepListener extends AbstractStepListener {
  @Inject @BatchProperty String batchId;

  @Inject StepContext step;
  @Inject ImportFailures failures;

  @Override
  public void afterStep() {
    if (step.getException() != null) {
      failures.fail(Long.parseLong(batchId), step.getException());
    }
  }
}
