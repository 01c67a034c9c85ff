package org.canbao.archfixture.incentives.api;

/** Incentives' surface. */
public interface ProgressBoard {
  int progress();
}
