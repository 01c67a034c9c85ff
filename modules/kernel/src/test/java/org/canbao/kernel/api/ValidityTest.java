package org.canbao.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which days a record is about, and when a change alters what it says of a closed year (年度锁定): the
 * edges of the year are inclusive, an open end runs on, ending an identity after the year changes
 * nothing of it.
 */
class ValidityTest {
  private static Validity v(String from, String to) {
    return from == null
        ? null
        : new Validity(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }

  @ParameterizedTest(name = "{0}..{1} touches 2021: {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "2021-01-01, 2021-01-01, true",
        "2021-12-31, -, true",
        "2020-01-01, 2020-12-31, false",
        "2020-12-31, 2021-01-01, true",
        "2022-01-01, -, false",
        "2019-05-01, -, true",
        "2019-05-01, 2020-12-31, false"
      })
  void theYearsEdgesAreInside(String from, String to, boolean touches) {
    assertThat(v(from, to).touches(2021)).isEqualTo(touches);
  }

  @ParameterizedTest(name = "{0}..{1} → {2}..{3} changes 2021: {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        // ending an open identity after the year, or moving an end that lies after it
        "2019-01-01, -, 2019-01-01, 2022-03-31, false",
        "2019-01-01, 2022-03-31, 2019-01-01, 2023-01-31, false",
        "2019-01-01, -, 2019-01-01, 2021-12-31, false",
        // ending it inside the year, or before it
        "2019-01-01, -, 2019-01-01, 2021-12-30, true",
        "2019-01-01, -, 2019-01-01, 2020-06-30, true",
        // moving its start across the year's first day, or within the year
        "2019-01-01, -, 2021-03-01, -, true",
        "2018-01-01, -, 2019-01-01, -, false",
        // reaching into the year from after it
        "2022-02-01, -, 2021-12-01, -, true",
        // created or deleted: only when valid in the year
        "-, -, 2021-06-01, -, true",
        "-, -, 2022-01-01, -, false",
        "2021-06-01, 2021-06-30, -, -, true",
        "2020-06-01, 2020-06-30, -, -, false"
      })
  void onlyTheDaysInTheYearCount(
      String fromBefore, String toBefore, String fromAfter, String toAfter, boolean changes) {
    assertThat(Validity.changesYear(v(fromBefore, toBefore), v(fromAfter, toAfter), 2021))
        .isEqualTo(changes);
  }

  @ParameterizedTest(name = "{0}: the year 2021 is {1}..{2}")
  @CsvSource({"2021, 2021-01-01, 2021-12-31"})
  void aRecordOfAYearIsAboutItsCalendarYear(int year, LocalDate first, LocalDate last) {
    assertThat(Validity.ofYear(year)).isEqualTo(new Validity(first, last));
    assertThat(Validity.ofYear(year).touches(2020)).isFalse();
  }
}
