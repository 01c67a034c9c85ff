package org.canbao.enrollment.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.canbao.enrollment.application.ImportWork;
import org.canbao.enrollment.domain.StagedRow;

/** Stages a chunk of checked rows with their outcome, in the chunk's transaction. */
@Named("nameListWriter")
@Dependent
public class NameListWriter extends AbstractItemWriter {
  @Inject
  @BatchProperty
  String batchId;

  @Inject ImportWork work;
  @Inject jakarta.batch.runtime.context.JobContext job;

  private ImportWork.Context ctx;

  @Override
  public void writeItems(List<Object> items) {
    if (ctx == null) {
      ctx = work.context(Long.parseLong(batchId));
    }
    boolean restarted = Boolean.TRUE.equals(job.getTransientUserData());
    work.stage(ctx, items.stream().map(StagedRow.class::cast).toList(), restarted);
  }
}
