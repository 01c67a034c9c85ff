package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.EvidenceFile;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.reporting.api.CrossCheckKind;
import org.canbao.reporting.api.CrossCheckResult;
import org.canbao.reporting.api.FollowUpFacade;
import org.canbao.reporting.api.FollowUpQuery;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.api.FollowUpStatus;
import org.canbao.reporting.api.FollowUpView;
import org.canbao.reporting.domain.CrossCheckRule;
import org.canbao.reporting.domain.FollowUpEvidence;
import org.canbao.reporting.domain.FollowUpItem;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;

/**
 * The cross-checks and the follow-up ledger, inside the caller's area: a village officer sees,
 * works and downloads the evidence of their village's items only; the township reviews its
 * villages'. Every change goes through audited entities (Envers), so the audit log shows who set
 * what and when.
 */
@Stateless
@Requires(Permission.READ_FOLLOW_UP)
public class FollowUpService implements FollowUpFacade {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject CrossCheckViews views;
  @Inject CrossCheckStore crossChecks;
  @Inject EvidenceIntake intake;
  @Inject CategoryFacade categoryFacade;

  @Override
  @Requires(Permission.RUN_CROSS_CHECK)
  public CrossCheckResult crossCheck(CrossCheckKind kind, int year, long areaId, String month) {
    Caller c = caller.get();
    RegionRef area =
        regions.find(areaId).orElseThrow(() -> new NotFoundException("找不到区域" + areaId));
    c.scope().check(area.path());
    if (kind == null || kind == CrossCheckKind.HOSPITAL) {
      throw new BusinessException("kind", "请选择比对类型（户籍人口、部门名单、新识别人员、职工医保断保或大学生参保）");
    }
    Instant now = Instant.now();
    if (kind == CrossCheckKind.REGISTER) {
      return register(year, area, c.username(), now);
    }
    LocalDate today = LocalDate.now(CHINA);
    if (kind == CrossCheckKind.COLLEGE) {
      CrossCheckRule.requireCollegeCheckOpen(year, today);
    }
    Set<Long> insured = views.insured(area.path(), year);
    Map<Long, List<String>> lists =
        switch (kind) {
          case DEPARTMENT -> views.identities(area.path(), today);
          case NEW_POOR -> {
            YearMonth m = month(month);
            yield views.identifiedBetween(area.path(), m.atDay(1), m.atEndOfMonth());
          }
          case EMPLOYEE_LAPSE ->
              views.employeeStoppedBy(
                  area.path(),
                  year,
                  CrossCheckRule.lapseMonth(month(month), year, today).atEndOfMonth());
          case COLLEGE -> views.collegeStudents(area.path(), year);
          default -> null;
        };
    // the tracking checks compare only the people their list names; their list is no identity
    // category
    boolean listsCategories = kind == CrossCheckKind.DEPARTMENT || kind == CrossCheckKind.NEW_POOR;
    String identified = kind == CrossCheckKind.NEW_POOR ? month(month).toString() : null;
    List<CrossCheckViews.Registered> compared =
        views.registered(area.path()).stream()
            .filter(p -> lists == null || lists.containsKey(p.personId()))
            .toList();
    Map<Long, FollowUpItem> existing = items(year, area.path());
    // people who moved into the area since an earlier check have their item under their old village
    itemsOf(
            year,
            compared.stream()
                .map(CrossCheckViews.Registered::personId)
                .filter(id -> !existing.containsKey(id))
                .toList())
        .forEach(f -> existing.put(f.personId(), f));
    int uninsured = 0;
    int added = 0;
    int kept = 0;
    int nowInsured = 0;
    for (CrossCheckViews.Registered p : compared) {
      FollowUpItem item = existing.get(p.personId());
      if (!CrossCheckRule.uninsured(insured.contains(p.personId()))) {
        if (item != null && item.insuredNow(c.username(), now)) {
          nowInsured++;
        }
        continue;
      }
      uninsured++;
      String categories =
          lists == null || !listsCategories ? null : String.join("、", lists.get(p.personId()));
      FollowUpItem.FoundPerson found =
          new FollowUpItem.FoundPerson(
              p.personId(),
              p.idNumber(),
              p.name(),
              p.villageId(),
              p.villagePath(),
              p.status(),
              categories,
              identified);
      if (item == null) {
        em.persist(new FollowUpItem(year, found, kind, c.username(), now));
        added++;
      } else {
        item.refresh(found, kind, now);
        item.reopenIfEnrolled(c.username(), now);
        kept++;
      }
    }
    em.flush();
    return new CrossCheckResult(
        kind, year, area.id(), area.name(), compared.size(), uninsured, added, kept, nowInsured);
  }

  /**
   * The register check in set-based SQL ({@link CrossCheckStore}): the same rules as the loop
   * above, one revision for the run with an audit row per item it created or changed.
   */
  private CrossCheckResult register(int year, RegionRef area, String by, Instant now) {
    em.flush(); // nothing of the ledger pending in this transaction before the statements write it
    CrossCheckStore.Outcome o =
        crossChecks.register(
            year,
            area.path(),
            by,
            now,
            r ->
                CrossCheckKind.REGISTER.label()
                    + " "
                    + year
                    + "年 "
                    + area.name()
                    + "：比对"
                    + r.compared()
                    + "人，未参保"
                    + r.uninsured()
                    + "人（新增"
                    + r.added()
                    + "，保留"
                    + r.kept()
                    + "），已参保"
                    + r.nowInsured());
    return new CrossCheckResult(
        CrossCheckKind.REGISTER,
        year,
        area.id(),
        area.name(),
        o.compared(),
        o.uninsured(),
        o.added(),
        o.kept(),
        o.nowInsured());
  }

  private static YearMonth month(String month) {
    if (month == null || month.isBlank()) {
      throw new BusinessException("month", "新识别人员比对和职工医保断保核查须选择月份（如2023-03）");
    }
    try {
      return YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("month", "月份“" + month + "”格式不对，应为如2023-03");
    }
  }

  /** The year's items of the area (also those of people who moved out of it since), by person. */
  private Map<Long, FollowUpItem> items(int year, String areaPath) {
    Map<Long, FollowUpItem> m = new HashMap<>();
    em.createQuery(
            "select f from FollowUpItem f where f.year = :y and f.villagePath like :p",
            FollowUpItem.class)
        .setParameter("y", year)
        .setParameter("p", areaPath + "%")
        .getResultList()
        .forEach(f -> m.put(f.personId(), f));
    return m;
  }

  /**
   * The year's items of these people, looked up in slices (an area's newcomers are few, but need
   * not be).
   */
  private List<FollowUpItem> itemsOf(int year, List<Long> personIds) {
    List<FollowUpItem> found = new ArrayList<>();
    for (int i = 0; i < personIds.size(); i += 1000) {
      found.addAll(
          em.createQuery(
                  "select f from FollowUpItem f where f.year = :y and f.personId in :ids",
                  FollowUpItem.class)
              .setParameter("y", year)
              .setParameter("ids", personIds.subList(i, Math.min(i + 1000, personIds.size())))
              .getResultList());
    }
    return found;
  }

  @Override
  public long count(FollowUpQuery query) {
    return where(query, "select count(f) from FollowUpItem f", "", Long.class).getSingleResult();
  }

  /** The column the user sorted by, before the ledger's own order (which breaks ties). */
  private static String orderBy(FollowUpQuery q) {
    if (q.order() == null) {
      return "";
    }
    String column =
        switch (q.order()) {
          case VILLAGE -> "f.villagePath";
          case ID_NUMBER -> "f.idNumber";
          case NAME -> "f.name";
          case FOUND_BY -> "f.foundBy";
          case CATEGORIES -> "f.categories";
          case REGISTRY_STATUS -> "f.registryStatus";
          case REASON -> "f.reason";
          case STATUS -> "f.status";
          case STATUS_BY -> "f.statusBy";
        };
    return column + (q.descending() ? " desc nulls last, " : " asc nulls last, ");
  }

  @Override
  public List<FollowUpView> list(FollowUpQuery query, int first, int max) {
    List<FollowUpItem> items =
        where(
                query,
                "select f from FollowUpItem f",
                " order by " + orderBy(query) + "f.villagePath, f.name, f.id",
                FollowUpItem.class)
            .setFirstResult(first)
            .setMaxResults(Math.min(max, 500))
            .getResultList();
    Map<Long, List<FollowUpEvidence>> evidence =
        evidenceOf(items.stream().map(FollowUpItem::id).toList());
    Map<Long, String> villages = new HashMap<>();
    Map<String, String> names = categoryNames();
    return items.stream()
        .map(i -> view(i, evidence.getOrDefault(i.id(), List.of()), villages, names))
        .toList();
  }

  private <T> TypedQuery<T> where(FollowUpQuery q, String select, String order, Class<T> type) {
    Caller c = caller.get();
    String path = c.scope().regionPath();
    if (q.areaId() != null) {
      RegionRef area =
          regions.find(q.areaId()).orElseThrow(() -> new NotFoundException("找不到区域" + q.areaId()));
      c.scope().check(area.path());
      path = area.path();
    }
    StringBuilder jpql =
        new StringBuilder(select).append(" where f.year = :y and f.villagePath like :p");
    List<String> narrowed = c.scope().narrowedTo();
    if (narrowed != null) {
      jpql.append(
          narrowed.isEmpty()
              ? " and 1 = 0"
              : " and ("
                  + String.join(
                      " or ",
                      IntStream.range(0, narrowed.size())
                          .mapToObj(i -> "f.villagePath like :n" + i)
                          .toList())
                  + ")");
    }
    if (q.reason() != null) {
      jpql.append(" and f.reason = :r");
    }
    if (q.status() != null) {
      jpql.append(" and f.status = :s");
    }
    if (q.outOfCity()) {
      jpql.append(" and f.reason in :elsewhere");
    }
    String text = q.text() == null || q.text().isBlank() ? null : q.text().strip();
    if (text != null) {
      jpql.append(" and (f.name like :t or f.idNumber = :id)");
    }
    TypedQuery<T> tq =
        em.createQuery(jpql + order, type)
            .setParameter("y", q.year())
            .setParameter("p", path + "%");
    if (narrowed != null) {
      for (int i = 0; i < narrowed.size(); i++) {
        tq.setParameter("n" + i, narrowed.get(i) + "%");
      }
    }
    if (q.reason() != null) {
      tq.setParameter("r", q.reason());
    }
    if (q.status() != null) {
      tq.setParameter("s", q.status());
    }
    if (text != null) {
      tq.setParameter("t", "%" + text + "%").setParameter("id", text.toUpperCase(Locale.ROOT));
    }
    if (q.outOfCity()) {
      tq.setParameter(
          "elsewhere",
          Arrays.stream(FollowUpReason.values()).filter(FollowUpReason::insuredElsewhere).toList());
    }
    return tq;
  }

  private Map<Long, List<FollowUpEvidence>> evidenceOf(List<Long> itemIds) {
    if (itemIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select e from FollowUpEvidence e where e.followUpId in :ids order by e.id",
            FollowUpEvidence.class)
        .setParameter("ids", itemIds)
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(FollowUpEvidence::followUpId));
  }

  @Override
  public FollowUpView get(long id) {
    FollowUpItem item = visible(id);
    return view(
        item,
        evidenceOf(List.of(id)).getOrDefault(id, List.of()),
        new HashMap<>(),
        categoryNames());
  }

  /** An item the caller may see: inside their area (a village officer: their village). */
  private FollowUpItem visible(long id) {
    FollowUpItem item = em.find(FollowUpItem.class, id);
    if (item == null) {
      throw new NotFoundException("找不到台账记录" + id);
    }
    if (!caller.get().scope().coversPeopleAt(item.villagePath())) {
      throw AccessDeniedException.outsideArea();
    }
    return item;
  }

  @Override
  @Requires(Permission.WORK_FOLLOW_UP)
  public FollowUpView update(long id, FollowUpReason reason, String note, FollowUpStatus status) {
    Caller c = caller.get();
    FollowUpItem item = visible(id);
    if (status != null
        && status.review()
        && status != item.status()
        && !c.may(Permission.REVIEW_FOLLOW_UP)) {
      throw new AccessDeniedException("“" + status.label() + "”须由乡镇(街道)社保所审核确认，村(居)专干可标记为已联系或已参保");
    }
    int files = evidenceOf(List.of(id)).getOrDefault(id, List.of()).size();
    item.update(reason, note, status, files, c.username(), Instant.now());
    em.flush();
    return get(id);
  }

  @Override
  @Requires(Permission.WORK_FOLLOW_UP)
  public FollowUpView addEvidence(long id, String fileName, byte[] content) {
    Caller c = caller.get();
    FollowUpItem item = visible(id);
    long held = evidenceOf(List.of(id)).getOrDefault(id, List.of()).size();
    em.persist(
        new FollowUpEvidence(
            id, intake.take(item.year(), fileName, content, held), c.username(), Instant.now()));
    em.flush();
    return get(id);
  }

  @Override
  public EvidenceFile evidence(long evidenceId) {
    FollowUpEvidence e = em.find(FollowUpEvidence.class, evidenceId);
    if (e == null) {
      throw new NotFoundException("找不到佐证材料" + evidenceId);
    }
    visible(e.followUpId());
    return new EvidenceFile(e.fileName(), e.contentType(), intake.read(e));
  }

  @Override
  @Requires(Permission.REPORT_UNINSURED_PATIENT)
  public Optional<Long> reportFromHospital(
      String idNumber, String institution, LocalDate admitted) {
    if (idNumber == null || admitted == null) {
      throw new BusinessException("idNumber", "请提供身份证号和入院日期");
    }
    Optional<CrossCheckViews.Registered> found =
        views.byIdNumber(idNumber.strip().toUpperCase(Locale.ROOT));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CrossCheckViews.Registered p = found.get();
    int year = admitted.getYear();
    if (views.isInsured(p.personId(), year)) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    String by = caller.get().username();
    FollowUpItem.FoundPerson person =
        new FollowUpItem.FoundPerson(
            p.personId(),
            p.idNumber(),
            p.name(),
            p.villageId(),
            p.villagePath(),
            p.status(),
            null,
            null);
    List<FollowUpItem> existing =
        em.createQuery(
                "select f from FollowUpItem f where f.year = :y and f.personId = :p",
                FollowUpItem.class)
            .setParameter("y", year)
            .setParameter("p", p.personId())
            .getResultList();
    FollowUpItem item;
    if (existing.isEmpty()) {
      item = new FollowUpItem(year, person, CrossCheckKind.HOSPITAL, by, now);
      em.persist(item);
    } else {
      item = existing.get(0);
      item.refresh(person, CrossCheckKind.HOSPITAL, now);
      item.reopenIfEnrolled(by, now);
    }
    em.flush();
    return Optional.of(item.id());
  }

  /**
   * Identity categories by code, for the names a ledger shows (the item keeps the codes the check
   * found).
   */
  private Map<String, String> categoryNames() {
    return categoryFacade.list(true).stream()
        .collect(Collectors.toMap(CategoryView::code, CategoryView::name, (a, b) -> a));
  }

  /**
   * The item's categories (codes joined by 、) in their names; a code no longer known stays as it
   * is.
   */
  static String categoryNames(String codes, Map<String, String> names) {
    if (codes == null || codes.isBlank()) {
      return codes;
    }
    return Arrays.stream(codes.split("、"))
        .map(c -> names.getOrDefault(c, c))
        .collect(Collectors.joining("、"));
  }

  private FollowUpView view(
      FollowUpItem i,
      List<FollowUpEvidence> evidence,
      Map<Long, String> villages,
      Map<String, String> names) {
    Function<Long, String> name =
        v -> regions.find(v).map(RegionRef::name).orElse(String.valueOf(v));
    List<FollowUpView.EvidenceView> files = new ArrayList<>();
    evidence.forEach(
        e ->
            files.add(
                new FollowUpView.EvidenceView(
                    e.id(),
                    e.fileName(),
                    e.contentType(),
                    e.size(),
                    e.uploadedBy(),
                    e.uploadedAt())));
    String id =
        caller.get().may(Permission.READ_FULL_ID_NUMBERS)
            ? i.idNumber()
            : i.idNumber().substring(0, 6) + "********" + i.idNumber().substring(14);
    return new FollowUpView(
        i.id(),
        i.year(),
        i.personId(),
        id,
        i.name(),
        i.villageId(),
        villages.computeIfAbsent(i.villageId(), name),
        i.foundByList(),
        categoryNames(i.categories(), names),
        i.identifiedMonth(),
        i.registryStatus() == null ? "" : i.registryStatus().label(),
        i.stillUninsured(),
        i.reason(),
        i.reasonNote(),
        i.status(),
        i.statusBy(),
        i.statusAt(),
        files);
  }
}
