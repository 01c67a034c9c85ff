package org.canbao.incentives.domain;

import java.math.BigDecimal;
import org.canbao.incentives.api.TargetRounding;
import org.canbao.kernel.api.BusinessException;

/**
 * The default target of a village: a share of its registered population on the base date ("完成全镇
 * 应参保人数95%以上", Songgai 2023 §一), rounded as the district chooses. Only a default: a published
 * target (imported or edited) always wins — Songgai's table rounds some villages up and others down
 * (文昌宫社区 3365 × 95% = 3196.75 → 3197, 新街子村 3983 × 95% = 3783.85 → 3784, 茅园村 1438 × 95% = 1366.1 →
 * 1367).
 */
public record TargetRule(BigDecimal sharePercent, TargetRounding rounding) {
  public TargetRule {
    if (sharePercent == null
        || sharePercent.signum() <= 0
        || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new BusinessException("defaultShare", "目标比例应在0到100之间");
    }
    if (rounding == null) {
      throw new BusinessException("rounding", "请选择取整方式");
    }
  }

  public int target(long registered) {
    return BigDecimal.valueOf(registered)
        .multiply(sharePercent)
        .movePointLeft(2)
        .setScale(0, rounding.mode())
        .intValueExact();
  }
}
