package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.InsuranceStatus;
import org.canbao.enrollment.api.InsuranceStatusFacade;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.reporting.api.FollowUpFacade;
import org.canbao.reporting.api.StatusCheckAnswer;
import org.canbao.reporting.api.StatusCheckFacade;
import org.canbao.reporting.api.StatusCheckLimitExceeded;
import org.canbao.reporting.api.StatusCheckLogEntry;
import org.canbao.reporting.api.StatusCheckRequest;
import org.canbao.reporting.api.StatusCheckResult;
import org.canbao.reporting.domain.HospitalReport;
import org.canbao.reporting.domain.StatusCheck;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryGroup;
import org.canbao.subsidies.api.CategoryView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a check from enrollment's benefit periods ({@link InsuranceStatusFacade}), logs it, and
 * files a follow-up item when a poor or low-income person is found uninsured.
 *
 * <p>Who counts as "poor or low-income" is data: the identity category groups named by {@code
 * canbao.status-check.follow-up-groups} (default: 低收入人口 and 脱贫人口, DOMAIN.md §3), for identities
 * valid on the day checked. The rate limit counts the account's logged checks of the last 60
 * seconds, so it holds across the nodes of a cluster (all write the same table).
 */
@Stateless
@Requires(Permission.CHECK_INSURANCE_STATUS)
public class StatusCheckService implements StatusCheckFacade {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject InsuranceStatusFacade statuses;
  @Inject CategoryFacade categories;
  @Inject RegionDirectory regions;
  @Inject FollowUpFacade followUps;

  @Inject
  @ConfigProperty(name = "canbao.status-check.per-minute", defaultValue = "30")
  int perMinute;

  @Inject
  @ConfigProperty(
      name = "canbao.status-check.follow-up-groups",
      defaultValue = "LOW_INCOME,POVERTY_ALLEVIATED")
  String followUpGroups;

  @Override
  public StatusCheckAnswer check(StatusCheckRequest request) {
    Caller who = caller.get();
    long recent =
        em.createQuery(
                "select count(c) from StatusCheck c where c.checkedBy = :u and c.checkedAt > :since",
                Long.class)
            .setParameter("u", who.username())
            .setParameter("since", Instant.now().minusSeconds(60))
            .getSingleResult();
    if (recent >= perMinute) {
      throw new StatusCheckLimitExceeded(perMinute);
    }
    if (request == null || request.idNumber() == null || request.idNumber().isBlank()) {
      throw new BusinessException("idNumber", "请填写身份证号码");
    }
    IdNumber id;
    try {
      id = IdNumber.parse(request.idNumber());
    } catch (BusinessException e) {
      throw new BusinessException("idNumber", "身份证号码有误：" + e.getMessage());
    }
    LocalDate today = LocalDate.now(CHINA);
    LocalDate day = request.date() == null ? today : request.date();
    if (day.isAfter(today)) {
      throw new BusinessException("date", "查询日期不能晚于今天（" + today + "）");
    }
    InsuranceStatus s = statuses.statusOn(id, day);
    StatusCheckResult result = StatusCheckResult.valueOf(s.state().name());
    StatusCheck check = new StatusCheck(who, id, day, result, s.benefitStart(), s.benefitEnd());
    em.persist(check);
    em.flush();
    if (result == StatusCheckResult.NOT_INSURED && s.personId() != null) {
      fileFollowUp(check, s, id);
    }
    return new StatusCheckAnswer(
        id.masked(),
        day,
        result,
        message(result, s.benefitStart()),
        result == StatusCheckResult.NOT_INSURED ? null : s.benefitStart(),
        result == StatusCheckResult.NOT_INSURED ? null : s.benefitEnd(),
        check.checkedAt());
  }

  static String message(StatusCheckResult result, LocalDate start) {
    return switch (result) {
      case INSURED -> "已参保";
      case WAITING -> "已参保，待遇自" + start + "起享受";
      case NOT_INSURED -> "未参保";
    };
  }

  /**
   * A poor or low-income person found uninsured: a report for their township (once a year), and an
   * item in their village's uninsured follow-up ledger (台账), marked as found by a hospital, where
   * the village officer follows it up like any other.
   */
  private void fileFollowUp(StatusCheck check, InsuranceStatus s, IdNumber id) {
    Set<CategoryGroup> groups =
        Arrays.stream(followUpGroups.split(","))
            .map(String::strip)
            .filter(g -> !g.isEmpty())
            .map(CategoryGroup::valueOf)
            .collect(Collectors.toSet());
    Map<String, CategoryView> byCode =
        categories.list(true).stream().collect(Collectors.toMap(CategoryView::code, c -> c));
    List<String> poor =
        s.categoryCodes().stream()
            .map(byCode::get)
            .filter(c -> c != null && groups.contains(c.group()))
            .map(CategoryView::name)
            .toList();
    if (poor.isEmpty()) {
      return;
    }
    boolean known =
        !em.createQuery(
                "select r.id from HospitalReport r where r.personId = :p and r.year = :y",
                Long.class)
            .setParameter("p", s.personId())
            .setParameter("y", check.day().getYear())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (known) {
      return;
    }
    RegionRef village = regions.find(s.villageId()).orElseThrow();
    RegionRef township =
        village.parentId() == null ? null : regions.find(village.parentId()).orElse(null);
    em.persist(new HospitalReport(check, s.personId(), village, township, String.join("、", poor)));
    followUps.reportFromHospital(id.value(), check.checkedBy(), check.day());
  }

  @Override
  @Requires(Permission.READ_STATUS_CHECK_LOG)
  public List<StatusCheckLogEntry> log(
      String username, String idNumber, LocalDate from, LocalDate to, int first, int max) {
    return log(username, idNumber, from, to, first, max, null, false);
  }

  @Override
  @Requires(Permission.READ_STATUS_CHECK_LOG)
  public List<StatusCheckLogEntry> log(
      String username,
      String idNumber,
      LocalDate from,
      LocalDate to,
      int first,
      int max,
      LogOrder order,
      boolean descending) {
    String by =
        order == null
            ? ""
            : switch (order) {
                  case CHECKED_AT -> "c.checkedAt";
                  case CHECKED_BY -> "c.checkerName";
                  case ORGANISATION -> "c.organisation";
                  case DATE -> "c.day";
                  case RESULT -> "c.result";
                }
                + (descending ? " desc nulls last, " : " asc nulls last, ");
    return logQuery(
            "select c",
            StatusCheck.class,
            username,
            idNumber,
            from,
            to,
            " order by " + by + "c.checkedAt desc, c.id desc")
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.min(Math.max(max, 1), 500))
        .getResultList()
        .stream()
        .map(
            c ->
                new StatusCheckLogEntry(
                    c.id(),
                    c.checkedAt(),
                    c.checkedBy(),
                    c.checkerName(),
                    c.organisation(),
                    IdNumber.mask(c.idNumber()),
                    c.day(),
                    c.result(),
                    c.benefitStart()))
        .toList();
  }

  @Override
  @Requires(Permission.READ_STATUS_CHECK_LOG)
  public long countLog(String username, String idNumber, LocalDate from, LocalDate to) {
    return logQuery("select count(c)", Long.class, username, idNumber, from, to, "")
        .getSingleResult();
  }

  private <T> TypedQuery<T> logQuery(
      String select,
      Class<T> type,
      String username,
      String idNumber,
      LocalDate from,
      LocalDate to,
      String order) {
    StringBuilder q =
        new StringBuilder(select).append(" from StatusCheck c where c.checkerPath like :scope");
    boolean byUser = username != null && !username.isBlank();
    boolean byId = idNumber != null && !idNumber.isBlank();
    if (byUser) {
      q.append(" and c.checkedBy = :u");
    }
    if (byId) {
      q.append(" and c.idNumber = :id");
    }
    if (from != null) {
      q.append(" and c.checkedAt >= :from");
    }
    if (to != null) {
      q.append(" and c.checkedAt < :to");
    }
    TypedQuery<T> query =
        em.createQuery(q.append(order).toString(), type)
            .setParameter("scope", caller.get().scope().likePattern());
    if (byUser) {
      query.setParameter("u", username.strip());
    }
    if (byId) {
      query.setParameter("id", idNumber.strip().toUpperCase());
    }
    if (from != null) {
      query.setParameter("from", from.atStartOfDay(CHINA).toInstant());
    }
    if (to != null) {
      query.setParameter("to", to.plusDays(1).atStartOfDay(CHINA).toInstant());
    }
    return query;
  }

  @Override
  public int perMinute() {
    return perMinute;
  }
}
