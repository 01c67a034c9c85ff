package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The calendar year whose benefits a campaign pays for. The campaign for year N runs in the autumn
 * of N-1 (e.g. the centralised period 2022-10-25..2022-12-31 for insurance year 2023).
 */
public record InsuranceYear(int value) implements Serializable, Comparable<InsuranceYear> {
  public InsuranceYear {
    if (value < 2000 || value > 2100) {
      throw new BusinessException("insuranceYear", "参保年度不合理：" + value);
    }
  }

  public static InsuranceYear of(int value) {
    return new InsuranceYear(value);
  }

  public LocalDate firstDay() {
    return LocalDate.of(value, 1, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(value, 12, 31);
  }

  public InsuranceYear previous() {
    return new InsuranceYear(value - 1);
  }

  @Override
  public int compareTo(InsuranceYear o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public String toString() {
    return value + "年度";
  }
}
