package org.canbao.enrollment.infrastructure;

/**
 * What the check step's reader and writer share (kept in the job context): whether this run
 * restarts an interrupted one, and the last row whose chunk is known to be staged. The writer
 * stages a chunk in the background while the reader and processor go on with the next one, so the
 * checkpoint the reader gives is this confirmed row, one chunk behind what it has read: after a
 * crash, the restart reads again from there and the chunk that was in flight is staged again
 * (staging replaces it).
 */
public final class StagingHandOff {
  private final boolean restarted;
  private volatile int confirmedRow;

  public StagingHandOff(boolean restarted, int confirmedRow) {
    this.restarted = restarted;
    this.confirmedRow = confirmedRow;
  }

  public boolean restarted() {
    return restarted;
  }

  public int confirmedRow() {
    return confirmedRow;
  }

  void confirm(int row) {
    confirmedRow = row;
  }
}
