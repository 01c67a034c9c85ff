package org.canbao.incentives.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.canbao.incentives.api.Light;
import org.junit.jupiter.api.Test;

class RankingAndScorecardTest {
  @Test
  void equalCompletionSharesARankAndTheNextRankSkips() {
    Map<Long, Integer> ranks =
        Ranking.rank(
            List.of(
                new Ranking.Entry(1, 90, 100),
                new Ranking.Entry(2, 180, 200), // 90%: ties with 1
                new Ranking.Entry(3, 99, 100),
                new Ranking.Entry(4, 50, 100),
                new Ranking.Entry(5, 0, 0))); // no target: no rank
    assertThat(ranks).containsExactlyInAnyOrderEntriesOf(Map.of(3L, 1, 1L, 2, 2L, 2, 4L, 4));
  }

  @Test
  void completionIsComparedExactlyNotAsRoundedPercentages() {
    // 2/3 = 66.666…% and 6667/10000 = 66.67%: shown alike, ranked apart
    Map<Long, Integer> ranks =
        Ranking.rank(List.of(new Ranking.Entry(1, 2, 3), new Ranking.Entry(2, 6667, 10000)));
    assertThat(ranks).containsExactlyInAnyOrderEntriesOf(Map.of(2L, 1, 1L, 2));
  }

  @Test
  void lightsByTheYearsThresholdsEdgesInclusive() {
    Scorecard card = new Scorecard(new BigDecimal("95"), new BigDecimal("80"));
    assertThat(card.light(95, 100)).isEqualTo(Light.GREEN);
    assertThat(card.light(9499, 10000)).isEqualTo(Light.YELLOW);
    assertThat(card.light(80, 100)).isEqualTo(Light.YELLOW);
    assertThat(card.light(7999, 10000)).isEqualTo(Light.RED);
    assertThat(card.light(0, 0)).isEqualTo(Light.NONE);
  }
}
