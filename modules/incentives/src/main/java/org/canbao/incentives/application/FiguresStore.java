package org.canbao.incentives.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.canbao.enrollment.api.VillageFigures;

/**
 * The read model of today's figures ({@code incentives.today_figures}, see {@link TodayFigures}):
 * the use case's port, implemented in incentives' infrastructure. Every write runs in its own
 * transaction: a reservation must be committed before the figures it guards are computed, and a
 * failed write of the read model never fails the page that reads it.
 */
public interface FiguresStore {
  /**
   * A village's row: its change count, and its figures when they are those of {@code asOf} for
   * {@code categories}.
   */
  public record Row(
      long villageId, long changes, LocalDate asOf, String categories, long[] counts) {
    public boolean freshFor(LocalDate day, String key) {
      return counts != null && day.equals(asOf) && key.equals(categories);
    }
  }

  /** The rows of these villages for the year (villages without a row are absent). */
  Map<Long, Row> read(int year, Collection<Long> villageIds);

  /**
   * Rows (without figures) for the villages that have none yet, so that a change from now on is
   * counted on them.
   */
  void reserve(int year, Collection<Long> villageIds);

  /**
   * Writes figures computed as of {@code asOf}, each only if its village's change count is still
   * the one read before they were computed: figures that may miss a later change are not kept.
   */
  void save(
      int year,
      Map<Long, Long> changesBefore,
      LocalDate asOf,
      String categories,
      Collection<VillageFigures> figures);

  /**
   * Clears the figures of these villages (every year's when {@code year} is null; every village's
   * when none is named) and counts the change.
   */
  void invalidate(Integer year, Collection<Long> villageIds);
}
