package org.canbao.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.CrossCheckKind;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.api.FollowUpStatus;
import org.junit.jupiter.api.Test;

/**
 * The tracking ledgers' checks: the month of a lapse check, the college check's opening day,
 * reasons kept.
 */
class TrackingRulesTest {
  @Test
  void aLapseCheckIsForAMonthOfTheInsuranceYearThatHasBegun() {
    LocalDate today = LocalDate.of(2023, 6, 10);
    assertThat(CrossCheckRule.lapseMonth(YearMonth.of(2023, 5), 2023, today))
        .isEqualTo(YearMonth.of(2023, 5));
    assertThat(CrossCheckRule.lapseMonth(YearMonth.of(2023, 6), 2023, today))
        .isEqualTo(YearMonth.of(2023, 6));
    assertThatThrownBy(() -> CrossCheckRule.lapseMonth(YearMonth.of(2022, 12), 2023, today))
        .isInstanceOf(BusinessException.class)
        .hasMessage("核查月份2022-12不在2023年度内，请选择2023年的月份");
    assertThatThrownBy(() -> CrossCheckRule.lapseMonth(YearMonth.of(2023, 7), 2023, today))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("尚未到来");
  }

  @Test
  void theCollegeCheckOfAYearOpensOnTheFirstOfSeptemberBefore() {
    assertThat(CrossCheckRule.collegeCheckOpens(2024)).isEqualTo(LocalDate.of(2023, 9, 1));
    CrossCheckRule.requireCollegeCheckOpen(2024, LocalDate.of(2023, 9, 1));
    CrossCheckRule.requireCollegeCheckOpen(2024, LocalDate.of(2024, 3, 1));
    assertThatThrownBy(
            () -> CrossCheckRule.requireCollegeCheckOpen(2024, LocalDate.of(2023, 8, 31)))
        .isInstanceOf(BusinessException.class)
        .hasMessage("2024年度大学生参保核查自2023-09-01起方可进行（每年8月后核查下一年度），今天是2023-08-31");
  }

  @Test
  void aTrackingCheckFindingAPersonAgainKeepsTheRecordedReasonAndAddsItsKind() {
    Instant t = Instant.parse("2023-06-01T02:00:00Z");
    FollowUpItem item =
        new FollowUpItem(
            2023, FollowUpItemTest.person("9", "NORMAL"), CrossCheckKind.EMPLOYEE_LAPSE, "sbs", t);
    item.update(
        FollowUpReason.EMPLOYER_ELSEWHERE, "在成都新单位参保", FollowUpStatus.CONTACTED, 0, "cungan", t);
    item.refresh(
        FollowUpItemTest.person("9", "NORMAL"), CrossCheckKind.EMPLOYEE_LAPSE, t.plusSeconds(60));
    item.refresh(
        FollowUpItemTest.person("9", "NORMAL"), CrossCheckKind.COLLEGE, t.plusSeconds(120));
    assertThat(item.reason()).isEqualTo(FollowUpReason.EMPLOYER_ELSEWHERE);
    assertThat(item.reasonNote()).isEqualTo("在成都新单位参保");
    assertThat(item.status()).isEqualTo(FollowUpStatus.CONTACTED);
    assertThat(item.foundBy())
        .containsExactly(CrossCheckKind.EMPLOYEE_LAPSE, CrossCheckKind.COLLEGE);
    assertThat(item.insuredNow("sbs", t.plusSeconds(180))).isTrue();
    assertThat(item.status()).isEqualTo(FollowUpStatus.ENROLLED);
    assertThat(item.reason())
        .as("the reason stays on record")
        .isEqualTo(FollowUpReason.EMPLOYER_ELSEWHERE);
  }
}
