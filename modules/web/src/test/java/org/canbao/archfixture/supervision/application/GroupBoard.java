package org.canbao.archfixture.supervision.application;

import org.canbao.archfixture.incentives.api.ProgressBoard;

/**
 * Breaks the module graph: supervision depends on the kernel only (the web layer joins in
 * progress).
 */
public class GroupBoard {
  ProgressBoard progress;

  public int progress() {
    return progress.progress();
  }
}
