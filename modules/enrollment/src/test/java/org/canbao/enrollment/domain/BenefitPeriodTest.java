package org.canbao.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.canbao.enrollment.domain.BenefitPeriod.Payer;
import org.canbao.enrollment.domain.BenefitPeriod.Periods;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.InsuranceYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every benefit-date rule of the Shetan 2023 notice at its boundaries. */
class BenefitPeriodTest {
  private static final Periods Y2023 =
      new Periods(
          InsuranceYear.of(2023),
          LocalDate.of(2022, 10, 25),
          LocalDate.of(2022, 12, 31),
          LocalDate.of(2023, 9, 30));

  @ParameterizedTest(name = "paid {0} → from {1}")
  @CsvSource({
    "2022-10-25, 2023-01-01", // first day of the centralised period
    "2022-12-31, 2023-01-01", // last day of the centralised period
    "2023-01-01, 2023-02-01", // late in January: from the next month
    "2023-01-31, 2023-02-01",
    "2023-02-01, 2023-03-01",
    "2023-02-28, 2023-03-01", // last day of February
    "2023-03-01, 2023-05-30", // from 1 March: 90 days waiting
    "2023-06-30, 2023-09-28",
    "2023-09-30, 2023-12-29" // the last payment date
  })
  void ordinaryResidents(LocalDate paid, LocalDate start) {
    BenefitPeriod b = BenefitPeriod.of(Y2023, Payer.ordinary(), paid);
    assertThat(b.start()).isEqualTo(start);
    assertThat(b.end()).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @ParameterizedTest(name = "exempt, paid {0} → from {1}")
  @CsvSource({
    "2022-12-31, 2023-01-01",
    "2023-01-15, 2023-01-15",
    "2023-03-01, 2023-03-01",
    "2023-09-30, 2023-09-30"
  })
  void noWaitingPeriodForLowIncomeStablePostPovertyAndEmployeeLapse(
      LocalDate paid, LocalDate start) {
    Payer exempt = new Payer(false, null, true, false, false);
    assertThat(BenefitPeriod.of(Y2023, exempt, paid).start()).isEqualTo(start);
  }

  @Test
  void newbornsWithin90DaysFromBirth() {
    LocalDate birth = LocalDate.of(2023, 3, 10);
    Payer newborn = new Payer(true, birth, false, false, false);
    assertThat(BenefitPeriod.of(Y2023, newborn, birth.plusDays(90)).start()).isEqualTo(birth);
    // day 91: the ordinary rule applies (waiting period)
    assertThat(BenefitPeriod.of(Y2023, newborn, birth.plusDays(91)).start())
        .isEqualTo(birth.plusDays(91 + 90));
  }

  @Test
  void newbornFollowingTheGuardian() {
    BenefitPeriod guardian = BenefitPeriod.of(Y2023, Payer.ordinary(), LocalDate.of(2022, 11, 1));
    BenefitPeriod baby =
        BenefitPeriod.followingGuardian(
            InsuranceYear.of(2023), LocalDate.of(2023, 5, 20), guardian);
    assertThat(baby.start()).isEqualTo(LocalDate.of(2023, 5, 20));
    assertThat(baby.end()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThatThrownBy(
            () ->
                BenefitPeriod.followingGuardian(
                    InsuranceYear.of(2023), LocalDate.of(2022, 12, 20), guardian))
        .hasMessageContaining("当年出生");
  }

  @Test
  void newbornFollowsFromBirthEvenWhileTheGuardianWaits() {
    // guardian paid on 1 March: benefits only after 90 days; the newborn's start from birth
    // regardless
    BenefitPeriod guardian = BenefitPeriod.of(Y2023, Payer.ordinary(), LocalDate.of(2023, 3, 1));
    BenefitPeriod baby =
        BenefitPeriod.followingGuardian(InsuranceYear.of(2023), LocalDate.of(2023, 1, 1), guardian);
    assertThat(baby.start()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(baby.end()).isEqualTo(LocalDate.of(2023, 12, 31));
    BenefitPeriod lastDay =
        BenefitPeriod.followingGuardian(
            InsuranceYear.of(2023), LocalDate.of(2023, 12, 31), guardian);
    assertThat(lastDay.start()).isEqualTo(lastDay.end());
  }

  @Test
  void nothingToFollowAfterTheGuardiansBenefitsEnd() {
    BenefitPeriod student =
        BenefitPeriod.of(
            Y2023, new Payer(false, null, false, true, false), LocalDate.of(2022, 11, 1));
    assertThat(
            BenefitPeriod.followingGuardian(
                    InsuranceYear.of(2023), LocalDate.of(2023, 8, 31), student)
                .end())
        .isEqualTo(LocalDate.of(2023, 8, 31));
    assertThatThrownBy(
            () ->
                BenefitPeriod.followingGuardian(
                    InsuranceYear.of(2023), LocalDate.of(2023, 9, 1), student))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("晚于监护人待遇截止日期2023-08-31");
  }

  @ParameterizedTest(name = "born {0} is not a newborn of 2023")
  @CsvSource({"2022-12-31", "2024-01-01"})
  void onlyChildrenBornInTheYearAreItsNewborns(LocalDate birth) {
    assertThatThrownBy(() -> BenefitPeriod.requireBornIn(InsuranceYear.of(2023), birth))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("不在2023年内")
        .extracting(e -> ((BusinessException) e).field())
        .isEqualTo("birthDate");
  }

  @Test
  void collegeStudentsAcademicYearAndGraduates() {
    Payer student = new Payer(false, null, false, true, false);
    Payer graduate = new Payer(false, null, false, true, true);
    BenefitPeriod s = BenefitPeriod.of(Y2023, student, LocalDate.of(2022, 11, 1));
    assertThat(s.start()).isEqualTo(LocalDate.of(2022, 9, 1));
    assertThat(s.end()).isEqualTo(LocalDate.of(2023, 8, 31));
    assertThat(BenefitPeriod.of(Y2023, graduate, LocalDate.of(2022, 11, 1)).end())
        .isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void noPaymentAfterTheLastDateOrBeforeTheCampaign() {
    assertThatThrownBy(() -> BenefitPeriod.of(Y2023, Payer.ordinary(), LocalDate.of(2023, 10, 1)))
        .hasMessageContaining("晚于最后缴费日期2023-09-30");
    assertThatThrownBy(() -> BenefitPeriod.of(Y2023, Payer.ordinary(), LocalDate.of(2022, 10, 24)))
        .hasMessageContaining("集中参保期自2022-10-25开始");
  }
}
