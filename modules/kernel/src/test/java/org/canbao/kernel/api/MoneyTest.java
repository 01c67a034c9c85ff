package org.canbao.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void percentOfTierOneStandards() {
    Money tier1 = Money.yuan(350);
    assertThat(tier1.percent(new BigDecimal("90"))).isEqualTo(Money.yuan("315.00")); // 低保 一档
    assertThat(tier1.percent(new BigDecimal("70"))).isEqualTo(Money.yuan(245)); // 返贫致贫 一档
    assertThat(tier1.percent(new BigDecimal("80"))).isEqualTo(Money.yuan(280)); // 计生奖扶
    assertThat(Money.yuan(320).percent(new BigDecimal("70"))).isEqualTo(Money.yuan(224)); // 困难大学生
  }

  @Test
  void alwaysTwoDecimalsAndExactArithmetic() {
    assertThat(Money.yuan(725).minus(Money.yuan(350)).toString()).isEqualTo("375.00");
    assertThat(Money.yuan("0.1").plus(Money.yuan("0.2"))).isEqualTo(Money.yuan("0.30"));
    assertThat(Money.yuan(50).times(36730))
        .isEqualTo(Money.yuan(1836500)); // Fuling linkage fund 2023
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> Money.yuan("三百")).hasMessageContaining("金额格式不正确");
  }
}
