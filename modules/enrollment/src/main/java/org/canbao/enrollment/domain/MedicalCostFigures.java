package org.canbao.enrollment.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One person's medical costs as a 医疗费用明细 row reports them (DOMAIN.md §11): the total cost, what
 * basic medical insurance (基本医保), critical-illness insurance (大病保险) and medical assistance (医疗救助)
 * paid, and what the person bore — 自付 (their share of costs the insurance covers) and 自费 (costs
 * outside its catalogue), both kept. {@code cumulative}: the figures run from 1 January to the end
 * of {@code month} (年度累计); otherwise they are the month's own (当月). Yuan, two decimals.
 */
public record MedicalCostFigures(
    YearMonth month,
    boolean cumulative,
    BigDecimal total,
    BigDecimal basicInsurance,
    BigDecimal criticalIllness,
    BigDecimal medicalAssistance,
    BigDecimal selfPaid,
    BigDecimal selfFunded)
    implements StagedRow.Details {

  public MedicalCostFigures {
    Objects.requireNonNull(month, "month");
    Stream.of(total, basicInsurance, criticalIllness, medicalAssistance, selfPaid, selfFunded)
        .forEach(a -> Objects.requireNonNull(a, "amount"));
  }

  /** 个人负担 = 自付 + 自费: the figure the alert lines are compared with. */
  public BigDecimal selfBurden() {
    return selfPaid.add(selfFunded);
  }

  /**
   * What the three funds and the person paid together. It may fall short of the total (other payers
   * such as a hospital's waiver), never exceed it.
   */
  public BigDecimal parts() {
    return basicInsurance.add(criticalIllness).add(medicalAssistance).add(selfBurden());
  }

  public boolean partsWithinTotal() {
    return parts().compareTo(total) <= 0;
  }

  /** The same figures (amounts compared by value: 10.5 and 10.50 are the same). */
  public boolean sameAs(MedicalCostFigures o) {
    return month.equals(o.month)
        && cumulative == o.cumulative
        && total.compareTo(o.total) == 0
        && basicInsurance.compareTo(o.basicInsurance) == 0
        && criticalIllness.compareTo(o.criticalIllness) == 0
        && medicalAssistance.compareTo(o.medicalAssistance) == 0
        && selfPaid.compareTo(o.selfPaid) == 0
        && selfFunded.compareTo(o.selfFunded) == 0;
  }

  /** These figures with another's added (both of one person and year). */
  MedicalCostFigures plus(MedicalCostFigures o) {
    return new MedicalCostFigures(
        month.isAfter(o.month) ? month : o.month,
        true,
        total.add(o.total),
        basicInsurance.add(o.basicInsurance),
        criticalIllness.add(o.criticalIllness),
        medicalAssistance.add(o.medicalAssistance),
        selfPaid.add(o.selfPaid),
        selfFunded.add(o.selfFunded));
  }
}
