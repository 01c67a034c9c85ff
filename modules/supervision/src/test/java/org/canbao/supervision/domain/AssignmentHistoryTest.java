package org.canbao.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fuling's five groups × five townships (shared/data/fuling-supervision-areas.csv), in ids. */
class AssignmentHistoryTest {
  private static final LocalDate START = LocalDate.of(2022, 10, 1);
  private final Map<Long, String> areas = new LinkedHashMap<>();

  AssignmentHistoryTest() {
    String[] names = {"马鞍街道", "李渡街道", "义和街道", "珍溪镇", "百胜镇", "龙桥街道", "蔺市街道", "新妙镇", "石沱镇", "增福镇"};
    for (int i = 0; i < names.length; i++) {
      areas.put((long) i + 1, names[i]);
    }
  }

  private static Map<Long, List<Long>> plan(List<Long> group1, List<Long> group2) {
    return Map.of(1L, group1, 2L, group2);
  }

  @Test
  void everyAreaExactlyOnce() {
    AssignmentHistory h = new AssignmentHistory(List.of());
    h.apply(plan(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L)), areas, START);
    assertThat(h.groupOn(3, START)).contains(1L);
    assertThat(h.groupOn(10, LocalDate.of(2022, 12, 1))).contains(2L);
    assertThat(h.groupOn(10, START.minusDays(1))).isEmpty();
  }

  @Test
  void uncoveredAndDoubleCoveredAreasAreNamed() {
    AssignmentHistory h = new AssignmentHistory(List.of());
    assertThatThrownBy(() -> h.apply(plan(List.of(1L, 2L, 3L, 4L), List.of(4L, 6L, 7L, 8L, 9L, 10L)), areas, START))
        .hasMessageContaining("无督导组负责的有百胜镇")
        .hasMessageContaining("被多个督导组同时负责的有珍溪镇");
    assertThat(h.periods()).isEmpty();
  }

  @Test
  void aReassignmentMidYearKeepsTheHistory() {
    AssignmentHistory h = new AssignmentHistory(List.of());
    h.apply(plan(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L)), areas, START);
    LocalDate change = LocalDate.of(2022, 12, 1);
    List<AssignmentHistory.Period> changed = h.apply(plan(List.of(1L, 2L, 3L, 4L), List.of(5L, 6L, 7L, 8L, 9L, 10L)), areas, change);
    assertThat(changed).hasSize(2);
    assertThat(h.groupOn(5, LocalDate.of(2022, 11, 30))).contains(1L);
    assertThat(h.groupOn(5, change)).contains(2L);
    assertThat(h.groupOn(6, change)).contains(2L);
    assertThatThrownBy(() -> h.apply(plan(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L)), areas, change))
        .hasMessageContaining("百胜镇的调整日期须晚于");
  }
}
