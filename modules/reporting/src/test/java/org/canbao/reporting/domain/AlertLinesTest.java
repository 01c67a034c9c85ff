package org.canbao.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.canbao.reporting.api.AlertGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The alert lines (DOMAIN.md §11): each group's line and its edge, a person in two groups, and who
 * is an ordinary resident. Figures: the 2024 demo lines (standard 7,300, ×1.0 and ×2.0, ordinary
 * 20,820).
 */
class AlertLinesTest {
  static final Set<String> LOW = Set.of("TEKUN", "DIBAO", "DIBAO_MARGINAL");
  static final Set<String> STABLE = Set.of("STABLE_POST_POVERTY");

  static AlertLines lines2024() {
    return new AlertLines(
        new BigDecimal("7300.00"),
        new BigDecimal("1.0"),
        LOW,
        new BigDecimal("2.0"),
        STABLE,
        new BigDecimal("20820.00"));
  }

  @Test
  void eachGroupsLineIsItsMultipleOfTheStandardOrTheIncome() {
    AlertLines l = lines2024();
    assertThat(l.line(AlertGroup.LOW_INCOME)).isEqualByComparingTo("7300.00");
    assertThat(l.line(AlertGroup.STABLE_POST_POVERTY)).isEqualByComparingTo("14600.00");
    assertThat(l.line(AlertGroup.ORDINARY)).isEqualByComparingTo("20820.00");
  }

  /** Exactly at the line is an alert (达到); one fen under is none. */
  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource({
    "LOW_INCOME, 7300.00, true",
    "LOW_INCOME, 7299.99, false",
    "LOW_INCOME, 7300.01, true",
    "STABLE_POST_POVERTY, 14600.00, true",
    "STABLE_POST_POVERTY, 14599.99, false",
    "ORDINARY, 20820.00, true",
    "ORDINARY, 20819.99, false",
    "ORDINARY, 0.00, false"
  })
  void theEdgeOfEachLine(AlertGroup group, String burden, boolean alert) {
    assertThat(lines2024().crosses(new BigDecimal(burden), group)).isEqualTo(alert);
  }

  @Test
  void aMultipleIsRoundedToTheFen() {
    AlertLines l =
        new AlertLines(
            new BigDecimal("7333.33"),
            new BigDecimal("1.5"),
            LOW,
            new BigDecimal("2.25"),
            STABLE,
            new BigDecimal("1"));
    assertThat(l.line(AlertGroup.LOW_INCOME)).isEqualByComparingTo("11000.00"); // 10999.995
    assertThat(l.line(AlertGroup.STABLE_POST_POVERTY)).isEqualByComparingTo("16499.99"); // .9925
  }

  @Test
  void aPersonIsInTheGroupsOfTheCategoriesTheyHeldElseOrdinary() {
    AlertLines l = lines2024();
    assertThat(l.groupOf(Set.of("DIBAO"))).isEqualTo(AlertGroup.LOW_INCOME);
    assertThat(l.groupOf(Set.of("STABLE_POST_POVERTY"))).isEqualTo(AlertGroup.STABLE_POST_POVERTY);
    assertThat(l.groupOf(Set.of())).isEqualTo(AlertGroup.ORDINARY);
    // a category no group names (计生奖扶) makes nobody low-income
    assertThat(l.groupOf(Set.of("FP_REWARD"))).isEqualTo(AlertGroup.ORDINARY);
  }

  @Test
  void aPersonInTwoGroupsGetsTheStricterLowerLine() {
    AlertLines l = lines2024();
    AlertGroup both = l.groupOf(Set.of("DIBAO", "STABLE_POST_POVERTY"));
    assertThat(both).isEqualTo(AlertGroup.LOW_INCOME);
    // 8,000 reaches the low-income line (7,300), not the stable post-poverty one (14,600)
    assertThat(l.crosses(new BigDecimal("8000.00"), both)).isTrue();

    // with multiples the other way round, the stable post-poverty line is the stricter one
    AlertLines reversed =
        new AlertLines(
            new BigDecimal("7300.00"),
            new BigDecimal("2.0"),
            LOW,
            new BigDecimal("1.0"),
            STABLE,
            new BigDecimal("20820.00"));
    assertThat(reversed.groupOf(Set.of("DIBAO", "STABLE_POST_POVERTY")))
        .isEqualTo(AlertGroup.STABLE_POST_POVERTY);
    assertThat(reversed.strictestFirst())
        .containsExactly(AlertGroup.STABLE_POST_POVERTY, AlertGroup.LOW_INCOME);
  }

  @Test
  void equalLinesGoToTheFirstGroup() {
    AlertLines l =
        new AlertLines(
            new BigDecimal("7300.00"),
            new BigDecimal("1.0"),
            LOW,
            new BigDecimal("1.0"),
            STABLE,
            new BigDecimal("20820.00"));
    assertThat(l.groupOf(Set.of("DIBAO", "STABLE_POST_POVERTY"))).isEqualTo(AlertGroup.LOW_INCOME);
  }

  @ParameterizedTest(name = "{0}–{1} in 2024: {2}")
  @CsvSource({
    "2024-01-01, , true",
    "2024-12-31, , true",
    "2025-01-01, , false",
    "2020-05-01, 2023-12-31, false",
    "2020-05-01, 2024-01-01, true",
    "2024-06-01, 2024-06-30, true"
  })
  void anIdentityCountsWhenHeldAtAnyTimeInTheYear(LocalDate from, LocalDate to, boolean held) {
    assertThat(AlertLines.heldIn(from, to, 2024)).isEqualTo(held);
  }
}
