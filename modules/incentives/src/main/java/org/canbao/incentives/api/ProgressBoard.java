package org.canbao.incentives.api;

import java.util.List;

/**
 * Live progress against the targets (DOMAIN.md §8): the area's total, townships and villages as of a
 * date, ranked (赛马比拼) and lit by the year's thresholds; the change of rank is against the latest
 * bulletin. Every total is the sum of its parts.
 */
public interface ProgressBoard {
  List<ProgressLine> progress(int year, long areaId, java.time.LocalDate asOf);

  /** The area's completion at each of its bulletins and today. */
  List<ProgressPoint> series(int year, long areaId);

  /** The ranking as of a quarter's last day (1–4: the quarters of the campaign year, the year before the insurance year). */
  List<ProgressLine> quarterly(int year, long areaId, int quarter);

  /** The caller's village (or a village inside their area) ranked among its township's villages as of a date. */
  VillageStanding standing(int year, long villageId, java.time.LocalDate asOf);
}
