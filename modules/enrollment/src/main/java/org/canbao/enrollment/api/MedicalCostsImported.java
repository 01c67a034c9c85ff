package org.canbao.enrollment.api;

import java.util.Set;

/**
 * A medical-cost extract (医疗费用明细) was committed: the people of {@code areaId} (the uploader's
 * region) have new or replaced monthly figures for the given {@code years}. Fired as a CDI event in
 * the commit's transaction; observe it with {@code during = TransactionPhase.AFTER_SUCCESS} and
 * read the figures through enrollment's published views ({@code enrollment.v_medical_cost_year}).
 * It carries ids only. It changes none of the campaign's figures, so no {@link EnrollmentChanged}
 * is fired for it.
 */
public record MedicalCostsImported(long batchId, long areaId, Set<Integer> years) {
  public MedicalCostsImported {
    years = Set.copyOf(years);
  }
}
