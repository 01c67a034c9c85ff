package org.canbao.enrollment.infrastructure;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.canbao.enrollment.application.ImportWork;
import org.canbao.enrollment.domain.SeenInFile;
import org.canbao.enrollment.domain.StagedRow;

/**
 * Stages a chunk of checked rows with their outcome, in the background: while one chunk is written
 * to the database, the reader and processor check the next one (the database and the checks use
 * different cores). At most one chunk is in flight; the next write, and the end of the step, wait
 * for it and fail the step if it failed. Remembers the keys seen across chunks.
 */
@Named("nameListWriter")
@Dependent
public class NameListWriter extends AbstractItemWriter {
  @Inject @BatchProperty String batchId;

  @Inject ImportWork work;
  @Inject JobContext job;

  /**
   * A thread of the step's own for staging (a managed thread, so the staging call has the
   * container's context): not the shared executor the batch runtime runs its jobs on, which a job
   * waiting for its own staging could otherwise starve.
   */
  @Resource ManagedThreadFactory threads;

  private ExecutorService stager;

  private ImportWork.Context ctx;
  private SeenInFile seen;
  private Future<?> inFlight;
  private int inFlightLastRow;

  @Override
  public void writeItems(List<Object> items) throws Exception {
    List<StagedRow> rows = items.stream().map(StagedRow.class::cast).toList();
    StagingHandOff handOff = (StagingHandOff) job.getTransientUserData();
    awaitInFlight(handOff);
    if (rows.isEmpty()) {
      return;
    }
    if (ctx == null) {
      ctx = work.context(Long.parseLong(batchId));
    }
    if (seen == null) {
      // the keys named so far live with the step; after a restart, those the stopped run staged
      seen = handOff.restarted() ? work.stagedBefore(ctx, rows.get(0).rowNo()) : new SeenInFile();
    }
    ImportWork.Context c = ctx;
    SeenInFile s = seen;
    inFlightLastRow = rows.get(rows.size() - 1).rowNo();
    if (stager == null) {
      stager = Executors.newSingleThreadExecutor(threads);
    }
    inFlight = stager.submit(() -> work.stage(c, rows, s, handOff.restarted()));
  }

  @Override
  public void close() throws Exception {
    try {
      awaitInFlight((StagingHandOff) job.getTransientUserData());
    } finally {
      if (stager != null) {
        stager.shutdown();
      }
    }
  }

  private void awaitInFlight(StagingHandOff handOff) throws Exception {
    if (inFlight == null) {
      return;
    }
    Future<?> f = inFlight;
    inFlight = null;
    try {
      f.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    handOff.confirm(inFlightLastRow);
  }
}
