package org.canbao.incentives.api;

import java.time.LocalDate;
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

  /** The last day of a quarter of the campaign. */
  static LocalDate quarterEnd(int insuranceYear, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new org.canbao.kernel.api.BusinessException("quarter", "季度应为1至4");
    }
    return LocalDate.of(insuranceYear - 1, quarter * 3, 1).plusMonths(1).minusDays(1);
  }
}
