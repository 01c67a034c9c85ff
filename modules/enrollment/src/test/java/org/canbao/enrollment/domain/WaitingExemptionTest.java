package org.canbao.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.kernel.api.InsuredType;
import org.canbao.subsidies.api.CategoryGroup;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.WaitingPeriodExemption;
import org.junit.jupiter.api.Test;

/** Shetan 2023 §(三): 农村低收入人口、稳定脱贫人口……不设等待期 — as category data, with the household type. */
class WaitingExemptionTest {
  private static final CategoryView DIBAO =
      category("DIBAO", "低保对象", WaitingPeriodExemption.RURAL_HOUSEHOLD);
  private static final CategoryView STABLE =
      category("STABLE_POST_POVERTY", "稳定脱贫人口", WaitingPeriodExemption.ALWAYS);
  private static final CategoryView DISABLED =
      category("SEVERE_DISABILITY", "重度残疾人", WaitingPeriodExemption.NONE);

  private static CategoryView category(String code, String name, WaitingPeriodExemption e) {
    return new CategoryView(
        1, code, name, "民政局", CategoryGroup.OTHER, true, 1, e, InsuredType.RESIDENT);
  }

  @Test
  void ruralLowIncomePeopleDoNotWaitUrbanOnesDo() {
    assertThat(WaitingExemption.of(false, List.of(DIBAO), HouseholdType.RURAL).exempt()).isTrue();
    WaitingExemption urban = WaitingExemption.of(false, List.of(DIBAO), HouseholdType.URBAN);
    assertThat(urban.exempt()).isFalse();
    assertThat(urban.notes()).containsExactly("城镇户口的低保对象不属农村低收入人口，须经等待期");
  }

  @Test
  void anUnrecordedHouseholdIsTakenAsTheNoticesRuralCaseAndSaidSo() {
    WaitingExemption unknown = WaitingExemption.of(false, List.of(DIBAO), null);
    assertThat(unknown.exempt()).isTrue();
    assertThat(unknown.notes().get(0)).startsWith("户口性质未登记，按农村低收入人口处理");
  }

  @Test
  void aCategoryExemptAlwaysWinsWhateverTheHousehold() {
    assertThat(WaitingExemption.of(false, List.of(DIBAO, STABLE), HouseholdType.URBAN).exempt())
        .isTrue();
  }

  @Test
  void otherCategoriesAndNoIdentityWaitUnlessEmployeeInsuranceLapsedLately() {
    assertThat(WaitingExemption.of(false, List.of(DISABLED), HouseholdType.RURAL).exempt())
        .isFalse();
    assertThat(WaitingExemption.of(false, List.of(), null).exempt()).isFalse();
    assertThat(WaitingExemption.of(true, List.of(), null).exempt()).isTrue();
  }
}
