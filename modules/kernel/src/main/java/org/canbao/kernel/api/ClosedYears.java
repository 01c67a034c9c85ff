package org.canbao.kernel.api;

import java.util.Set;

/**
 * Which insurance years are closed (年度锁定) for a place — the one home of that fact, for every
 * module's facades (the triggers of each module read the same table). No caller check: the calling
 * facade has decided the caller's area; a year is closed for a place when it is closed for the
 * district the place lies in.
 *
 * <p>What a closed year freezes: records of that insurance year ({@link #requireOpen}), and what
 * records valid over days say of the year's days ({@link #requireUnchanged}, identities).
 */
public interface ClosedYears {
  /** The years closed for the place at {@code path} (a region's scope path). */
  Set<Integer> closedFor(String path);

  default boolean isClosed(String path, int year) {
    return closedFor(path).contains(year);
  }

  /**
   * Refuses with {@link YearClosedException} when {@code year} is closed for {@code path}; {@code
   * what} names what would have changed ("参保记录").
   */
  void requireOpen(String path, int year, String what);

  /**
   * Refuses with {@link YearClosedException} when a record valid over {@code before} (null: new)
   * and then over {@code after} (null: deleted) would say something else of a closed year's days
   * ({@link Validity#changesYear}).
   */
  void requireUnchanged(String path, Validity before, Validity after, String what);

  /** The refusal's words for a closed year. */
  static String refusal(String districtName, int year, String what) {
    return districtName + year + "年度已锁定（年终考核公布后锁定），" + what + "不能再变更；如确需更正，请系统管理员解除锁定";
  }
}
