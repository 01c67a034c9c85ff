package org.canbao.kernel.api;

/**
 * Runs of scheduled jobs across the nodes of a cluster: every node's timer fires, one node runs the
 * job. A claim is a row in the shared database, so a single node (H2 or PostgreSQL) behaves as
 * before.
 */
public interface ScheduledRuns {
  /**
   * Claims run {@code run} (e.g. a date) of job {@code job} for this node, committed at once: true
   * for exactly one caller per job and run, false when another node (or an earlier call) has it.
   */
  boolean claim(String job, String run);

  /** This node's name in claims and logs ({@code canbao.node}, bin/cluster sets a and b). */
  String node();
}
