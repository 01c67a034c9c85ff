package org.canbao.incentives.domain;

import java.math.BigDecimal;
import org.canbao.incentives.api.Light;

/**
 * The traffic light of a bulletin line: green from {@code greenFrom} percent of the target on,
 * yellow from {@code yellowFrom}, red below; no light without a target. Edges inclusive, compared
 * exactly.
 */
public record Scorecard(BigDecimal greenFrom, BigDecimal yellowFrom) {
  public Light light(long insured, long target) {
    if (target <= 0) {
      return Light.NONE;
    }
    BigDecimal achieved = BigDecimal.valueOf(insured).multiply(BigDecimal.valueOf(100));
    if (achieved.compareTo(greenFrom.multiply(BigDecimal.valueOf(target))) >= 0) {
      return Light.GREEN;
    }
    return achieved.compareTo(yellowFrom.multiply(BigDecimal.valueOf(target))) >= 0
        ? Light.YELLOW
        : Light.RED;
  }
}
