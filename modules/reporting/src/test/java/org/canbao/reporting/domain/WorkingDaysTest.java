package org.canbao.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  private static LocalDate d(int month, int day) {
    return LocalDate.of(2023, month, day);
  }

  @Test
  void fiveWorkingDaysSkipTheWeekend() {
    WorkingDays none = new WorkingDays(Map.of());
    // Thursday 2023-05-11 → Thu, Fri, Mon, Tue, Wed
    assertThat(none.periodEnd(d(5, 11), 5)).isEqualTo(d(5, 17));
    // posted on a Saturday: the period starts on Monday
    assertThat(none.periodEnd(d(5, 13), 5)).isEqualTo(d(5, 19));
  }

  @Test
  void holidaysAndMakeUpDaysAreData() {
    // as an administrator would enter 2023's Labour Day: 29 Apr - 3 May off, Sun 23 Apr and Sat 6
    // May work
    WorkingDays calendar =
        new WorkingDays(
            Map.of(d(5, 1), false, d(5, 2), false, d(5, 3), false, d(4, 23), true, d(5, 6), true));
    assertThat(calendar.isWorkingDay(d(5, 2))).isFalse();
    assertThat(calendar.isWorkingDay(d(5, 6))).isTrue();
    // Friday 28 Apr, then Thu 4, Fri 5, Sat 6 (make-up), Mon 8
    assertThat(calendar.periodEnd(d(4, 28), 5)).isEqualTo(d(5, 8));
    // without the calendar the same posting would end on Thursday 4 May
    assertThat(new WorkingDays(Map.of()).periodEnd(d(4, 28), 5)).isEqualTo(d(5, 4));
  }
}
