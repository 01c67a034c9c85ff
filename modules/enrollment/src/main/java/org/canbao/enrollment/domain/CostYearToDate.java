package org.canbao.enrollment.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A person's medical costs of a year so far, from the months imported (DOMAIN.md §11: extracts come
 * monthly, "the file says" whether it is cumulative for the year or for one month).
 *
 * <p>The rule: the year so far is the latest cumulative month's figures (1 January to its end) plus
 * those of every month after it; a month before the latest cumulative one lies inside it and is not
 * added again. Without a cumulative month it is the sum of the months. There is one figure per
 * person and month — a month imported again replaces the earlier one — so a district may switch
 * between cumulative and monthly extracts in the course of a year and still count every month once:
 * a cumulative March after monthly January and February replaces their sum, a monthly April adds to
 * it.
 *
 * <p>The view {@code enrollment.v_medical_cost_year} (migration V16) is this rule in SQL; {@code
 * SqlRuleProperties} runs it on generated cases against {@link #of} (H2 in the unit tests,
 * PostgreSQL in RegistryIT).
 */
public final class CostYearToDate {
  private CostYearToDate() {}

  /**
   * The year so far from one person's months of one year: cumulative, through the latest month;
   * empty without months.
   */
  public static Optional<MedicalCostFigures> of(Collection<MedicalCostFigures> months) {
    int lastCumulative =
        months.stream()
            .filter(MedicalCostFigures::cumulative)
            .map(m -> m.month().getMonthValue())
            .max(Comparator.naturalOrder())
            .orElse(0);
    return months.stream()
        .filter(m -> m.month().getMonthValue() >= lastCumulative)
        .reduce(MedicalCostFigures::plus)
        .map(
            sum ->
                new MedicalCostFigures(
                    sum.month(),
                    true,
                    sum.total(),
                    sum.basicInsurance(),
                    sum.criticalIllness(),
                    sum.medicalAssistance(),
                    sum.selfPaid(),
                    sum.selfFunded()));
  }
}
