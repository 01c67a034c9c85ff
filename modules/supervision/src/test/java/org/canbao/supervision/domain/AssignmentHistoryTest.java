package org.canbao.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fuling's groups and townships (shared/data/fuling-supervision-areas.csv), in ids: two groups ×
 * five townships, and the two urban streets the notice leaves without a group (敦仁街道, 崇义街道).
 */
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
    h.apply(
        plan(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L)), areas, Set.of(), START);
    assertThat(h.groupOn(3, START)).contains(1L);
    assertThat(h.groupOn(10, LocalDate.of(2022, 12, 1))).contains(2L);
    assertThat(h.groupOn(10, START.minusDays(1))).isEmpty();
  }

  @Test
  void uncoveredAndDoubleCoveredAreasAreNamed() {
    AssignmentHistory h = new AssignmentHistory(List.of());
    assertThatThrownBy(
            () ->
                h.apply(
                    plan(List.of(1L, 2L, 3L, 4L), List.of(4L, 6L, 7L, 8L, 9L, 10L)),
                    areas,
                    Set.of(),
                    START))
        .hasMessageContaining("无督导组负责的有百胜镇")
        .hasMessageContaining("被多个督导组同时负责的有珍溪镇");
    assertThat(h.periods()).isEmpty();
  }

  @Test
  void aReassignmentMidYearKeepsTheHistory() {
    AssignmentHistory h = new AssignmentHistory(List.of());
    h.apply(
        plan(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L)), areas, Set.of(), START);
    LocalDate change = LocalDate.of(2022, 12, 1);
    List<AssignmentHistory.Period> changed =
        h.apply(
            plan(List.of(1L, 2L, 3L, 4L), List.of(5L, 6L, 7L, 8L, 9L, 10L)),
            areas,
            Set.of(),
            change);
    assertThat(changed).hasSize(2);
    assertThat(h.groupOn(5, LocalDate.of(2022, 11, 30))).contains(1L);
    assertThat(h.groupOn(5, change)).contains(2L);
    assertThat(h.groupOn(6, change)).contains(2L);
    assertThatThrownBy(
            () ->
                h.apply(
                    plan(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L)),
                    areas,
                    Set.of(),
                    change))
        .hasMessageContaining("百胜镇的调整日期须晚于");
  }

  private static final long DUNREN = 11;
  private static final long CHONGYI = 12;

  /** The district's areas with the two streets the notice does not name. */
  private Map<Long, String> withStreets() {
    Map<Long, String> all = new LinkedHashMap<>(areas);
    all.put(DUNREN, "敦仁街道");
    all.put(CHONGYI, "崇义街道");
    return all;
  }

  @Test
  void areasMarkedOutOfScopeNeedNoGroup() {
    AssignmentHistory h = new AssignmentHistory(List.of());
    h.apply(
        plan(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L)),
        withStreets(),
        Set.of(DUNREN, CHONGYI),
        START);
    assertThat(h.groupOn(DUNREN, START)).isEmpty();
    assertThat(h.groupOn(10, START)).contains(2L);
  }

  @Test
  void unmarkedUncoveredAreasAreStillNamed() {
    AssignmentHistory h = new AssignmentHistory(List.of());
    assertThatThrownBy(
            () ->
                h.apply(
                    plan(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L)),
                    withStreets(),
                    Set.of(DUNREN),
                    START))
        .hasMessageContaining("无督导组负责的有崇义街道；")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("敦仁街道"));
    assertThat(h.periods()).isEmpty();
  }

  @Test
  void aGroupForAnAreaMarkedOutOfScopeIsRefusedNamingTheArea() {
    AssignmentHistory h = new AssignmentHistory(List.of());
    assertThatThrownBy(
            () ->
                h.apply(
                    plan(
                        List.of(1L, 2L, 3L, 4L, 5L, DUNREN), List.of(6L, 7L, 8L, 9L, 10L, CHONGYI)),
                    withStreets(),
                    Set.of(DUNREN, CHONGYI),
                    START))
        .hasMessageContaining("敦仁街道、崇义街道已标记为不在本年度督导范围内");
    assertThat(h.periods()).isEmpty();
  }

  @Test
  void anAreaMarkedOutOfScopeLeavesItsGroupTheDayBeforeTheMarkTakesEffect() {
    AssignmentHistory h = new AssignmentHistory(List.of());
    h.apply(
        plan(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L, DUNREN, CHONGYI)),
        withStreets(),
        Set.of(),
        START);
    LocalDate marked = LocalDate.of(2023, 3, 1);
    assertThat(h.release(DUNREN, "敦仁街道", marked))
        .contains(new AssignmentHistory.Period(DUNREN, 2L, START, marked.minusDays(1)));
    assertThat(h.groupOn(DUNREN, marked.minusDays(1))).contains(2L);
    assertThat(h.groupOn(DUNREN, marked)).isEmpty();
    assertThat(h.release(DUNREN, "敦仁街道", marked)).isEmpty();
    assertThatThrownBy(() -> h.release(CHONGYI, "崇义街道", null))
        .hasMessageContaining("崇义街道现有督导组负责，请填写生效日期");

    // a plan saved after a mark (its group not yet ended) ends it too
    h.apply(
        plan(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L)),
        withStreets(),
        Set.of(DUNREN, CHONGYI),
        marked);
    assertThat(h.groupOn(CHONGYI, marked.minusDays(1))).contains(2L);
    assertThat(h.groupOn(CHONGYI, marked)).isEmpty();
    assertThat(h.groupOn(10, marked)).contains(2L);
  }
}
