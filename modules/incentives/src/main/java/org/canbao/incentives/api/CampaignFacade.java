package org.canbao.incentives.api;

import java.io.InputStream;
import java.util.List;

/**
 * A campaign's settings and the villages' targets (DOMAIN.md §8). Targets: a default from the share
 * of the registered population on the base date, or imported in the layout of Songgai's attachment
 * 1 — an imported or edited target always wins and is taken exactly as published.
 */
public interface CampaignFacade {
  /**
   * The settings in force for an area: its own, its district's; else a proposal copied from the
   * most recent year saved on its path; else an empty form. Evaluations and default targets need
   * saved ones.
   */
  CampaignSettingsData settings(int year, long areaId);

  CampaignSettingsData saveSettings(CampaignSettingsData settings);

  /** Every village inside the area with its target for the year (or none yet). */
  List<TargetView> targets(int year, long areaId);

  /**
   * Sets the default target of every village inside the area that has no imported or edited one.
   */
  List<TargetView> generateTargets(int year, long areaId);

  TargetView editTarget(int year, long villageId, long registered, long target);

  /**
   * Imports a task table (序号, 村居, 户籍总人数, 目标数, 备注; title rows above and a 合计 row allowed): all rows
   * or none.
   */
  List<TargetView> importTargets(int year, long areaId, String fileName, InputStream content);

  /** The targets of the area in the same layout, as an Excel workbook. */
  byte[] exportTargets(int year, long areaId);

  /**
   * The insurance year the area works on: the latest with settings on its path or targets inside
   * it; without any, the year being campaigned for by today's date (from September on, next
   * year's).
   */
  int workingYear(long areaId);
}
