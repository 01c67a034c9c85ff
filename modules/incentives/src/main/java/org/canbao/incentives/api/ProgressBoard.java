package org.canbao.incentives.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Live progress against the targets (DOMAIN.md §8): the area's total, townships and villages as of
 * a date, ranked (赛马比拼) and lit by the year's thresholds; the change of rank is against the latest
 * bulletin. Every total is the sum of its parts.
 */
public interface ProgressBoard {
  List<ProgressLine> progress(int year, long areaId, LocalDate asOf);

  /**
   * The area's completion at each of its bulletins and today (a village's: at each bulletin of its
   * township).
   */
  List<ProgressPoint> series(int year, long areaId);

  /**
   * The same, with today's point taken from {@code today}: the area's total line as of today that
   * the caller has just read with {@link #progress} (a page showing both reads the figures once).
   */
  List<ProgressPoint> series(int year, long areaId, ProgressLine today);

  /**
   * The ranking as of a quarter's last day (1–4: the quarters of the campaign year, the year before
   * the insurance year).
   */
  List<ProgressLine> quarterly(int year, long areaId, int quarter);

  /**
   * Each village's quarterly ranking score: the assessment score change of the band its completion
   * at the quarter's last day reaches (see {@link QuarterScore}); refused without the year's saved
   * settings.
   */
  List<QuarterScore> quarterlyScores(int year, long areaId, int quarter);

  /**
   * A village's live line as of a date, with its rank in the township's latest bulletin by then.
   */
  VillageStanding standing(int year, long villageId, LocalDate asOf);
}
