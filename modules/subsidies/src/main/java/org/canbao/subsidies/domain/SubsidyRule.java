package org.canbao.subsidies.domain;

import java.math.BigDecimal;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.Money;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.RuleShape;

/**
 * One rule of a policy: for a category and a tier, its shape and value, the fund that pays and the
 * paying department. E.g. 低保对象, 一档: 90% of the tier-1 standard, 医疗救助资金, 医保局.
 */
public record SubsidyRule(
    String categoryCode,
    Tier tier,
    RuleShape shape,
    BigDecimal value,
    FundingSource fundingSource,
    String fundingDepartment) {

  public SubsidyRule {
    if (categoryCode == null || tier == null || shape == null) {
      throw new BusinessException("rule", "资助规则须有身份类别、档次和资助方式");
    }
    boolean needsValue =
        shape == RuleShape.PERCENT_OF_TIER_1
            || shape == RuleShape.PERCENT_OF_TIER_2
            || shape == RuleShape.FIXED_AMOUNT;
    if (needsValue && (value == null || value.signum() < 0)) {
      throw new BusinessException("value", categoryCode + " " + tier.label() + "：请填写资助比例或金额");
    }
    if ((shape == RuleShape.PERCENT_OF_TIER_1 || shape == RuleShape.PERCENT_OF_TIER_2)
        && value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new BusinessException("value", categoryCode + " " + tier.label() + "：资助比例不能超过100%");
    }
    if (shape != RuleShape.NOT_OFFERED && fundingSource == null) {
      throw new BusinessException("fundingSource", categoryCode + " " + tier.label() + "：请选择资金来源");
    }
  }

  /**
   * The subsidy this rule gives a person of the given standards on their chosen tier, never more
   * than the contribution (DOMAIN.md §4: the subsidy never exceeds the contribution).
   */
  public Money subsidy(Money tier1Standard, Money tier2Standard, Money contribution) {
    Money amount =
        switch (shape) {
          case PERCENT_OF_TIER_1 -> tier1Standard.percent(value);
          case PERCENT_OF_TIER_2 -> tier2Standard.percent(value);
          case FIXED_AMOUNT -> new Money(value);
          case FULL_CONTRIBUTION -> contribution;
          case NOT_OFFERED -> Money.ZERO;
        };
    return amount.min(contribution);
  }
}
