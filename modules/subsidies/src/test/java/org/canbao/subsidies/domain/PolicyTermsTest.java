package org.canbao.subsidies.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuranceYear;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Money;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.RuleShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyTermsTest {
  private static final LocalDate IN_CAMPAIGN = LocalDate.of(2022, 11, 15);
  private final PolicyTerms policy = Policy2023.terms();

  /** Every category × tier of chongqing-2023-subsidy-standards.csv (copied from shared/data). */
  static Stream<Arguments> seeds() throws Exception {
    List<Arguments> cases = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                PolicyTermsTest.class.getResourceAsStream("/chongqing-2023-subsidy-standards.csv"),
                StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        InsuredType type =
            f[0].equals("NEEDY_COLLEGE_STUDENT")
                ? InsuredType.COLLEGE_STUDENT
                : InsuredType.RESIDENT;
        cases.add(Arguments.of(f[0], Tier.TIER_1, type, f[5].isEmpty() ? "0" : f[5], f[4]));
        cases.add(Arguments.of(f[0], Tier.TIER_2, type, f[6], f[4]));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}: subsidy {3}")
  @MethodSource("seeds")
  void everyCategoryAndTierOf2023(
      String category, Tier tier, InsuredType type, String subsidy, String fund) {
    PolicyTerms.Quote q = policy.quote(Set.of(category), type, tier, IN_CAMPAIGN, false);
    assertThat(q.subsidy()).isEqualTo(Money.yuan(subsidy));
    assertThat(q.individual()).isEqualTo(policy.standard(type, tier).minus(Money.yuan(subsidy)));
    if (q.subsidy().compareTo(Money.ZERO) > 0) {
      assertThat(q.fundingSource()).isEqualTo(FundingSource.valueOf(fund));
      assertThat(q.categoryCode()).isEqualTo(category);
    }
  }

  @ParameterizedTest(name = "{0} {1} ({2}) → {3} / {4}")
  @CsvSource({
    "DIBAO, TIER_1, RESIDENT, 315, 35",
    "DIBAO, TIER_2, RESIDENT, 350, 375",
    "FP_REWARD, TIER_2, RESIDENT, 280, 445",
    "NEEDY_COLLEGE_STUDENT, TIER_1, COLLEGE_STUDENT, 224, 96",
    "STABLE_POST_POVERTY, TIER_1, RESIDENT, 50, 300",
    "STABLE_POST_POVERTY, TIER_2, RESIDENT, 50, 675",
    "TEKUN, TIER_1, RESIDENT, 350, 0",
    "OLD_DEMOBILIZED_SOLDIER, TIER_2, RESIDENT, 725, 0",
    "OLD_DEMOBILIZED_SOLDIER, TIER_1, RESIDENT, 0, 350"
  })
  void theNoticesExamples(
      String category, Tier tier, InsuredType type, int subsidy, int individual) {
    PolicyTerms.Quote q = policy.quote(Set.of(category), type, tier, IN_CAMPAIGN, false);
    assertThat(q.subsidy()).isEqualTo(Money.yuan(subsidy));
    assertThat(q.individual()).isEqualTo(Money.yuan(individual));
  }

  @Test
  void theHighestIdentityWinsAndItsFundPays() {
    PolicyTerms.Quote q =
        policy.quote(
            Set.of("STABLE_POST_POVERTY", "DIBAO"),
            InsuredType.RESIDENT,
            Tier.TIER_1,
            IN_CAMPAIGN,
            false);
    assertThat(q.categoryCode()).isEqualTo("DIBAO");
    assertThat(q.subsidy()).isEqualTo(Money.yuan(315));
    assertThat(q.fundingSource()).isEqualTo(FundingSource.MEDICAL_ASSISTANCE);
    PolicyTerms.Quote t =
        policy.quote(
            Set.of("DIBAO", "TEKUN"), InsuredType.RESIDENT, Tier.TIER_1, IN_CAMPAIGN, false);
    assertThat(t.categoryCode()).isEqualTo("TEKUN");
  }

  @Test
  void noIdentityMeansNoSubsidy() {
    PolicyTerms.Quote q =
        policy.quote(Set.of(), InsuredType.RESIDENT, Tier.TIER_2, IN_CAMPAIGN, false);
    assertThat(q.subsidy()).isEqualTo(Money.ZERO);
    assertThat(q.individual()).isEqualTo(Money.yuan(725));
    assertThat(q.categoryCode()).isNull();
  }

  @Test
  void afterTheFiscalCutoffTheIndividualAlsoBearsTheFiscalPartExceptNewborns() {
    assertThat(
            policy
                .quote(
                    Set.of(), InsuredType.RESIDENT, Tier.TIER_1, LocalDate.of(2023, 6, 30), false)
                .contribution())
        .isEqualTo(Money.yuan(350));
    assertThat(
            policy
                .quote(Set.of(), InsuredType.RESIDENT, Tier.TIER_1, LocalDate.of(2023, 7, 1), false)
                .contribution())
        .isEqualTo(Money.yuan(990));
    assertThat(
            policy
                .quote(Set.of(), InsuredType.NEWBORN, Tier.TIER_1, LocalDate.of(2023, 7, 1), true)
                .contribution())
        .isEqualTo(Money.yuan(350));
  }

  @Test
  void paymentsAfterTheLastDateAreRefused() {
    assertThat(
            policy
                .quote(
                    Set.of(), InsuredType.RESIDENT, Tier.TIER_1, LocalDate.of(2023, 9, 30), false)
                .refused())
        .isFalse();
    PolicyTerms.Quote q =
        policy.quote(
            Set.of("DIBAO"), InsuredType.RESIDENT, Tier.TIER_1, LocalDate.of(2023, 10, 1), false);
    assertThat(q.refused()).isTrue();
    assertThat(q.refusal()).contains("最后缴费日期2023-09-30");
  }

  @Test
  void anotherYearIsOnlyOtherData() {
    // a 2024 county notice: stable post-poverty people get 30 yuan; a new rule shape on tier 2
    List<SubsidyRule> rules = new ArrayList<>(Policy2023.rules());
    rules.removeIf(
        r -> r.categoryCode().equals("STABLE_POST_POVERTY") || r.categoryCode().equals("DIBAO"));
    rules.add(
        new SubsidyRule(
            "STABLE_POST_POVERTY",
            Tier.TIER_1,
            RuleShape.FIXED_AMOUNT,
            BigDecimal.valueOf(30),
            FundingSource.LINKAGE_FUND,
            "乡村振兴局"));
    rules.add(
        new SubsidyRule(
            "STABLE_POST_POVERTY",
            Tier.TIER_2,
            RuleShape.FIXED_AMOUNT,
            BigDecimal.valueOf(30),
            FundingSource.LINKAGE_FUND,
            "乡村振兴局"));
    rules.add(
        new SubsidyRule(
            "DIBAO",
            Tier.TIER_1,
            RuleShape.PERCENT_OF_TIER_1,
            BigDecimal.valueOf(90),
            FundingSource.MEDICAL_ASSISTANCE,
            "医保局"));
    rules.add(
        new SubsidyRule(
            "DIBAO",
            Tier.TIER_2,
            RuleShape.PERCENT_OF_TIER_2,
            BigDecimal.valueOf(50),
            FundingSource.MEDICAL_ASSISTANCE,
            "医保局"));
    var standards = new HashMap<>(Policy2023.standards());
    standards.put(
        InsuredType.RESIDENT, Map.of(Tier.TIER_1, Money.yuan(380), Tier.TIER_2, Money.yuan(780)));
    PolicyTerms y2024 =
        new PolicyTerms(
            InsuranceYear.of(2024),
            standards,
            LocalDate.of(2023, 9, 1),
            LocalDate.of(2023, 12, 31),
            LocalDate.of(2024, 9, 30),
            LocalDate.of(2024, 6, 30),
            Money.yuan(670),
            rules);
    assertThat(
            y2024
                .quote(
                    Set.of("STABLE_POST_POVERTY"),
                    InsuredType.RESIDENT,
                    Tier.TIER_1,
                    LocalDate.of(2023, 10, 1),
                    false)
                .subsidy())
        .isEqualTo(Money.yuan(30));
    assertThat(
            y2024
                .quote(
                    Set.of("DIBAO"),
                    InsuredType.RESIDENT,
                    Tier.TIER_2,
                    LocalDate.of(2023, 10, 1),
                    false)
                .subsidy())
        .isEqualTo(Money.yuan(390));
    assertThat(
            policy
                .quote(
                    Set.of("STABLE_POST_POVERTY"),
                    InsuredType.RESIDENT,
                    Tier.TIER_1,
                    IN_CAMPAIGN,
                    false)
                .subsidy())
        .isEqualTo(Money.yuan(50));
  }

  @Test
  void validationNamesWhatIsMissingOrWrong() {
    assertThat(policy.problems(Set.of("DIBAO", "TEKUN"))).isEmpty();
    assertThat(policy.problems(Set.of("NEW_CATEGORY")))
        .anyMatch(p -> p.contains("NEW_CATEGORY 一档：未设置资助规则"));
    List<SubsidyRule> rules = new ArrayList<>(Policy2023.rules());
    rules.add(
        new SubsidyRule(
            "X",
            Tier.TIER_1,
            RuleShape.FIXED_AMOUNT,
            BigDecimal.valueOf(400),
            FundingSource.OTHER,
            "医保局"));
    PolicyTerms bad =
        new PolicyTerms(
            InsuranceYear.of(2023),
            Policy2023.standards(),
            LocalDate.of(2022, 12, 31),
            LocalDate.of(2022, 10, 25),
            LocalDate.of(2023, 5, 30),
            LocalDate.of(2023, 6, 30),
            Money.yuan(640),
            rules);
    assertThat(bad.problems(Set.of()))
        .anyMatch(p -> p.contains("开始日期应早于结束日期"))
        .anyMatch(p -> p.contains("日期顺序"))
        .anyMatch(p -> p.contains("定额资助400元超过"));
    assertThatThrownBy(
            () ->
                new SubsidyRule(
                    "DIBAO",
                    Tier.TIER_1,
                    RuleShape.PERCENT_OF_TIER_1,
                    BigDecimal.valueOf(120),
                    FundingSource.OTHER,
                    "x"))
        .hasMessageContaining("不能超过100%");
    assertThatThrownBy(
            () ->
                new SubsidyRule(
                    "DIBAO", Tier.TIER_1, RuleShape.FIXED_AMOUNT, null, FundingSource.OTHER, "x"))
        .hasMessageContaining("请填写");
  }
}
