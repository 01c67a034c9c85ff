package org.canbao.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.kernel.api.BusinessException;
import org.junit.jupiter.api.Test;

/** 职工医保停保: who may be stopped, on which day, and what a stopped record still is. */
class EmployeeInsuranceStopTest {
  private static final LocalDate TODAY = LocalDate.of(2023, 6, 10);

  private static EnrollmentRecord employee() {
    return EnrollmentRecord.otherInsurance(
        7, 2023, EnrollmentKind.EMPLOYEE_INSURANCE, "参保证明 2023-001", "sbs");
  }

  @Test
  void aStoppedRecordKeepsItsDayAndReasonAndInsuresNoMore() {
    EnrollmentRecord r = employee();
    r.stop(LocalDate.of(2023, 5, 15), "  离职 ", TODAY);
    assertThat(r.stopped()).isTrue();
    assertThat(r.active()).as("a stopped record insures no more").isFalse();
    assertThat(r.reversed()).isFalse();
    assertThat(r.stoppedOn()).isEqualTo(LocalDate.of(2023, 5, 15));
    assertThat(r.stopReason()).isEqualTo("离职");
  }

  @Test
  void onlyAnActiveEmployeeInsuranceRecordIsStopped() {
    EnrollmentRecord outside =
        EnrollmentRecord.otherInsurance(7, 2023, EnrollmentKind.INSURED_OUTSIDE, "异地参保证明", "sbs");
    assertThatThrownBy(() -> outside.stop(LocalDate.of(2023, 5, 15), "离职", TODAY))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith("只有职工医保记录可以登记停保");
    EnrollmentRecord reversed = employee();
    reversed.reverse("录入错误");
    assertThatThrownBy(() -> reversed.stop(LocalDate.of(2023, 5, 15), "离职", TODAY))
        .isInstanceOf(BusinessException.class)
        .hasMessage("该记录已冲销，不能登记停保");
    EnrollmentRecord twice = employee();
    twice.stop(LocalDate.of(2023, 5, 15), "离职", TODAY);
    assertThatThrownBy(() -> twice.stop(LocalDate.of(2023, 6, 1), "退休", TODAY))
        .isInstanceOf(BusinessException.class)
        .hasMessage("该职工医保已于2023-05-15停保");
  }

  @Test
  void theDayIsInsideTheInsuranceYearAndNotInTheFuture() {
    assertThatThrownBy(() -> employee().stop(null, "离职", TODAY))
        .isInstanceOf(BusinessException.class)
        .hasMessage("请填写停保日期");
    assertThatThrownBy(() -> employee().stop(LocalDate.of(2023, 6, 11), "离职", TODAY))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("晚于今天");
    assertThatThrownBy(() -> employee().stop(LocalDate.of(2022, 12, 31), "离职", TODAY))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("早于2023年1月1日");
    assertThatThrownBy(
            () -> employee().stop(LocalDate.of(2024, 1, 2), "离职", LocalDate.of(2024, 3, 1)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("晚于2023年12月31日");
    assertThatThrownBy(() -> employee().stop(LocalDate.of(2023, 5, 15), " ", TODAY))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith("请填写停保原因");
    EnrollmentRecord firstDay = employee();
    firstDay.stop(LocalDate.of(2023, 1, 1), "单位停缴", TODAY);
    assertThat(firstDay.stoppedOn()).isEqualTo(LocalDate.of(2023, 1, 1));
  }

  @Test
  void aStopRecordedOnTheWrongRecordIsCorrectedByReversingIt() {
    EnrollmentRecord r = employee();
    r.stop(LocalDate.of(2023, 5, 15), "离职", TODAY);
    r.reverse("停保登记错误");
    assertThat(r.reversed()).isTrue();
    assertThatThrownBy(() -> r.reverse("again"))
        .isInstanceOf(BusinessException.class)
        .hasMessage("该记录已冲销");
  }

  @Test
  void joiningResidentInsuranceWithinThreeMonthsOfTheStopSparesTheWaitingPeriod() {
    LocalDate stopped = LocalDate.of(2023, 5, 31);
    assertThat(WaitingExemption.joinsWithin3MonthsOfStop(stopped, LocalDate.of(2023, 5, 31)))
        .isTrue();
    assertThat(WaitingExemption.joinsWithin3MonthsOfStop(stopped, LocalDate.of(2023, 8, 31)))
        .isTrue();
    assertThat(WaitingExemption.joinsWithin3MonthsOfStop(stopped, LocalDate.of(2023, 9, 1)))
        .isFalse();
    assertThat(WaitingExemption.joinsWithin3MonthsOfStop(stopped, LocalDate.of(2023, 5, 30)))
        .as("paid before the stop")
        .isFalse();
    assertThat(
            WaitingExemption.joinsWithin3MonthsOfStop(
                LocalDate.of(2023, 11, 30), LocalDate.of(2024, 2, 29)))
        .isTrue();
    assertThat(WaitingExemption.joinsWithin3MonthsOfStop(null, LocalDate.of(2023, 6, 1))).isFalse();
  }
}
