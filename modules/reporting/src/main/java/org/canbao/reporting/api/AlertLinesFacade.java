package org.canbao.reporting.api;

import java.util.List;

/**
 * The return-to-poverty monitoring's yearly parameters (防止因病返贫监测预警线): set on screen by the district
 * bureau for each year, audited; nothing of them is in code.
 */
public interface AlertLinesFacade {
  /**
   * The lines of a year for an area of the caller's: its own, else those of the nearest area above
   * it; without any for the year, a proposal copied from the latest earlier year (not saved), else
   * an empty form.
   */
  AlertLinesData lines(int year, long areaId);

  /** Saves the area's lines of the year (the whole settings at once). */
  AlertLinesData saveLines(AlertLinesData lines);

  /**
   * The departments help may be asked of: the certifying departments of the identity categories
   * (民政局, 乡村振兴局, 卫健委 …), as departments' accounts name their organisation.
   */
  List<String> departments();
}
