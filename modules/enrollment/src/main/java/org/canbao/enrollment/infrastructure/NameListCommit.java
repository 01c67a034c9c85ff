package org.canbao.enrollment.infrastructure;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.canbao.enrollment.application.ImportFailures;
import org.canbao.enrollment.application.ImportWork;

/** Applies the batch in one transaction; on failure nothing is written and the batch says why. */
@Named("nameListCommit")
@Dependent
public class NameListCommit extends AbstractBatchlet {
  @Inject @BatchProperty String batchId;

  @Inject ImportWork work;
  @Inject ImportFailures failures;

  @Override
  public String process() {
    long id = Long.parseLong(batchId);
    try {
      work.apply(id);
      return "COMMITTED";
    } catch (RuntimeException e) {
      failures.fail(id, e);
      throw e;
    }
  }
}
