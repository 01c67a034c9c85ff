package org.canbao.incentives.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.canbao.enrollment.api.ProgressFacade;
import org.canbao.enrollment.api.VillageFigures;
import org.canbao.incentives.api.Light;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.incentives.api.ProgressLine.Level;
import org.canbao.incentives.domain.Bulletin;
import org.canbao.incentives.domain.CampaignSettings;
import org.canbao.incentives.domain.Ranking;
import org.canbao.incentives.domain.Scorecard;
import org.canbao.incentives.domain.Target;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;

/**
 * Progress lines of an area as of a date: enrollment's figures per village (read through its API),
 * against this module's targets; townships and the total summed from their villages, so every total
 * is the sum of its parts; villages and townships ranked among themselves; lights by the year's
 * thresholds; the change of rank against the area's latest bulletin before the date. Today's
 * figures come from the read model {@link TodayFigures} when the caller sees the whole area.
 */
@ApplicationScoped
public class ProgressCalculator {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject ProgressFacade enrollment;
  @Inject TodayFigures today;
  @Inject CampaignAreas areas;

  public List<ProgressLine> lines(
      int year, RegionRef area, LocalDate asOf, CampaignSettings settings) {
    return lines(year, area, asOf, settings, null);
  }

  /**
   * The lines as a caller who sees only some villages of the area reads them ({@code visible}:
   * their ids; null: all): villages ranked among all of the area's, totals summed from the visible
   * ones.
   */
  public List<ProgressLine> lines(
      int year, RegionRef area, LocalDate asOf, CampaignSettings settings, Set<Long> visible) {
    // without settings (none saved in any year): no sub-target categories, no lights, no sub-target
    // check
    Set<String> low = settings == null ? Set.of() : settings.lowIncomeCategories();
    Set<String> poor = settings == null ? Set.of() : settings.povertyCategories();
    List<VillageFigures> figures =
        asOf.equals(LocalDate.now(ProgressBoardService.CHINA)) && areas.seesAllOf(area)
            ? today.villages(year, area, asOf, low, poor)
            : enrollment.villages(year, area.id(), asOf, low, poor);
    BigDecimal lowRequired = settings == null ? null : settings.lowIncomeRate();
    BigDecimal poorRequired = settings == null ? null : settings.povertyRate();
    Map<Long, Long> targets = new HashMap<>();
    em.createQuery(
            "select t from Target t where t.year = :y and t.villagePath like :p", Target.class)
        .setParameter("y", year)
        .setParameter("p", area.path() + "%")
        .getResultStream()
        .forEach(t -> targets.put(t.villageId(), t.targetCount()));
    Map<Long, Integer> previous = previousRanks(year, area, asOf);
    Scorecard card = settings == null ? null : settings.scorecard();

    List<ProgressLine> villages = new ArrayList<>();
    Map<Long, long[]> townships = new LinkedHashMap<>();
    Map<Long, String> townshipNames = new LinkedHashMap<>();
    long[] total = new long[11];
    for (VillageFigures f : figures) {
      long target = targets.getOrDefault(f.villageId(), 0L);
      long[] sums = {
        f.registered(),
        target,
        f.resident(),
        f.employee(),
        f.outside(),
        f.lowIncome(),
        f.lowIncomeInsured(),
        f.povertyAlleviated(),
        f.povertyAlleviatedInsured()
      };
      villages.add(
          line(
              Level.VILLAGE,
              f.villageId(),
              f.villageName(),
              f.townshipName(),
              sums,
              light(card, f.insured(), target),
              lowRequired,
              poorRequired));
      if (visible != null && !visible.contains(f.villageId())) {
        continue;
      }
      add(townships.computeIfAbsent(f.townshipId(), k -> new long[11]), sums);
      add(total, sums);
      townshipNames.put(f.townshipId(), f.townshipName());
    }
    List<ProgressLine> townshipLines = new ArrayList<>();
    townships.forEach(
        (id, s) ->
            townshipLines.add(
                line(
                    Level.TOWNSHIP,
                    id,
                    townshipNames.get(id),
                    area.name(),
                    s,
                    light(card, s[2] + s[3] + s[4], s[1]),
                    lowRequired,
                    poorRequired)));
    List<ProgressLine> out = new ArrayList<>();
    out.add(
        line(
            Level.TOTAL,
            area.id(),
            area.name(),
            null,
            total,
            light(card, total[2] + total[3] + total[4], total[1]),
            lowRequired,
            poorRequired));
    if (area.level() == RegionLevel.DISTRICT || area.level() == RegionLevel.CITY) {
      out.addAll(ranked(townshipLines, previous));
    }
    out.addAll(
        ranked(villages, previous).stream()
            .filter(l -> visible == null || visible.contains(l.areaId()))
            .toList());
    return out;
  }

  private static void add(long[] into, long[] values) {
    for (int i = 0; i < values.length; i++) {
      into[i] += values[i];
    }
  }

  private static Light light(Scorecard card, long insured, long target) {
    return card == null ? Light.NONE : card.light(insured, target);
  }

  /** A line of summed figures, unranked, with its light and whether its sub-targets are met. */
  private static ProgressLine line(
      Level level,
      long id,
      String name,
      String parent,
      long[] s,
      Light light,
      BigDecimal lowRequired,
      BigDecimal poorRequired) {
    return new ProgressLine(
        level,
        id,
        name,
        parent,
        s[0],
        s[1],
        s[2],
        s[3],
        s[4],
        s[5],
        s[6],
        s[7],
        s[8],
        null,
        null,
        light,
        ProgressLine.met(s[6], s[5], lowRequired),
        ProgressLine.met(s[8], s[7], poorRequired));
  }

  /** The lines with their rank among each other and the change against the previous ranks. */
  static List<ProgressLine> ranked(List<ProgressLine> lines, Map<Long, Integer> previous) {
    Map<Long, Integer> ranks =
        Ranking.rank(
            lines.stream()
                .map(l -> new Ranking.Entry(l.areaId(), l.insured(), l.target()))
                .toList());
    return lines.stream()
        .map(
            l -> {
              Integer rank = ranks.get(l.areaId());
              Integer before = previous.get(l.areaId());
              Integer change = rank == null || before == null ? null : before - rank;
              return l.withRank(rank, change);
            })
        .sorted(
            Comparator.comparing(
                    ProgressLine::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ProgressLine::areaName))
        .toList();
  }

  /** The ranks of the latest bulletin of the area taken before {@code asOf}'s end, by area. */
  Map<Long, Integer> previousRanks(int year, RegionRef area, LocalDate asOf) {
    Optional<Bulletin> last = latestBefore(year, area.id(), asOf);
    Map<Long, Integer> ranks = new HashMap<>();
    last.ifPresent(
        b ->
            b.lines().stream()
                .filter(l -> l.rank() != null)
                .forEach(l -> ranks.put(l.areaId(), l.rank())));
    return ranks;
  }

  Optional<Bulletin> latestBefore(int year, long areaId, LocalDate asOf) {
    return em.createQuery(
            "select b from Bulletin b where b.areaId = :a and b.year = :y and b.asOf < :d and b.kind <> :end order by b.asOf desc, b.number desc",
            Bulletin.class)
        .setParameter("a", areaId)
        .setParameter("y", year)
        .setParameter("d", asOf)
        .setParameter("end", Bulletin.Kind.YEAR_END)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
