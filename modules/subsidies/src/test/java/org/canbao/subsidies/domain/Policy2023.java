package org.canbao.subsidies.domain;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuranceYear;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Money;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.RuleShape;

/**
 * The 2023 Chongqing policy as the notices state it (Shetan 2023 §2–3, Songgai 2023 attachment 2,
 * Fuling 2023): the shared fixture of the subsidy tests. The fiscal subsidy per person is not given
 * in the notices ("以文件规定为准"); 640 here is a stand-in.
 */
final class Policy2023 {
  private Policy2023() {}

  static SubsidyRule percent1(
      String code, Tier tier, int percent, FundingSource fund, String dept) {
    return new SubsidyRule(
        code, tier, RuleShape.PERCENT_OF_TIER_1, BigDecimal.valueOf(percent), fund, dept);
  }

  static List<SubsidyRule> rules() {
    List<SubsidyRule> rules = new ArrayList<>();
    FundingSource ma = FundingSource.MEDICAL_ASSISTANCE;
    for (String c :
        List.of(
            "TEKUN",
            "ORPHAN",
            "DE_FACTO_UNSUPPORTED_CHILD",
            "FP_SPECIAL_SUPPORT",
            "FP_SURGERY_COMPLICATION")) {
      FundingSource f = c.startsWith("FP_") ? FundingSource.HEALTH_COMMISSION : ma;
      rules.add(percent1(c, Tier.TIER_1, 100, f, c.startsWith("FP_") ? "卫健委" : "医保局"));
      rules.add(percent1(c, Tier.TIER_2, 100, f, c.startsWith("FP_") ? "卫健委" : "医保局"));
    }
    rules.add(percent1("DIBAO", Tier.TIER_1, 90, ma, "医保局"));
    rules.add(percent1("DIBAO", Tier.TIER_2, 100, ma, "医保局"));
    for (String c :
        List.of(
            "DIBAO_MARGINAL",
            "RETURNED_TO_POVERTY",
            "UNSTABLE_POST_POVERTY",
            "MARGINAL_AT_RISK",
            "SUDDEN_SEVERE_HARDSHIP",
            "SEVERE_DISABILITY",
            "KEY_ENTITLED_RURAL",
            "CIVIL_AFFAIRS_OTHER",
            "ILLNESS_POVERTY_PATIENT",
            "NEEDY_COLLEGE_STUDENT")) {
      rules.add(percent1(c, Tier.TIER_1, 70, ma, "医保局"));
      rules.add(percent1(c, Tier.TIER_2, 100, ma, "医保局"));
    }
    rules.add(
        new SubsidyRule(
            "STABLE_POST_POVERTY",
            Tier.TIER_1,
            RuleShape.FIXED_AMOUNT,
            BigDecimal.valueOf(50),
            FundingSource.LINKAGE_FUND,
            "乡村振兴局"));
    rules.add(
        new SubsidyRule(
            "STABLE_POST_POVERTY",
            Tier.TIER_2,
            RuleShape.FIXED_AMOUNT,
            BigDecimal.valueOf(50),
            FundingSource.LINKAGE_FUND,
            "乡村振兴局"));
    rules.add(
        new SubsidyRule(
            "OLD_DEMOBILIZED_SOLDIER", Tier.TIER_1, RuleShape.NOT_OFFERED, null, null, null));
    rules.add(
        new SubsidyRule(
            "OLD_DEMOBILIZED_SOLDIER", Tier.TIER_2, RuleShape.FULL_CONTRIBUTION, null, ma, "医保局"));
    rules.add(percent1("FP_REWARD", Tier.TIER_1, 80, FundingSource.HEALTH_COMMISSION, "卫健委"));
    rules.add(percent1("FP_REWARD", Tier.TIER_2, 80, FundingSource.HEALTH_COMMISSION, "卫健委"));
    return rules;
  }

  static Map<InsuredType, Map<Tier, Money>> standards() {
    return Map.ofEntries(
        entry(
            InsuredType.RESIDENT,
            Map.of(Tier.TIER_1, Money.yuan(350), Tier.TIER_2, Money.yuan(725))),
        entry(
            InsuredType.COLLEGE_STUDENT,
            Map.of(Tier.TIER_1, Money.yuan(320), Tier.TIER_2, Money.yuan(695))),
        entry(
            InsuredType.NEWBORN,
            Map.of(Tier.TIER_1, Money.yuan(350), Tier.TIER_2, Money.yuan(725))));
  }

  static PolicyTerms terms() {
    return new PolicyTerms(
        InsuranceYear.of(2023),
        standards(),
        LocalDate.of(2022, 10, 25),
        LocalDate.of(2022, 12, 31),
        LocalDate.of(2023, 9, 30),
        LocalDate.of(2023, 6, 30),
        Money.yuan(640),
        rules());
  }
}
