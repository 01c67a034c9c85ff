package org.canbao.enrollment.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.canbao.enrollment.application.ImportWork;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;

/**
 * Streams the stored file. Its checkpoint is the last row whose chunk is known to be staged ({@link
 * StagingHandOff}), so a restart resumes after it.
 */
@Named("nameListReader")
@Dependent
public class NameListReader extends AbstractItemReader {
  static final int MAX_ROWS = 2_000_000;

  @Inject @BatchProperty String batchId;

  @Inject ImportWork work;
  @Inject TableFiles tables;
  @Inject JobContext job;

  private TableReader reader;
  private StagingHandOff handOff;
  private TableReader.Row pending;

  @Override
  public void open(Serializable checkpoint) {
    long id = Long.parseLong(batchId);
    ImportWork.Context ctx = work.context(id);
    reader = tables.open(ctx.fileName(), ctx.file(), MAX_ROWS);
    if (checkpoint == null) {
      work.restartCheck(id);
      work.setTotal(id, ctx.expectedRows() > 0 ? ctx.expectedRows() : reader.estimatedRows());
      handOff = new StagingHandOff(false, 0);
    } else {
      // the writer is told that rows after the checkpoint may have been staged by the interrupted
      // run
      int confirmed = (Integer) checkpoint;
      handOff = new StagingHandOff(true, confirmed);
      while (reader.hasNext() && pending == null) {
        TableReader.Row row = reader.next();
        // rows up to the checkpoint were staged by the run that stopped
        pending = row.number() > confirmed ? row : null;
      }
    }
    job.setTransientUserData(handOff);
  }

  @Override
  public Object readItem() {
    if (!reader.hasNext()) {
      return null;
    }
    if (pending != null) {
      TableReader.Row row = pending;
      pending = null;
      return row;
    }
    return reader.next();
  }

  @Override
  public Serializable checkpointInfo() {
    return handOff.confirmedRow();
  }

  @Override
  public void close() {
    if (reader != null) {
      reader.close();
    }
  }
}
