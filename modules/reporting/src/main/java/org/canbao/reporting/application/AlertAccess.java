package org.canbao.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Role;
import org.canbao.reporting.api.AlertQuery;
import org.canbao.reporting.api.AlertState;
import org.canbao.reporting.api.AlertView;
import org.canbao.reporting.domain.AlertHelpRequest;
import org.canbao.reporting.domain.MedicalAlert;

/**
 * Who sees which alerts (DOMAIN.md §1: a user sees only data inside their unit), for every read and
 * write of them: the alerts of people registered inside the caller's area — a township its own,
 * never another township's; the district and leaders all of theirs — and, for a department's
 * account (a department list provider and nothing broader), only the alerts help was asked of its
 * department for (its organisation 永川区民政局 names the department 民政局). Full ID numbers for those who
 * work with individuals ({@link Permission#READ_FULL_ID_NUMBERS}), masked for the others, on screen
 * and in every export alike.
 */
@ApplicationScoped
public class AlertAccess {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;

  /** The organisation of a caller who sees alerts as a department only; null for everyone else. */
  static String departmentOnly(Caller c) {
    if (!c.has(Role.DEPARTMENT_PROVIDER)
        || c.hasAny(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OFFICER, Role.LEADER)) {
      return null;
    }
    return c.organisation() == null ? "" : c.organisation().strip();
  }

  static LocalDate today() {
    return LocalDate.now(CHINA);
  }

  /** An alert the caller may see; refused as outside their area otherwise. */
  public MedicalAlert visible(long id) {
    MedicalAlert a = em.find(MedicalAlert.class, id);
    if (a == null) {
      throw new NotFoundException("找不到预警" + id);
    }
    Caller c = caller.get();
    if (!c.scope().coversPeopleAt(a.villagePath())) {
      throw AccessDeniedException.outsideArea();
    }
    String department = departmentOnly(c);
    if (department != null
        && help(List.of(id)).getOrDefault(id, List.of()).stream()
            .noneMatch(h -> h.addressedTo(department))) {
      throw new AccessDeniedException("该预警未向您的单位申请帮扶，无权查看");
    }
    return a;
  }

  /** The help asked for these alerts, by alert. */
  public Map<Long, List<AlertHelpRequest>> help(List<Long> alertIds) {
    if (alertIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select h from AlertHelpRequest h where h.alertId in :ids order by h.id",
            AlertHelpRequest.class)
        .setParameter("ids", alertIds)
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(AlertHelpRequest::alertId));
  }

  /**
   * The alerts of a query the caller may see: {@code select} and {@code order} around its filter.
   */
  public <T> TypedQuery<T> where(
      AlertQuery q, String areaPath, String select, String order, Class<T> type) {
    Caller c = caller.get();
    StringBuilder jpql =
        new StringBuilder(select).append(" where a.year = :y and a.villagePath like :p");
    if (c.scope().narrowedTo() != null) {
      // callers narrowed to some areas of their region (supervision members) hold no alert
      // permission; should one be given it, they see none rather than their whole township
      jpql.append(" and 1 = 0");
    }
    String department = departmentOnly(c);
    if (department != null) {
      jpql.append(
          " and exists (select h.id from AlertHelpRequest h where h.alertId = a.id"
              + " and locate(h.department, :org) > 0)");
    }
    if (q.state() != null) {
      jpql.append(" and a.state = :s");
    }
    if (q.group() != null) {
      jpql.append(" and a.group = :g");
    }
    if (q.overdueOnly()) {
      jpql.append(" and a.state <> :closed and a.dueOn < :today");
    }
    String text = q.text() == null || q.text().isBlank() ? null : q.text().strip();
    if (text != null) {
      jpql.append(" and (a.name like :t or a.idNumber = :id)");
    }
    TypedQuery<T> tq =
        em.createQuery(jpql + order, type)
            .setParameter("y", q.year())
            .setParameter("p", areaPath + "%");
    if (department != null) {
      tq.setParameter("org", department.isEmpty() ? "（未填写单位）" : department);
    }
    if (q.state() != null) {
      tq.setParameter("s", q.state());
    }
    if (q.group() != null) {
      tq.setParameter("g", q.group());
    }
    if (q.overdueOnly()) {
      tq.setParameter("closed", AlertState.CLOSED).setParameter("today", today());
    }
    if (text != null) {
      tq.setParameter("t", "%" + text + "%").setParameter("id", text.toUpperCase(Locale.ROOT));
    }
    return tq;
  }

  /** The alerts as the caller sees them, with village, township and the departments asked. */
  public List<AlertView> views(List<MedicalAlert> alerts) {
    Map<Long, List<AlertHelpRequest>> help = help(alerts.stream().map(MedicalAlert::id).toList());
    Map<Long, RegionRef> found = new HashMap<>();
    boolean full = caller.get().may(Permission.READ_FULL_ID_NUMBERS);
    LocalDate today = today();
    List<AlertView> views = new ArrayList<>(alerts.size());
    for (MedicalAlert a : alerts) {
      RegionRef village = region(found, a.villageId());
      RegionRef township =
          village == null || village.parentId() == null ? null : region(found, village.parentId());
      views.add(
          new AlertView(
              a.id(),
              a.year(),
              full ? a.idNumber() : IdNumber.mask(a.idNumber()),
              a.name(),
              a.villageId(),
              village == null ? String.valueOf(a.villageId()) : village.name(),
              township == null ? "" : township.name(),
              a.group(),
              a.lineAmount(),
              a.selfBurden(),
              a.selfPaid(),
              a.selfFunded(),
              a.totalCost(),
              a.basicInsurance(),
              a.criticalIllness(),
              a.medicalAssistance(),
              a.throughMonth(),
              a.overLine(),
              a.state(),
              a.stateBy(),
              a.stateSince(),
              a.dueOn(),
              a.overdue(today),
              help.getOrDefault(a.id(), List.of()).stream()
                  .map(AlertHelpRequest::department)
                  .collect(Collectors.joining("、")),
              a.createdAt()));
    }
    return views;
  }

  private RegionRef region(Map<Long, RegionRef> found, long id) {
    return found.computeIfAbsent(id, k -> regions.find(k).orElse(null));
  }
}
