package org.canbao.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.canbao.reporting.api.AlertGroup;

/**
 * The alert lines of a monitoring year (防止因病返贫监测预警线, DOMAIN.md §11): "low-income categories when
 * self-burden ≥ 100% of the year's monitoring standard; stable post-poverty people at ≥ 2×;
 * ordinary residents at ≥ last year's rural per-capita disposable income". The multiples, the
 * standard, the income and which identity categories make up the two groups are the year's data
 * ({@link AlertSettings}); this class only applies them.
 *
 * <ul>
 *   <li>A group's line: low-income and stable post-poverty people, the standard × the group's
 *       multiple, rounded half-up to the fen; ordinary residents, the income as given.
 *   <li>A person's group: the groups whose categories the person held at any time in the year
 *       ({@link #heldIn}: the monitoring year is the unit; lists of identities arrive monthly, and
 *       a person who was 低保 in March is still watched as one in November). Everyone holding none of
 *       them is an ordinary resident.
 *   <li>A person in two groups (低保 and 稳定脱贫, say): <b>the stricter line wins</b> — the lower one,
 *       which raises the alert sooner; the notice is silent, and a county that protects the poorer
 *       group first would expect it. Equal lines: the group first in {@link AlertGroup}.
 *   <li>A line is crossed when the self-burden (自付 + 自费, the year so far) <b>reaches</b> it: the
 *       notice says 达到, so exactly at the line is an alert, one fen under is none.
 * </ul>
 *
 * <p>The set-based computation ({@code JdbcAlertStore}) writes the group choice as SQL from {@link
 * #strictestFirst()} and the year's test as {@link #HELD_IN_YEAR_SQL}; {@code AlertStoreTest} runs
 * both against this class on generated people.
 */
public final class AlertLines {
  /**
   * {@link #heldIn} as SQL over an identity's {@code valid_from} and {@code valid_to}; parameters:
   * the year's last day, then its first.
   */
  public static final String HELD_IN_YEAR_SQL =
      "valid_from <= ? and (valid_to is null or valid_to >= ?)";

  private final Map<AlertGroup, BigDecimal> lines = new EnumMap<>(AlertGroup.class);
  private final Map<AlertGroup, Set<String>> categories = new EnumMap<>(AlertGroup.class);

  public AlertLines(
      BigDecimal standard,
      BigDecimal lowIncomeMultiple,
      Set<String> lowIncome,
      BigDecimal stableMultiple,
      Set<String> stable,
      BigDecimal ordinaryLine) {
    lines.put(AlertGroup.LOW_INCOME, times(standard, lowIncomeMultiple));
    lines.put(AlertGroup.STABLE_POST_POVERTY, times(standard, stableMultiple));
    lines.put(AlertGroup.ORDINARY, ordinaryLine.setScale(2, RoundingMode.HALF_UP));
    categories.put(AlertGroup.LOW_INCOME, Set.copyOf(lowIncome));
    categories.put(AlertGroup.STABLE_POST_POVERTY, Set.copyOf(stable));
    categories.put(AlertGroup.ORDINARY, Set.of());
  }

  /** The standard × a multiple, to the fen (7,300 × 1.5 = 10,950.00). */
  public static BigDecimal times(BigDecimal standard, BigDecimal multiple) {
    return standard.multiply(multiple).setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal line(AlertGroup group) {
    return lines.get(group);
  }

  /** The identity categories that make up a group (none for ordinary residents). */
  public Set<String> categories(AlertGroup group) {
    return categories.get(group);
  }

  /** The groups drawn by categories, the strictest (lowest line) first. */
  public List<AlertGroup> strictestFirst() {
    return lines.keySet().stream()
        .filter(g -> g != AlertGroup.ORDINARY)
        .sorted(Comparator.comparing(this::line).thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /**
   * The group whose line applies to a person holding (in the year) these categories: the strictest
   * of the groups they belong to; ordinary residents when none.
   */
  public AlertGroup groupOf(Set<String> held) {
    return strictestFirst().stream()
        .filter(g -> categories(g).stream().anyMatch(held::contains))
        .findFirst()
        .orElse(AlertGroup.ORDINARY);
  }

  /** Whether a self-burden reaches the group's line (达到: at the line is an alert). */
  public boolean crosses(BigDecimal selfBurden, AlertGroup group) {
    return selfBurden.compareTo(line(group)) >= 0;
  }

  /**
   * Whether an identity valid from {@code from} to {@code to} (null: open-ended) was held at some
   * time in {@code year}.
   */
  public static boolean heldIn(LocalDate from, LocalDate to, int year) {
    return !from.isAfter(LocalDate.of(year, 12, 31))
        && (to == null || !to.isBefore(LocalDate.of(year, 1, 1)));
  }
}
