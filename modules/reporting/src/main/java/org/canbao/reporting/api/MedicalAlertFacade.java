package org.canbao.reporting.api;

import java.util.List;
import java.util.Optional;
import org.canbao.kernel.api.EvidenceFile;

/**
 * Return-to-poverty alerts (防止因病返贫监测预警): computed after each committed medical-cost extract, one
 * per person and year. A township sees its own, a department the ones sent to it for help, leaders
 * and the district all of their area and the counts.
 */
public interface MedicalAlertFacade {
  long count(AlertQuery query);

  List<AlertView> list(AlertQuery query, int first, int max);

  AlertDetail get(long id);

  /** Counts per township (or village) and state, with the overdue ones and a total row. */
  AlertCounts counts(int year, long areaId);

  /** The latest computation of the area's alerts of the year, if any. */
  Optional<AlertRunView> lastRun(int year, long areaId);

  /**
   * Computes the area's alerts of the year again with the year's lines as they are now (after the
   * lines changed, say); what an import's commit does by itself.
   */
  AlertRunView compute(int year, long areaId);

  /** An evidence file, for those who may see its alert. */
  EvidenceFile evidence(long evidenceId);
}
