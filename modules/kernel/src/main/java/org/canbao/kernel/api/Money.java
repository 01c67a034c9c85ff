package org.canbao.kernel.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in yuan with exactly two decimals. Contributions and subsidies are computed in yuan
 * (the notices' tables are yuan, e.g. 315 元/人·年); percentages round half-up to the fen.
 */
public record Money(BigDecimal amount) implements Serializable, Comparable<Money> {
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    if (amount == null) {
      throw new BusinessException("amount", "金额不能为空");
    }
    amount = amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static Money yuan(String value) {
    try {
      return new Money(new BigDecimal(value.strip()));
    } catch (NumberFormatException e) {
      throw new BusinessException("amount", "金额格式不正确：" + value);
    }
  }

  public static Money yuan(long value) {
    return new Money(BigDecimal.valueOf(value));
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money times(long count) {
    return new Money(amount.multiply(BigDecimal.valueOf(count)));
  }

  /** {@code percent} of this amount, e.g. 90% of 350 = 315.00. */
  public Money percent(BigDecimal percent) {
    return new Money(
        amount.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  @Override
  public int compareTo(Money o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
