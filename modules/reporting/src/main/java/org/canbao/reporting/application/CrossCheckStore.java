package org.canbao.reporting.application;

import java.time.Instant;
import java.util.function.Function;
import org.canbao.reporting.domain.CrossCheckRule;
import org.canbao.reporting.domain.FollowUpItem;

/**
 * The household-register cross-check (户籍人口比对) of an area as one set-wise operation in the caller's
 * transaction: items of people insured by now marked as {@link FollowUpItem#insuredNow} does, the
 * area's uninsured registered people merged into the ledger as {@link FollowUpItem#refresh} and
 * {@link FollowUpItem#reopenIfEnrolled} do (new people get an item, 待联系), and the run's audit.
 * Reasons come from {@link CrossCheckRule#registerReasons()}. Implemented in reporting's
 * infrastructure ({@code JdbcCrossCheckStore}, standard SQL).
 */
public interface CrossCheckStore {
  /**
   * What a register check did: people compared, items of uninsured people (new and kept), items now
   * insured.
   */
  record Outcome(int compared, int uninsured, int added, int kept, int nowInsured, long revision) {}

  /**
   * Runs the register check of the area (scope path prefix) for the year in the caller's
   * transaction, as {@code username} at {@code at}; {@code note} is given the figures and becomes
   * the revision's note.
   */
  Outcome register(
      int year, String areaPath, String username, Instant at, Function<Outcome, String> note);
}
