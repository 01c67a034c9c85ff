package org.canbao.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.InsuranceStatus.State;
import org.junit.jupiter.api.Test;

class StatusOnDayTest {
  private static final LocalDate DAY = LocalDate.of(2023, 4, 1);

  private static StatusOnDay.Held resident(int year, String start, String end) {
    return new StatusOnDay.Held(
        EnrollmentKind.RESIDENT_PAYMENT, year, LocalDate.parse(start), LocalDate.parse(end));
  }

  @Test
  void aPeriodContainingTheDayIsInsured() {
    assertThat(StatusOnDay.on(DAY, List.of(resident(2023, "2023-01-01", "2023-12-31"))))
        .isEqualTo(
            new StatusOnDay.Answer(
                State.INSURED, LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31")));
  }

  @Test
  void aPeriodStartingLaterIsTheWaitingPeriodWithItsStart() {
    assertThat(StatusOnDay.on(DAY, List.of(resident(2023, "2023-06-13", "2023-12-31"))))
        .isEqualTo(
            new StatusOnDay.Answer(
                State.WAITING, LocalDate.parse("2023-06-13"), LocalDate.parse("2023-12-31")));
  }

  @Test
  void firstDayAndLastDayCount() {
    assertThat(
            StatusOnDay.on(
                    LocalDate.parse("2023-06-13"),
                    List.of(resident(2023, "2023-06-13", "2023-12-31")))
                .state())
        .isEqualTo(State.INSURED);
    assertThat(
            StatusOnDay.on(
                    LocalDate.parse("2023-12-31"),
                    List.of(resident(2023, "2023-06-13", "2023-12-31")))
                .state())
        .isEqualTo(State.INSURED);
  }

  @Test
  void nextYearsEnrollmentStartsOnTheFirstOfJanuaryAndAnEndedPeriodDoesNotCount() {
    LocalDate december = LocalDate.parse("2022-12-02");
    assertThat(StatusOnDay.on(december, List.of(resident(2023, "2023-01-01", "2023-12-31"))))
        .isEqualTo(
            new StatusOnDay.Answer(
                State.WAITING, LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31")));
    assertThat(
            StatusOnDay.on(
                    LocalDate.parse("2024-01-02"),
                    List.of(resident(2023, "2023-01-01", "2023-12-31")))
                .state())
        .isEqualTo(State.NOT_INSURED);
  }

  @Test
  void otherInsuranceOfTheYearIsInsuredWithoutDates() {
    StatusOnDay.Held employee =
        new StatusOnDay.Held(EnrollmentKind.EMPLOYEE_INSURANCE, 2023, null, null);
    assertThat(StatusOnDay.on(DAY, List.of(employee)))
        .isEqualTo(new StatusOnDay.Answer(State.INSURED, null, null));
    assertThat(StatusOnDay.on(LocalDate.parse("2024-04-01"), List.of(employee)).state())
        .isEqualTo(State.NOT_INSURED);
  }

  @Test
  void nothingIsNotInsured() {
    assertThat(StatusOnDay.on(DAY, List.of()).state()).isEqualTo(State.NOT_INSURED);
  }
}
