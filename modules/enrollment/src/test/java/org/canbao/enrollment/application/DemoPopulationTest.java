package org.canbao.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.application.DemoPopulation.Enrollment;
import org.canbao.enrollment.application.DemoPopulation.Identity;
import org.canbao.enrollment.application.DemoPopulation.Population;
import org.canbao.enrollment.application.DemoPopulation.Profile;
import org.canbao.enrollment.application.DemoPopulation.Resident;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.Tier;
import org.canbao.kernel.infrastructure.SpreadsheetTableFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo population of 松溉镇 as {@link EnrollmentDemoData} generates it at start-up. */
class DemoPopulationTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static List<Profile> songgai;
  private static Population people;

  @BeforeAll
  static void generate() {
    songgai =
        EnrollmentDemoData.songgai(
            new SpreadsheetTableFiles(),
            EnrollmentDemoData.class.getResourceAsStream("/demo/" + EnrollmentDemoData.TARGETS));
    people = DemoPopulation.generate(songgai, EnrollmentDemoData.REGION, EnrollmentDemoData.SEED);
  }

  @Test
  void everyVillageHasTheRegisteredPopulationOfThePublishedTable() {
    assertThat(songgai)
        .extracting(Profile::village, Profile::registered, Profile::target)
        .containsExactly(
            Tuple.tuple("文昌宫社区", 3365, 3197),
            Tuple.tuple("松江社区", 4316, 4100),
            Tuple.tuple("旗山村", 3141, 2984),
            Tuple.tuple("打鱼河村", 2168, 2060),
            Tuple.tuple("鱼岭村", 1853, 1761),
            Tuple.tuple("新街子村", 3983, 3784),
            Tuple.tuple("茅园村", 1438, 1367));
    Map<String, Long> perVillage =
        people.residents().stream()
            .collect(Collectors.groupingBy(Resident::village, Collectors.counting()));
    for (Profile p : songgai) {
      assertThat(perVillage.get(p.village())).as(p.village()).isEqualTo(p.registered());
    }
    assertThat(people.residents()).hasSize(20264);
  }

  @Test
  void idNumbersAreValidDistinctAndCarryTheBirthDateAndSex() {
    Set<String> seen = new HashSet<>();
    for (Resident r : people.residents()) {
      IdNumber id = IdNumber.parse(r.idNumber(), TODAY);
      assertThat(id.value()).startsWith("500118");
      assertThat(id.birthDate()).isEqualTo(r.birthDate()).isBefore(DemoPopulation.BASE_DATE);
      assertThat(id.sex().label()).isEqualTo(r.sex());
      assertThat(seen.add(r.idNumber())).as("distinct %s", r.idNumber()).isTrue();
    }
  }

  @Test
  void householdsHaveOneToFivePeopleUnderOneHeadWithPlausibleAges() {
    Map<String, List<Resident>> households =
        people.residents().stream()
            .collect(Collectors.groupingBy(r -> r.village() + "/" + r.householdNo()));
    assertThat(households.size()).isBetween(6500, 8500);
    for (List<Resident> h : households.values()) {
      assertThat(h).hasSizeBetween(1, 5);
      assertThat(h.get(0).relation()).isEqualTo("户主");
      assertThat(h.stream().filter(r -> r.relation().equals("户主"))).hasSize(1);
      assertThat(h.stream().map(Resident::householdType).distinct()).hasSize(1);
      Resident head = h.get(0);
      for (Resident r : h) {
        switch (r.relation()) {
          case "子", "女" -> assertThat(r.birthDate()).isAfter(head.birthDate().plusYears(17));
          case "孙子", "孙女" -> assertThat(r.birthDate()).isAfter(head.birthDate().plusYears(35));
          case "父亲", "母亲" -> assertThat(r.birthDate()).isBefore(head.birthDate().minusYears(20));
          case "配偶" -> assertThat(r.sex()).isNotEqualTo(head.sex());
          default -> {}
        }
      }
    }
    assertThat(people.residents()).allSatisfy(r -> assertThat(r.name()).hasSizeBetween(2, 4));
  }

  @Test
  void theSameSeedGivesTheSamePeopleAnotherSeedOthers() {
    Population again =
        DemoPopulation.generate(songgai, EnrollmentDemoData.REGION, EnrollmentDemoData.SEED);
    assertThat(again).isEqualTo(people);
    Population other =
        DemoPopulation.generate(songgai, EnrollmentDemoData.REGION, EnrollmentDemoData.SEED + 1);
    assertThat(other.residents().get(0)).isNotEqualTo(people.residents().get(0));
  }

  @Test
  void identitiesUseTheReferenceCategoriesInRealisticShares() {
    Set<String> categories =
        Set.of(
            "TEKUN",
            "ORPHAN",
            "DIBAO",
            "DIBAO_MARGINAL",
            "RETURNED_TO_POVERTY",
            "UNSTABLE_POST_POVERTY",
            "MARGINAL_AT_RISK",
            "SUDDEN_SEVERE_HARDSHIP",
            "STABLE_POST_POVERTY",
            "SEVERE_DISABILITY",
            "KEY_ENTITLED_RURAL",
            "OLD_DEMOBILIZED_SOLDIER",
            "FP_REWARD",
            "FP_SPECIAL_SUPPORT");
    Map<String, Long> holders =
        people.identities().stream()
            .collect(Collectors.groupingBy(Identity::categoryCode, Collectors.counting()));
    assertThat(categories).containsAll(holders.keySet());
    assertThat(holders.get("DIBAO")).isBetween(300L, 900L);
    assertThat(holders.get("STABLE_POST_POVERTY")).isBetween(300L, 1000L);
    assertThat(holders.get("TEKUN")).isBetween(40L, 200L);
    long lowIncome =
        people.identities().stream()
            .filter(i -> DemoPopulation.LOW_INCOME.contains(i.categoryCode()))
            .map(Identity::resident)
            .distinct()
            .count();
    assertThat(lowIncome * 100 / people.residents().size())
        .as("low-income share in %")
        .isBetween(2L, 8L);
    // mostly certified before the 2023 payment period; a few newly identified in 2023
    long before =
        people.identities().stream()
            .filter(i -> i.validFrom().isBefore(LocalDate.of(2022, 10, 25)))
            .count();
    assertThat(before)
        .isGreaterThan(people.identities().size() * 9 / 10)
        .isLessThan(people.identities().size());
  }

  @Test
  void everyVillageReachesItsCompletionByTheYearEndAndNow() {
    Map<Integer, Resident> byNo =
        people.residents().stream().collect(Collectors.toMap(Resident::no, Function.identity()));
    Map<String, List<Enrollment>> perVillage =
        people.enrollments().stream()
            .collect(Collectors.groupingBy(e -> byNo.get(e.resident()).village()));
    for (Profile p : songgai) {
      List<Enrollment> insured = perVillage.get(p.village());
      long byYearEnd =
          insured.stream().filter(e -> !e.date().isAfter(LocalDate.of(2022, 12, 31))).count();
      assertThat(byYearEnd)
          .as(p.village() + " by 31 Dec")
          .isEqualTo(Math.round(p.target() * p.insuredByYearEnd() / 100));
      assertThat((long) insured.size())
          .as(p.village() + " now")
          .isEqualTo(Math.round(p.target() * p.insuredNow() / 100));
      assertThat(insured.stream().map(Enrollment::resident).distinct()).hasSize(insured.size());
    }
    // the bands of the 2023 evaluation all occur by the year end: ≥100%, 90–100%, 80–90%, below 80%
    assertThat(
            songgai.stream()
                .map(
                    p ->
                        p.insuredByYearEnd() >= 100
                            ? 3
                            : p.insuredByYearEnd() >= 90 ? 2 : p.insuredByYearEnd() >= 80 ? 1 : 0)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void paymentsFallInThePaymentPeriodsAndOtherInsuranceHasEvidence() {
    for (Enrollment e : people.enrollments()) {
      if (e.kind() == EnrollmentKind.RESIDENT_PAYMENT) {
        assertThat(e.date()).isBetween(LocalDate.of(2022, 10, 25), LocalDate.of(2023, 9, 30));
        assertThat(e.tier()).isNotNull();
        assertThat(e.channel()).isNotNull();
      } else {
        assertThat(e.evidence()).isNotBlank();
        assertThat(e.date()).isBefore(LocalDate.of(2022, 12, 31));
      }
    }
    Map<EnrollmentKind, Long> kinds =
        people.enrollments().stream()
            .collect(Collectors.groupingBy(Enrollment::kind, Collectors.counting()));
    assertThat(kinds.get(EnrollmentKind.EMPLOYEE_INSURANCE)).isBetween(1000L, 2500L);
    assertThat(kinds.get(EnrollmentKind.INSURED_OUTSIDE)).isBetween(800L, 1800L);
    assertThat(people.enrollments().stream().filter(e -> e.tier() == Tier.TIER_2).count())
        .isGreaterThan(500L);
    assertThat(
            people.enrollments().stream().filter(e -> e.date().isAfter(LocalDate.of(2023, 6, 30))))
        .isNotEmpty();
  }

  @Test
  void aProfileTheVillageCannotReachIsRefused() {
    Profile impossible = new Profile("茅园村", 100, 95, false, 110, 110, 0.05, 0.05, 0, 0, 1);
    assertThatThrownBy(() -> DemoPopulation.generate(List.of(impossible), "500118", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
