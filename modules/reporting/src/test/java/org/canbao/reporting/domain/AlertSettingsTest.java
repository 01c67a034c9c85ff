package org.canbao.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.AlertGroup;
import org.canbao.reporting.api.AlertLinesData;
import org.canbao.reporting.api.AlertState;
import org.junit.jupiter.api.Test;

/** A year's monitoring parameters as a district saves them: checked whole. */
class AlertSettingsTest {
  static AlertLinesData data(
      String standard, String low, Set<String> lowCategories, Set<String> stable, int verifyDays) {
    return new AlertLinesData(
        2,
        "永川区",
        2024,
        new BigDecimal(standard),
        new BigDecimal(low),
        lowCategories,
        new BigDecimal("2.0"),
        stable,
        new BigDecimal("20820.00"),
        "示意",
        5,
        verifyDays,
        5,
        15,
        10,
        null,
        null,
        false,
        null,
        null);
  }

  @Test
  void savedSettingsDrawTheirLinesAndDaysPerStep() {
    AlertSettings s = new AlertSettings(2, "/1/2/", 2024);
    s.change(data("7300.00", "1.0", Set.of("DIBAO", "TEKUN"), Set.of("STABLE_POST_POVERTY"), 10));
    assertThat(s.lines().line(AlertGroup.STABLE_POST_POVERTY)).isEqualByComparingTo("14600.00");
    assertThat(s.lowIncomeCategories()).containsExactly("DIBAO", "TEKUN");
    assertThat(s.daysFor(AlertState.PUSHED)).isEqualTo(10);
    assertThat(s.daysFor(AlertState.NEW)).isEqualTo(5);
  }

  @Test
  void aCategoryInBothGroupsAndFiguresOutOfRangeAreRefused() {
    AlertSettings s = new AlertSettings(2, "/1/2/", 2024);
    assertThatThrownBy(() -> s.change(data("7300", "1", Set.of("DIBAO"), Set.of("DIBAO", "X"), 10)))
        .isInstanceOf(BusinessException.class)
        .hasMessage("身份类别DIBAO不能同时属于低收入人口和稳定脱贫人口");
    assertThatThrownBy(() -> s.change(data("0", "1", Set.of("DIBAO"), Set.of("X"), 10)))
        .hasMessage("监测标准须大于0");
    assertThatThrownBy(() -> s.change(data("7300.001", "1", Set.of("DIBAO"), Set.of("X"), 10)))
        .hasMessage("监测标准最多两位小数");
    assertThatThrownBy(() -> s.change(data("7300", "1", Set.of(), Set.of("X"), 10)))
        .hasMessage("请选择低收入人口包含的身份类别");
    assertThatThrownBy(() -> s.change(data("7300", "1", Set.of("DIBAO"), Set.of("X"), 0)))
        .hasMessage("核实时限须为1至365天");
    assertThat(s.monitoringStandard()).as("nothing kept of a refused change").isNull();
  }
}
