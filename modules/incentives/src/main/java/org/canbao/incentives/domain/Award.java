package org.canbao.incentives.domain;

import java.math.BigDecimal;
import org.canbao.incentives.api.Band;

/**
 * What a village earns at year end: its band (null below every band with money or score), the
 * subsidy with both shares, the score change.
 */
public record Award(
    Band band,
    BigDecimal subsidy,
    BigDecimal townShare,
    BigDecimal villageShare,
    BigDecimal scoreDelta) {
  static final Award NOT_ASSESSED =
      new Award(
          null,
          BigDecimal.ZERO.setScale(2),
          BigDecimal.ZERO.setScale(2),
          BigDecimal.ZERO.setScale(2),
          BigDecimal.ZERO);
}
