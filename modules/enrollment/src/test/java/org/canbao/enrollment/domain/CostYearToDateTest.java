package org.canbao.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A year's costs so far from monthly and cumulative extracts (DOMAIN.md §11). */
class CostYearToDateTest {
  /** Figures of a month where the person bore {@code paid} (自付) and {@code funded} (自费). */
  static MedicalCostFigures month(int m, boolean cumulative, String paid, String funded) {
    BigDecimal p = new BigDecimal(paid);
    BigDecimal f = new BigDecimal(funded);
    BigDecimal basic = new BigDecimal("1000.00");
    return new MedicalCostFigures(
        YearMonth.of(2024, m),
        cumulative,
        basic.add(p).add(f),
        basic,
        BigDecimal.ZERO.setScale(2),
        BigDecimal.ZERO.setScale(2),
        p,
        f);
  }

  private static MedicalCostFigures yearToDate(MedicalCostFigures... months) {
    return CostYearToDate.of(List.of(months)).orElseThrow();
  }

  @Test
  void monthlyExtractsAddUp() {
    MedicalCostFigures y =
        yearToDate(month(1, false, "100.00", "20.00"), month(3, false, "300.50", "0.00"));
    assertThat(y.month()).isEqualTo(YearMonth.of(2024, 3));
    assertThat(y.selfPaid()).isEqualByComparingTo("400.50");
    assertThat(y.selfBurden()).isEqualByComparingTo("420.50");
    assertThat(y.basicInsurance()).isEqualByComparingTo("2000.00");
    assertThat(y.cumulative()).isTrue();
  }

  @Test
  void aCumulativeMonthHoldsTheMonthsBeforeItAndLaterMonthsAreAdded() {
    MedicalCostFigures y =
        yearToDate(
            month(1, false, "100.00", "0.00"),
            month(2, false, "200.00", "0.00"),
            month(3, true, "650.00", "50.00"),
            month(4, false, "10.00", "1.00"));
    // January and February lie inside the cumulative March; April is added
    assertThat(y.selfBurden()).isEqualByComparingTo("711.00");
    assertThat(y.total()).isEqualByComparingTo("2711.00");
    assertThat(y.month()).isEqualTo(YearMonth.of(2024, 4));
  }

  @Test
  void theLatestCumulativeMonthWinsOverAnEarlierOne() {
    MedicalCostFigures y =
        yearToDate(month(2, true, "300.00", "0.00"), month(5, true, "900.00", "100.00"));
    assertThat(y.selfBurden()).isEqualByComparingTo("1000.00");
  }

  @Test
  void aMonthlyFigureBeforeTheCumulativeOneIsNotCountedTwice() {
    MedicalCostFigures y =
        yearToDate(month(6, true, "5000.00", "0.00"), month(4, false, "4000.00", "0.00"));
    assertThat(y.selfBurden()).isEqualByComparingTo("5000.00");
    assertThat(y.month()).isEqualTo(YearMonth.of(2024, 6));
  }

  @Test
  void noMonthsNoFigures() {
    assertThat(CostYearToDate.of(List.of())).isEmpty();
  }

  @Test
  void theSelfBurdenIsSelfPaidPlusSelfFundedAndThePartsMayNotExceedTheTotal() {
    MedicalCostFigures m = month(1, false, "12.34", "0.66");
    assertThat(m.selfBurden()).isEqualByComparingTo("13.00");
    assertThat(m.partsWithinTotal()).isTrue();
    MedicalCostFigures over =
        new MedicalCostFigures(
            m.month(),
            false,
            new BigDecimal("1012.99"),
            m.basicInsurance(),
            m.criticalIllness(),
            m.medicalAssistance(),
            m.selfPaid(),
            m.selfFunded());
    assertThat(over.partsWithinTotal()).isFalse();
  }
}
