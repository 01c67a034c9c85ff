package org.canbao.incentives.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.canbao.incentives.api.ProgressLine;
import org.junit.jupiter.api.Test;

/** Sub-targets (Songgai 2023: 脱贫人口和低收入监测对象 参保率必须达到100%) are compared exactly, edges included. */
class SubTargetTest {
  static final BigDecimal HUNDRED = new BigDecimal("100");

  @Test
  void everyOneInsuredMeetsOneHundredPercentAndOneMissingDoesNot() {
    assertThat(ProgressLine.met(10_000, 10_000, HUNDRED)).isTrue();
    assertThat(ProgressLine.met(9_999, 10_000, HUNDRED)).as("99.99% is not 100%").isFalse();
  }

  @Test
  void aRateBelowOneHundredIsMetFromItsEdgeOn() {
    BigDecimal rate = new BigDecimal("99");
    assertThat(ProgressLine.met(99, 100, rate)).isTrue();
    assertThat(ProgressLine.met(98, 100, rate)).isFalse();
    assertThat(ProgressLine.met(197, 199, rate)).as("98.99%").isFalse();
  }

  @Test
  void withoutSuchPeopleOrWithoutARateThereIsNothingToMeet() {
    assertThat(ProgressLine.met(0, 0, HUNDRED)).isNull();
    assertThat(ProgressLine.met(3, 4, null)).isNull();
    assertThat(ProgressLine.metLabel(null)).isEqualTo("—");
    assertThat(ProgressLine.metLabel(true)).isEqualTo("达标");
    assertThat(ProgressLine.metLabel(false)).isEqualTo("未达标");
  }
}
