package org.canbao.enrollment.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.canbao.enrollment.application.ImportWork;
import org.canbao.enrollment.domain.SeenInFile;
import org.canbao.enrollment.domain.StagedRow;

/** Stages a chunk of checked rows with their outcome; remembers the keys seen across chunks. */
@Named("nameListWriter")
@Dependent
public class NameListWriter extends AbstractItemWriter {
  @Inject
  @BatchProperty
  String batchId;

  @Inject ImportWork work;
  @Inject jakarta.batch.runtime.context.JobContext job;

  private ImportWork.Context ctx;
  private SeenInFile seen;

  @Override
  public void writeItems(List<Object> items) {
    List<StagedRow> rows = items.stream().map(StagedRow.class::cast).toList();
    if (ctx == null) {
      ctx = work.context(Long.parseLong(batchId));
    }
    boolean restarted = Boolean.TRUE.equals(job.getTransientUserData());
    if (seen == null) {
      // the keys named so far live with the step; after a restart, those the stopped run staged
      seen = restarted && !rows.isEmpty() ? work.stagedBefore(ctx, rows.get(0).rowNo()) : new SeenInFile();
    }
    work.stage(ctx, rows, seen, restarted);
  }
}
