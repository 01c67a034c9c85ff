package org.canbao.incentives.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.canbao.incentives.api.TargetRounding;
import org.canbao.kernel.api.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * The default target: 95% of the registered population (Songgai 2023 §一), rounded as the district
 * chooses.
 */
class TargetRuleTest {
  /**
   * Songgai's published table (shared/data/songgai-2023-enrollment-targets.csv): registered →
   * target.
   */
  static final Map<String, long[]> SONGGAI = new LinkedHashMap<>();

  static {
    SONGGAI.put("文昌宫社区", new long[] {3365, 3197});
    SONGGAI.put("松江社区", new long[] {4316, 4100});
    SONGGAI.put("旗山村", new long[] {3141, 2984});
    SONGGAI.put("打鱼河村", new long[] {2168, 2060});
    SONGGAI.put("鱼岭村", new long[] {1853, 1761});
    SONGGAI.put("新街子村", new long[] {3983, 3784});
    SONGGAI.put("茅园村", new long[] {1438, 1367});
  }

  @Test
  void halfUpGivesTheTableExceptWhereTheTownRoundedUp() {
    TargetRule rule = new TargetRule(new BigDecimal("95"), TargetRounding.HALF_UP);
    Map<String, Integer> differing = new LinkedHashMap<>();
    SONGGAI.forEach(
        (v, f) -> {
          if (rule.target(f[0]) != f[1]) {
            differing.put(v, rule.target(f[0]));
          }
        });
    // 1853 × 95% = 1760.35 and 1438 × 95% = 1366.1: the town wrote 1761 and 1367 — why the
    // published table must win
    assertThat(differing).containsExactly(Map.entry("鱼岭村", 1760), Map.entry("茅园村", 1366));
  }

  @Test
  void roundingUpAndDown() {
    assertThat(new TargetRule(new BigDecimal("95"), TargetRounding.UP).target(4316))
        .isEqualTo(4101);
    assertThat(new TargetRule(new BigDecimal("95"), TargetRounding.DOWN).target(3365))
        .isEqualTo(3196);
    assertThat(new TargetRule(new BigDecimal("95"), TargetRounding.HALF_UP).target(3365))
        .isEqualTo(3197);
    assertThat(new TargetRule(new BigDecimal("100"), TargetRounding.HALF_UP).target(0)).isZero();
    assertThat(new TargetRule(new BigDecimal("95.5"), TargetRounding.HALF_UP).target(1000))
        .isEqualTo(955);
  }

  @Test
  void aShareOutsideZeroToHundredOrNoRoundingIsRefused() {
    assertThatThrownBy(() -> new TargetRule(new BigDecimal("0"), TargetRounding.UP))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("0到100");
    assertThatThrownBy(() -> new TargetRule(new BigDecimal("100.1"), TargetRounding.UP))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> new TargetRule(new BigDecimal("95"), null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("取整");
  }
}
