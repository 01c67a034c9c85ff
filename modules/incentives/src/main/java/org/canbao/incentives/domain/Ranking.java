package org.canbao.incentives.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 赛马比拼: areas ranked by completion of their target, best first. Equal completion shares a rank (1,
 * 2, 2, 4); an area without a target has no rank. Completion is compared exactly as fractions
 * (insured/target), not as rounded percentages.
 */
public final class Ranking {
  private Ranking() {}

  /** One area to rank: its key, people counted and target. */
  public record Entry(long areaId, long insured, long target) {}

  /** The rank of each area with a target. */
  public static Map<Long, Integer> rank(List<Entry> entries) {
    List<Entry> ranked = new ArrayList<>(entries.stream().filter(e -> e.target() > 0).toList());
    Comparator<Entry> byCompletion =
        (a, b) ->
            BigInteger.valueOf(b.insured())
                .multiply(BigInteger.valueOf(a.target()))
                .compareTo(
                    BigInteger.valueOf(a.insured()).multiply(BigInteger.valueOf(b.target())));
    ranked.sort(byCompletion.thenComparingLong(Entry::areaId));
    Map<Long, Integer> ranks = new HashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      boolean tie = i > 0 && byCompletion.compare(ranked.get(i - 1), ranked.get(i)) == 0;
      ranks.put(ranked.get(i).areaId(), tie ? ranks.get(ranked.get(i - 1).areaId()) : i + 1);
    }
    return ranks;
  }
}
