package org.canbao.incentives.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.canbao.incentives.api.Band;
import org.canbao.incentives.api.ProgressBoard;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.incentives.api.ProgressPoint;
import org.canbao.incentives.api.QuarterScore;
import org.canbao.incentives.api.VillageStanding;
import org.canbao.incentives.domain.Bands;
import org.canbao.incentives.domain.Bulletin;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;

/** Live progress; see {@link ProgressBoard}. */
@Stateless
@Requires(Permission.READ_PROGRESS)
public class ProgressBoardService implements ProgressBoard {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CampaignAreas areas;
  @Inject SettingsStore settings;
  @Inject ProgressCalculator calculator;

  @Override
  public List<ProgressLine> progress(int year, long areaId, LocalDate asOf) {
    RegionRef area = areas.area(areaId);
    return calculator.lines(
        year,
        area,
        asOf == null ? LocalDate.now(CHINA) : asOf,
        settings.forFigures(area, year).orElse(null),
        areas.visible(area));
  }

  @Override
  public VillageStanding standing(int year, long villageId, LocalDate asOf) {
    RegionRef village = areas.village(villageId);
    RegionRef township = areas.parentOf(village);
    LocalDate date = asOf == null ? LocalDate.now(CHINA) : asOf;
    ProgressLine own =
        calculator
            .lines(year, village, date, settings.forFigures(village, year).orElse(null))
            .stream()
            .filter(l -> l.level() == ProgressLine.Level.VILLAGE)
            .findFirst()
            .map(l -> l.withRank(null, null))
            .orElseThrow(() -> new NotFoundException("区域不存在：" + villageId));
    return calculator
        .latestBefore(year, township.id(), date.plusDays(1))
        .map(
            b -> {
              List<ProgressLine> ranked =
                  b.lines().stream()
                      .filter(l -> l.level() == ProgressLine.Level.VILLAGE && l.rank() != null)
                      .toList();
              Integer rank =
                  ranked.stream()
                      .filter(l -> l.areaId() == village.id())
                      .map(ProgressLine::rank)
                      .findFirst()
                      .orElse(null);
              return new VillageStanding(own, rank, ranked.size(), b.number(), b.asOf());
            })
        .orElse(new VillageStanding(own, null, null, null, null));
  }

  @Override
  public List<ProgressPoint> series(int year, long areaId) {
    return series(year, areaId, progress(year, areaId, LocalDate.now(CHINA)).get(0));
  }

  @Override
  public List<ProgressPoint> series(int year, long areaId, ProgressLine now) {
    if (now.level() != ProgressLine.Level.TOTAL || now.areaId() != areaId) {
      throw new IllegalArgumentException("not the total line of area " + areaId + ": " + now);
    }
    RegionRef area = areas.area(areaId);
    // a village's points are its lines in its township's bulletins
    boolean village = area.level() == RegionLevel.VILLAGE;
    List<ProgressPoint> points = new ArrayList<>();
    em.createQuery(
            "select b from Bulletin b where b.areaId = :a and b.year = :y and b.kind <> :end order by b.asOf, b.number",
            Bulletin.class)
        .setParameter("a", village ? area.parentId() : area.id())
        .setParameter("y", year)
        .setParameter("end", Bulletin.Kind.YEAR_END)
        .getResultStream()
        .forEach(
            b ->
                b.lines().stream()
                    .filter(
                        l ->
                            village
                                ? l.level() == ProgressLine.Level.VILLAGE && l.areaId() == area.id()
                                : l.level() == ProgressLine.Level.TOTAL)
                    .findFirst()
                    .ifPresent(
                        t ->
                            points.add(
                                new ProgressPoint(
                                    b.asOf(),
                                    t.insured(),
                                    t.target(),
                                    Bands.completion(t.insured(), t.target())))));
    LocalDate today = LocalDate.now(CHINA);
    points.removeIf(p -> p.date().equals(today));
    points.add(
        new ProgressPoint(
            today, now.insured(), now.target(), Bands.completion(now.insured(), now.target())));
    return points;
  }

  @Override
  public List<ProgressLine> quarterly(int year, long areaId, int quarter) {
    return progress(year, areaId, quarterEnd(year, quarter));
  }

  @Override
  public List<QuarterScore> quarterlyScores(int year, long areaId, int quarter) {
    RegionRef area = areas.area(areaId);
    Bands bands = new Bands(settings.saved(area, year).bands());
    LocalDate end = quarterEnd(year, quarter);
    return progress(year, areaId, end).stream()
        .filter(l -> l.level() == ProgressLine.Level.VILLAGE)
        .map(
            l -> {
              Band b = bands.bandFor(l.insured(), l.target());
              BigDecimal score =
                  l.target() <= 0 ? null : b == null ? BigDecimal.ZERO : b.scoreDelta();
              return new QuarterScore(
                  l.areaId(),
                  l.areaName(),
                  l.parentName(),
                  quarter,
                  end,
                  l.insured(),
                  l.target(),
                  l.completion(),
                  l.rank(),
                  b == null ? null : b.minCompletion(),
                  score);
            })
        .toList();
  }

  /** The last day of a quarter of the campaign (the calendar year before the insurance year). */
  static LocalDate quarterEnd(int insuranceYear, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new BusinessException("quarter", "季度应为1至4");
    }
    return LocalDate.of(insuranceYear - 1, quarter * 3, 1).plusMonths(1).minusDays(1);
  }
}
