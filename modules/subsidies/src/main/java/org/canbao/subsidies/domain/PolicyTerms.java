package org.canbao.subsidies.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuranceYear;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Money;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.RuleShape;

/**
 * A year's policy as data (DOMAIN.md §4): contribution standards per insured type and tier, the
 * periods and the fiscal subsidy, one rule per category and tier. Pricing a payment: the
 * contribution of the chosen type and tier (plus the fiscal part when paid after the fiscal
 * cut-off), the subsidy of the highest identity valid on the payment date (就高), its fund, and what
 * the person pays.
 */
public record PolicyTerms(
    InsuranceYear year,
    Map<InsuredType, Map<Tier, Money>> standards,
    LocalDate centralisedFrom,
    LocalDate centralisedTo,
    LocalDate lastPaymentDate,
    LocalDate fiscalCutoff,
    Money fiscalSubsidyPerPerson,
    List<SubsidyRule> rules) {

  /** What a payment costs and who pays it, with the rule that won; or why it is refused. */
  public record Quote(
      Money contribution,
      Money subsidy,
      Money individual,
      String categoryCode,
      RuleShape shape,
      FundingSource fundingSource,
      String fundingDepartment,
      Money fiscalPart,
      String refusal) {
    public boolean refused() {
      return refusal != null;
    }
  }

  public Money standard(InsuredType type, Tier tier) {
    Money m = standards.getOrDefault(type, Map.of()).get(tier);
    if (m == null) {
      throw new BusinessException("tier", year + "未设置" + type.label() + tier.label() + "的缴费标准");
    }
    return m;
  }

  /**
   * Prices a payment. {@code categories} are the person's identities valid on the payment date;
   * {@code newbornWithin90Days} exempts the fiscal part for a newborn insured on its own in time.
   */
  public Quote quote(
      Set<String> categories,
      InsuredType type,
      Tier tier,
      LocalDate paymentDate,
      boolean newbornWithin90Days) {
    if (paymentDate.isAfter(lastPaymentDate)) {
      return new Quote(
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          "缴费日期" + paymentDate + "晚于" + year + "最后缴费日期" + lastPaymentDate + "，不再受理");
    }
    // Songgai attachment 2: paying after the fiscal cut-off, the individual also bears the fiscal
    // subsidy.
    // Identity subsidies still apply (the notices do not say they stop; documented in the user
    // guide).
    Money fiscalPart =
        paymentDate.isAfter(fiscalCutoff) && !newbornWithin90Days
            ? fiscalSubsidyPerPerson
            : Money.ZERO;
    Money contribution = standard(type, tier).plus(fiscalPart);
    Money tier1 = standard(type, Tier.TIER_1);
    Money tier2 = standard(type, Tier.TIER_2);
    Money base = standard(type, tier);
    Optional<SubsidyRule> best = Optional.empty();
    Money bestAmount = Money.ZERO;
    List<SubsidyRule> candidates =
        new ArrayList<>(
            rules.stream()
                .filter(r -> r.tier() == tier && categories.contains(r.categoryCode()))
                .toList());
    candidates.sort(Comparator.comparing(SubsidyRule::categoryCode));
    for (SubsidyRule r : candidates) {
      Money amount = r.subsidy(tier1, tier2, base);
      if (amount.compareTo(bestAmount) > 0) {
        best = Optional.of(r);
        bestAmount = amount;
      }
    }
    Money subsidy = bestAmount.min(contribution);
    return new Quote(
        contribution,
        subsidy,
        contribution.minus(subsidy),
        best.map(SubsidyRule::categoryCode).orElse(null),
        best.map(SubsidyRule::shape).orElse(null),
        best.map(SubsidyRule::fundingSource).orElse(null),
        best.map(SubsidyRule::fundingDepartment).orElse(null),
        fiscalPart,
        null);
  }

  /** Problems that keep a draft from being published, in Chinese. */
  public List<String> problems(Set<String> activeCategories) {
    List<String> problems = new ArrayList<>();
    for (InsuredType t : InsuredType.values()) {
      for (Tier tier : Tier.values()) {
        if (standards.getOrDefault(t, Map.of()).get(tier) == null) {
          problems.add("缺少" + t.label() + tier.label() + "的缴费标准");
        }
      }
    }
    if (centralisedFrom == null
        || centralisedTo == null
        || lastPaymentDate == null
        || fiscalCutoff == null) {
      problems.add("集中参保期、最后缴费日期和财政补助截止日期都须填写");
    } else {
      if (!centralisedFrom.isBefore(centralisedTo)) {
        problems.add("集中参保期的开始日期应早于结束日期");
      }
      if (!centralisedTo.isBefore(fiscalCutoff) || fiscalCutoff.isAfter(lastPaymentDate)) {
        problems.add("日期顺序应为：集中参保期结束 < 财政补助截止 ≤ 最后缴费日期");
      }
    }
    for (String category : activeCategories) {
      for (Tier tier : Tier.values()) {
        boolean covered =
            rules.stream().anyMatch(r -> r.categoryCode().equals(category) && r.tier() == tier);
        if (!covered) {
          problems.add(category + " " + tier.label() + "：未设置资助规则（不资助也须明确设置为“不予资助”）");
        }
      }
    }
    for (SubsidyRule r : rules) {
      if (r.shape() == RuleShape.FIXED_AMOUNT) {
        for (InsuredType t : InsuredType.values()) {
          Money contribution = standards.getOrDefault(t, Map.of()).get(r.tier());
          if (contribution != null && new Money(r.value()).compareTo(contribution) > 0) {
            problems.add(
                r.categoryCode()
                    + " "
                    + r.tier().label()
                    + "：定额资助"
                    + r.value()
                    + "元超过"
                    + t.label()
                    + "缴费标准"
                    + contribution
                    + "元");
          }
        }
      }
    }
    return problems;
  }
}
