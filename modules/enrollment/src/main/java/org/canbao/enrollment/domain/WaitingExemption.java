package org.canbao.enrollment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.WaitingPeriodExemption;

/**
 * Whether a late payer is spared the waiting period, and what to tell them. Shetan 2023 §(三): "对……在
 * 职工医保中断缴费3个月内参加居民医保的，以及新生儿（出生后90天内）、农村低收入人口、稳定脱贫人口等特殊群体，不设等待期". Which identity categories spare it
 * — and whether only for a rural household (the notice says 农村低收入人口) — is data of each category
 * ({@link WaitingPeriodExemption}); newborns are {@link BenefitPeriod}'s own rule.
 *
 * <p>A household type not recorded (registers since the reform write 居民户口) is taken as the notice's
 * case, rural, and the quote says so: the campaign's low-income people are rural, and an officer
 * who knows otherwise corrects the register.
 */
public record WaitingExemption(boolean exempt, List<String> notes) {

  /**
   * Whether a resident payment on {@code paid} joins within 3 months of employee insurance stopping
   * on {@code stoppedOn} ("在职工医保中断缴费3个月内参加居民医保"): from the stop day to the same day three months
   * later (a stop on 31 May: to 31 August; on 30 November: to 28 or 29 February).
   */
  public static boolean joinsWithin3MonthsOfStop(LocalDate stoppedOn, LocalDate paid) {
    return stoppedOn != null
        && paid != null
        && !paid.isBefore(stoppedOn)
        && !paid.isAfter(stoppedOn.plusMonths(3));
  }

  public static WaitingExemption of(
      boolean employeeInsuranceLapsedWithin3Months,
      Collection<CategoryView> held,
      HouseholdType household) {
    if (employeeInsuranceLapsedWithin3Months) {
      return new WaitingExemption(true, List.of("职工医保中断缴费3个月内参加居民医保，不设等待期"));
    }
    List<String> notes = new ArrayList<>();
    for (CategoryView c : held) {
      if (c.waitingPeriodExemption() == WaitingPeriodExemption.ALWAYS) {
        return new WaitingExemption(true, List.of(c.name() + "不设等待期"));
      }
    }
    for (CategoryView c : held) {
      if (c.waitingPeriodExemption() != WaitingPeriodExemption.RURAL_HOUSEHOLD) {
        continue;
      }
      if (household == HouseholdType.RURAL) {
        return new WaitingExemption(true, List.of("农村户口的" + c.name() + "属农村低收入人口，不设等待期"));
      }
      if (household == null) {
        return new WaitingExemption(
            true, List.of("户口性质未登记，按农村低收入人口处理：" + c.name() + "不设等待期（如为城镇户口请更正户籍信息）"));
      }
      notes.add("城镇户口的" + c.name() + "不属农村低收入人口，须经等待期");
    }
    return new WaitingExemption(false, List.copyOf(notes));
  }
}
