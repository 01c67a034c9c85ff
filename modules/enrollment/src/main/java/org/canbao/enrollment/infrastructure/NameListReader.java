package org.canbao.enrollment.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.canbao.enrollment.application.ImportWork;
import org.canbao.kernel.api.TableReader;

/** Streams the stored file; its checkpoint is the last row number read, so a restart resumes there. */
@Named("nameListReader")
@Dependent
public class NameListReader extends AbstractItemReader {
  static final int MAX_ROWS = 2_000_000;

  @Inject
  @BatchProperty
  String batchId;

  @Inject ImportWork work;
  @Inject jakarta.batch.runtime.context.JobContext job;

  private TableReader reader;
  private int lastRow;

  @Override
  public void open(Serializable checkpoint) {
    long id = Long.parseLong(batchId);
    ImportWork.Context ctx = work.context(id);
    reader = TableReader.open(ctx.fileName(), ctx.file(), MAX_ROWS);
    if (checkpoint == null) {
      work.restartCheck(id);
      work.setTotal(id, ctx.expectedRows() > 0 ? ctx.expectedRows() : reader.estimatedRows());
    } else {
      // tell the writer that rows after the checkpoint may have been staged by the interrupted run
      job.setTransientUserData(Boolean.TRUE);
      lastRow = (Integer) checkpoint;
      while (reader.hasNext() && reader.next().number() < lastRow) {
        // rows up to the checkpoint were staged by the run that stopped
      }
    }
  }

  @Override
  public Object readItem() {
    if (!reader.hasNext()) {
      return null;
    }
    TableReader.Row row = reader.next();
    lastRow = row.number();
    return row;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastRow;
  }

  @Override
  public void close() {
    if (reader != null) {
      reader.close();
    }
  }
}
