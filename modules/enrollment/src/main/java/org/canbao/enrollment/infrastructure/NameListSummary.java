package org.canbao.enrollment.infrastructure;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.canbao.enrollment.application.ImportWork;

/** Counts the staged outcomes and marks the batch checked. */
@Named("nameListSummary")
@Dependent
public class NameListSummary extends AbstractBatchlet {
  @Inject @BatchProperty String batchId;

  @Inject ImportWork work;

  @Override
  public String process() {
    work.summarise(Long.parseLong(batchId));
    return "CHECKED";
  }
}
