package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.EvidenceFile;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.reporting.api.AlertCounts;
import org.canbao.reporting.api.AlertDetail;
import org.canbao.reporting.api.AlertQuery;
import org.canbao.reporting.api.AlertRunView;
import org.canbao.reporting.api.AlertState;
import org.canbao.reporting.api.AlertView;
import org.canbao.reporting.api.MedicalAlertFacade;
import org.canbao.reporting.domain.AlertEvidence;
import org.canbao.reporting.domain.AlertRun;
import org.canbao.reporting.domain.MedicalAlert;

/**
 * Reading the return-to-poverty alerts inside the caller's area ({@link AlertAccess}), their counts
 * for leaders, the computations; computing an area's alerts again on request.
 */
@Stateless
@Requires(Permission.READ_MEDICAL_ALERTS)
public class MedicalAlertService implements MedicalAlertFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject AlertAccess access;
  @Inject AlertDetails details;
  @Inject EvidenceIntake intake;
  @Inject AlertComputation computation;

  @Override
  public long count(AlertQuery query) {
    return access
        .where(query, path(query.areaId()), "select count(a) from MedicalAlert a", "", Long.class)
        .getSingleResult();
  }

  @Override
  public List<AlertView> list(AlertQuery query, int first, int max) {
    List<MedicalAlert> alerts =
        access
            .where(
                query,
                path(query.areaId()),
                "select a from MedicalAlert a",
                " order by " + orderBy(query) + "a.villagePath, a.name, a.id",
                MedicalAlert.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, max), 500))
            .getResultList();
    return access.views(alerts);
  }

  /** The column the user sorted by, before the list's own order (which breaks ties). */
  private static String orderBy(AlertQuery q) {
    if (q.order() == null) {
      return "";
    }
    String column =
        switch (q.order()) {
          case VILLAGE -> "a.villagePath";
          case NAME -> "a.name";
          case GROUP -> "a.group";
          case SELF_BURDEN -> "a.selfBurden";
          case LINE -> "a.lineAmount";
          case STATE -> "a.state";
          case DUE_ON -> "a.dueOn";
        };
    return column + (q.descending() ? " desc nulls last, " : " asc nulls last, ");
  }

  @Override
  public AlertDetail get(long id) {
    return details.of(access.visible(id));
  }

  @Override
  public AlertCounts counts(int year, long areaId) {
    RegionRef area = area(areaId);
    List<Object[]> rows =
        access
            .where(
                new AlertQuery(year, areaId, null, null, false, null),
                area.path(),
                "select a.villagePath, a.state, count(a), sum(case when a.state <> :closed"
                    + " and a.dueOn < :today then 1 else 0 end) from MedicalAlert a",
                " group by a.villagePath, a.state",
                Object[].class)
            .setParameter("closed", AlertState.CLOSED)
            .setParameter("today", AlertAccess.today())
            .getResultList();
    Map<Long, Map<AlertState, Long>> byArea = new LinkedHashMap<>();
    Map<Long, Long> overdue = new LinkedHashMap<>();
    for (Object[] r : rows) {
      long part = partOf(area, (String) r[0]);
      byArea
          .computeIfAbsent(part, k -> new EnumMap<>(AlertState.class))
          .merge((AlertState) r[1], (Long) r[2], Long::sum);
      overdue.merge(part, ((Number) r[3]).longValue(), Long::sum);
    }
    List<AlertCounts.AreaCount> lines =
        byArea.entrySet().stream()
            .map(e -> line(e.getKey(), e.getValue(), overdue.get(e.getKey())))
            .sorted(java.util.Comparator.comparing(AlertCounts.AreaCount::areaName))
            .toList();
    Map<AlertState, Long> all = new EnumMap<>(AlertState.class);
    lines.forEach(l -> l.byState().forEach((s, n) -> all.merge(s, n, Long::sum)));
    AlertCounts.AreaCount total =
        new AlertCounts.AreaCount(
            area.id(),
            "合计",
            all,
            lines.stream().mapToLong(AlertCounts.AreaCount::overdue).sum(),
            lines.stream().mapToLong(AlertCounts.AreaCount::all).sum());
    return new AlertCounts(year, area.id(), area.name(), lines, total);
  }

  /** The area right below {@code area} on a village's path (a district's township), or itself. */
  private static long partOf(RegionRef area, String villagePath) {
    String rest = villagePath.substring(area.path().length());
    int slash = rest.indexOf('/');
    return slash <= 0 ? area.id() : Long.parseLong(rest.substring(0, slash));
  }

  private AlertCounts.AreaCount line(long areaId, Map<AlertState, Long> byState, long overdue) {
    return new AlertCounts.AreaCount(
        areaId,
        regions.find(areaId).map(RegionRef::name).orElse(String.valueOf(areaId)),
        byState,
        overdue,
        byState.values().stream().mapToLong(Long::longValue).sum());
  }

  @Override
  public Optional<AlertRunView> lastRun(int year, long areaId) {
    RegionRef area = area(areaId);
    return em.createQuery(
            "select r from AlertRun r where r.year = :y and (r.areaPath like :below"
                + " or locate(r.areaPath, :path) = 1) order by r.id desc",
            AlertRun.class)
        .setParameter("y", year)
        .setParameter("below", area.path() + "%")
        .setParameter("path", area.path())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(AlertComputation::view);
  }

  @Override
  @Requires(Permission.PUSH_MEDICAL_ALERTS)
  public AlertRunView compute(int year, long areaId) {
    Caller c = caller.get();
    return computation.run(year, area(areaId), null, c.username());
  }

  @Override
  public EvidenceFile evidence(long evidenceId) {
    AlertEvidence e = em.find(AlertEvidence.class, evidenceId);
    if (e == null) {
      throw new NotFoundException("找不到佐证材料" + evidenceId);
    }
    access.visible(e.alertId());
    return new EvidenceFile(e.fileName(), e.contentType(), intake.read(e));
  }

  /** The path of an area inside the caller's (null: the caller's own). */
  private String path(Long areaId) {
    return areaId == null ? caller.get().scope().regionPath() : area(areaId).path();
  }

  private RegionRef area(long areaId) {
    RegionRef area =
        regions.find(areaId).orElseThrow(() -> new NotFoundException("找不到区域" + areaId));
    caller.get().scope().check(area.path());
    return area;
  }
}
