package org.canbao.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.reporting.api.AlertGroup;
import org.canbao.reporting.api.AlertLinesData;
import org.canbao.reporting.domain.AlertLines;
import org.canbao.reporting.domain.AlertSettings;

/**
 * Finds the monitoring parameters in force for an area and year: the area's own, else those of the
 * nearest area above it (a township follows its district, a district without its own the city's).
 * Where none are saved for the year the screen is offered a proposal copied from the most recent
 * year saved on the area's path — every figure is what a district once entered, never a default of
 * the code — or an empty form.
 */
@ApplicationScoped
public class AlertSettingsStore {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject RegionDirectory regions;

  /** The ids on a region's path, the region itself first (/1/39/1077/ → 1077, 39, 1). */
  static List<Long> upwards(String path) {
    List<Long> ids =
        Arrays.stream(path.split("/"))
            .filter(s -> !s.isEmpty())
            .map(Long::valueOf)
            .collect(Collectors.toCollection(ArrayList::new));
    Collections.reverse(ids);
    return ids;
  }

  public Optional<AlertSettings> own(long areaId, int year) {
    return em.createQuery(
            "select s from AlertSettings s where s.areaId = :a and s.year = :y",
            AlertSettings.class)
        .setParameter("a", areaId)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }

  /** The nearest settings of the year on the area's path. */
  public Optional<AlertSettings> inForce(String areaPath, int year) {
    return nearest(areaPath, "s.year = :y", year, LockModeType.NONE);
  }

  /**
   * The same, locked until the transaction ends: two computations of one district run one after the
   * other.
   */
  public Optional<AlertSettings> inForceLocked(String areaPath, int year) {
    return nearest(areaPath, "s.year = :y", year, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<AlertSettings> nearest(
      String areaPath, String yearClause, int year, LockModeType lock) {
    List<Long> up = upwards(areaPath);
    List<AlertSettings> found =
        em.createQuery(
                "select s from AlertSettings s where " + yearClause + " and s.areaId in :ids",
                AlertSettings.class)
            .setParameter("y", year)
            .setParameter("ids", up)
            .setLockMode(lock)
            .getResultList();
    // the nearest area that has any; its latest year
    return found.stream()
        .min(
            Comparator.comparing((AlertSettings s) -> up.indexOf(s.areaId()))
                .thenComparing(AlertSettings::year, Comparator.reverseOrder()));
  }

  /**
   * The parameters as the screen shows them: in force, else the latest earlier year's as a proposal
   * (not saved), else an empty form.
   */
  public AlertLinesData data(RegionRef area, int year) {
    Optional<AlertSettings> inForce = inForce(area.path(), year);
    if (inForce.isPresent()) {
      AlertSettings s = inForce.get();
      return data(s, area, year, true, null, s.areaId() == area.id() ? null : name(s.areaId()));
    }
    return nearest(area.path(), "s.year < :y", year, LockModeType.NONE)
        .map(s -> data(s, area, year, false, name(s.areaId()) + s.year() + "年度", null))
        .orElseGet(
            () ->
                new AlertLinesData(
                    area.id(),
                    area.name(),
                    year,
                    null,
                    null,
                    Set.of(),
                    null,
                    Set.of(),
                    null,
                    null,
                    0,
                    0,
                    0,
                    0,
                    0,
                    null,
                    null,
                    false,
                    null,
                    null));
  }

  private String name(long areaId) {
    return regions.find(areaId).map(RegionRef::name).orElse(String.valueOf(areaId));
  }

  static AlertLinesData data(
      AlertSettings s,
      RegionRef area,
      int year,
      boolean saved,
      String proposedFrom,
      String inheritedFrom) {
    AlertLines lines = s.lines();
    return new AlertLinesData(
        area.id(),
        area.name(),
        year,
        s.monitoringStandard(),
        s.lowIncomeMultiple(),
        s.lowIncomeCategories(),
        s.stableMultiple(),
        s.stableCategories(),
        s.ordinaryLine(),
        s.basis(),
        s.pushDays(),
        s.verifyDays(),
        s.requestDays(),
        s.answerDays(),
        s.closeDays(),
        lines.line(AlertGroup.LOW_INCOME),
        lines.line(AlertGroup.STABLE_POST_POVERTY),
        saved,
        proposedFrom,
        inheritedFrom);
  }
}
