package org.canbao.enrollment.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.IdentityDraft;
import org.canbao.enrollment.api.IdentityView;
import org.canbao.enrollment.api.PersonDetail;
import org.canbao.enrollment.api.PersonDraft;
import org.canbao.enrollment.api.PersonFacade;
import org.canbao.enrollment.api.PersonQuery;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.enrollment.api.PersonView;
import org.canbao.enrollment.api.ResidenceView;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.enrollment.domain.Person;
import org.canbao.enrollment.domain.PersonIdentity;
import org.canbao.kernel.api.AreaScope;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ChangeType;
import org.canbao.kernel.api.ClosedYears;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.kernel.api.SecurityTrail;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** The person registry, always inside the caller's area. */
@Stateless
@Requires(Permission.READ_PERSONS)
public class PersonService implements PersonFacade {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** What a closed year's refusal names when an identity would change. */
  static final String IDENTITY = "人员身份";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject CategoryFacade categories;
  @Inject SecurityTrail trail;
  @Inject PersonViews views;
  @Inject ClosedYears closedYears;

  /**
   * Told of registrations, moves and status changes, which change the campaign's figures (fired in
   * the transaction).
   */
  @Inject Event<EnrollmentChanged> changes;

  @Override
  public long count(PersonQuery q) {
    return query("select count(p) from Person p", q, Long.class).getSingleResult();
  }

  @Override
  public List<PersonView> search(PersonQuery q, int first, int pageSize) {
    List<Person> found =
        query("select p from Person p", q, Person.class)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    Map<Long, String> names = new HashMap<>();
    return found.stream().map(p -> view(p, names)).toList();
  }

  private <T> TypedQuery<T> query(String select, PersonQuery q, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" where p.villagePath like :scope");
    Map<String, Object> params = new HashMap<>();
    params.put("scope", scope().likePattern());
    if (scope().narrowedTo() != null) {
      // a supervision group member: only the people of the group's areas
      List<String> areas = scope().narrowedTo();
      jpql.append(areas.isEmpty() ? " and 1 = 0" : " and (");
      for (int i = 0; i < areas.size(); i++) {
        jpql.append(i == 0 ? "" : " or ").append("p.villagePath like :area").append(i);
        params.put("area" + i, areas.get(i) + "%");
      }
      jpql.append(areas.isEmpty() ? "" : ")");
    }
    if (q != null && q.idNumber() != null && !q.idNumber().isBlank()) {
      jpql.append(" and p.idNumber = :id");
      params.put("id", q.idNumber().strip().toUpperCase());
    }
    if (q != null && q.name() != null && !q.name().isBlank()) {
      jpql.append(" and p.name like :name");
      params.put("name", q.name().strip() + "%");
    }
    if (q != null && q.villageId() != null) {
      jpql.append(" and p.villageId = :village");
      params.put("village", q.villageId());
    }
    if (q != null && q.categoryCode() != null && !q.categoryCode().isBlank()) {
      jpql.append(
          " and exists (select i from PersonIdentity i where i.person = p and i.categoryCode = :cat)");
      params.put("cat", q.categoryCode());
    }
    if (type != Long.class) {
      jpql.append(" order by ").append(orderBy(q));
    }
    TypedQuery<T> tq = em.createQuery(jpql.toString(), type);
    params.forEach(tq::setParameter);
    return tq;
  }

  private static String orderBy(PersonQuery q) {
    String dir = q != null && q.descending() ? " desc" : "";
    PersonQuery.Order order = q == null ? null : q.order();
    if (order == null) {
      return "p.villagePath, p.householdNo, p.id";
    }
    return switch (order) {
      case ID_NUMBER -> "p.idNumber" + dir;
      case NAME -> "p.name" + dir + ", p.id";
      case BIRTH_DATE -> "p.birthDate" + dir + ", p.id";
      case HOUSEHOLD -> "p.householdNo" + dir + ", p.id";
      case VILLAGE -> "p.villagePath" + dir + ", p.householdNo, p.id";
      case STATUS -> "p.status" + dir + ", p.id";
    };
  }

  @Override
  public PersonDetail detail(long personId) {
    Person p = load(personId);
    Map<Long, String> names = new HashMap<>();
    Map<String, String> categoryNames = new HashMap<>();
    categories.list(true).forEach(c -> categoryNames.put(c.code(), c.name()));
    List<IdentityView> identities =
        p.identities().stream().map(i -> identityView(i, categoryNames)).toList();
    List<ResidenceView> residences =
        p.residences().stream()
            .map(
                r ->
                    new ResidenceView(
                        r.villageId(), villageName(r.villageId(), names), r.from(), r.to()))
            .toList();
    return new PersonDetail(view(p, names), identities, residences, history(p));
  }

  /**
   * The person's audit trail in words: when, who, what the record said then; for a person an import
   * registered, the batch that did (its revision has no per-row copy — the batch and its staged row
   * are the record).
   */
  private List<String> history(Person p) {
    long personId = p.id();
    List<String> lines = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> revisions =
        AuditReaderFactory.get(em)
            .createQuery()
            .forRevisionsOfEntity(Person.class, false, true)
            .add(AuditEntity.id().eq(personId))
            .addOrder(AuditEntity.revisionNumber().desc())
            .getResultList();
    for (Object[] r : revisions) {
      Person state = (Person) r[0];
      Object rev = r[1];
      String who = rev.getClass().getSimpleName();
      long at = 0;
      try {
        who = (String) rev.getClass().getMethod("getUsername").invoke(rev);
        at = (long) rev.getClass().getMethod("getTimestamp").invoke(rev);
      } catch (ReflectiveOperationException ignored) {
        // revision entity without user or time: keep the class name
      }
      lines.add(
          TIME.format(Instant.ofEpochMilli(at))
              + " "
              + who
              + "："
              + ChangeType.named(((RevisionType) r[2]).name()).label()
              + " 姓名="
              + state.name()
              + " 户号="
              + state.householdNo()
              + " 状态="
              + state.status().label()
              + (state.sourceBatchId() == null ? "" : " 来源批次=" + state.sourceBatchId()));
    }
    ImportBatch source =
        p.sourceBatchId() == null ? null : em.find(ImportBatch.class, p.sourceBatchId());
    if (source != null && source.finishedAt() != null) {
      lines.add(
          TIME.format(source.finishedAt())
              + " "
              + source.uploadedBy()
              + "：导入登记（批次 #"
              + source.id()
              + "，"
              + source.kind().label()
              + "，文件 "
              + source.fileName()
              + "）");
    }
    return lines;
  }

  @Override
  @Requires(Permission.EDIT_PERSONS)
  public PersonView register(PersonDraft d) {
    Inputs.present(d);
    IdNumber id = IdNumber.parse(d.idNumber());
    List<Person> existing =
        em.createQuery("select p from Person p where p.idNumber = :id", Person.class)
            .setParameter("id", id.value())
            .getResultList();
    if (!existing.isEmpty()) {
      String where =
          scope().contains(existing.get(0).villagePath())
              ? villageName(existing.get(0).villageId(), new HashMap<>())
              : "其他地区";
      throw new BusinessException("idNumber", "该身份证号已登记（" + where + "），同一人只能登记一次；如已迁入请办理迁移");
    }
    Person p =
        new Person(
            id,
            d.name(),
            d.householdNo(),
            d.relationToHead(),
            village(d.villageId()),
            LocalDate.now(CHINA));
    p.householdType(d.householdType());
    em.persist(p);
    changes.fire(
        new EnrollmentChanged(
            EnrollmentChanged.Kind.PERSONS_REGISTERED, null, Set.of(p.villageId()), null));
    return view(p, new HashMap<>(), regions.issuingRegions().warning(id).orElse(null));
  }

  @Override
  @Requires(Permission.EDIT_PERSONS)
  public PersonView correct(long personId, PersonDraft d) {
    Inputs.present(d);
    Person p = load(personId);
    p.correct(d.name(), d.householdNo(), d.relationToHead());
    p.householdType(d.householdType());
    return view(p, new HashMap<>());
  }

  @Override
  @Requires(Permission.EDIT_PERSONS)
  public PersonView moveTo(long personId, long villageId, LocalDate date) {
    Person p = load(personId);
    long left = p.villageId();
    p.moveTo(village(villageId), date);
    changes.fire(
        new EnrollmentChanged(
            EnrollmentChanged.Kind.PERSON_MOVED, null, Set.of(left, p.villageId()), null));
    return view(p, new HashMap<>());
  }

  @Override
  @Requires(Permission.CHANGE_PERSON_STATUS)
  public PersonView changeStatus(long personId, PersonStatus status, LocalDate since) {
    Person p = load(personId);
    p.changeStatus(status, since);
    changes.fire(
        new EnrollmentChanged(
            EnrollmentChanged.Kind.STATUS_CHANGED, null, Set.of(p.villageId()), null));
    return view(p, new HashMap<>());
  }

  @Override
  @Requires(Permission.EDIT_PERSONS)
  public IdentityView addIdentity(long personId, IdentityDraft d) {
    Inputs.present(d);
    Person p = load(personId);
    CategoryView c =
        categories
            .find(d.categoryCode())
            .orElseThrow(() -> new BusinessException("category", "未知的身份类别：" + d.categoryCode()));
    PersonIdentity i =
        p.addIdentity(
            c.code(),
            d.department() == null || d.department().isBlank()
                ? c.certifyingDepartment()
                : d.department(),
            d.validFrom(),
            d.validTo(),
            null);
    closedYears.requireUnchanged(p.villagePath(), null, i.validity(), IDENTITY);
    em.flush();
    changes.fire(
        new EnrollmentChanged(
            EnrollmentChanged.Kind.IDENTITIES_CHANGED, null, Set.of(p.villageId()), null));
    return identityView(i, Map.of(c.code(), c.name()));
  }

  @Override
  @Requires(Permission.CHANGE_PERSON_STATUS)
  public IdentityView endIdentity(long identityId, LocalDate validTo) {
    PersonIdentity i = em.find(PersonIdentity.class, identityId);
    if (i == null) {
      throw new NotFoundException("身份记录不存在：" + identityId);
    }
    scope().checkPeopleAt(i.person().villagePath());
    i.requireEndableOn(validTo);
    closedYears.requireUnchanged(
        i.person().villagePath(), i.validity(), i.endingOn(validTo), IDENTITY);
    i.endOn(validTo);
    changes.fire(
        new EnrollmentChanged(
            EnrollmentChanged.Kind.IDENTITIES_CHANGED, null, Set.of(i.person().villageId()), null));
    return identityView(i, Map.of());
  }

  @Override
  public String revealIdNumber(long personId) {
    caller.get().require(Permission.READ_FULL_ID_NUMBERS);
    Person p = load(personId);
    trail.idNumberRevealed(personId, "人员详情");
    return p.idNumber();
  }

  @Override
  public long countInArea() {
    return count(null);
  }

  private AreaScope scope() {
    return caller.get().scope();
  }

  private Person load(long id) {
    Person p = em.find(Person.class, id);
    if (p == null) {
      throw new NotFoundException("人员不存在：" + id);
    }
    scope().checkPeopleAt(p.villagePath());
    return p;
  }

  private RegionRef village(long villageId) {
    RegionRef v =
        regions.find(villageId).orElseThrow(() -> new BusinessException("village", "村(社区)不存在"));
    scope().check(v.path());
    return v;
  }

  private String villageName(long id, Map<Long, String> cache) {
    return views.villageName(id, cache);
  }

  private PersonView view(Person p, Map<Long, String> names) {
    return views.view(p, names);
  }

  private PersonView view(Person p, Map<Long, String> names, String note) {
    return views.view(p, names, note);
  }

  private static IdentityView identityView(PersonIdentity i, Map<String, String> categoryNames) {
    return new IdentityView(
        i.id(),
        i.categoryCode(),
        categoryNames.getOrDefault(i.categoryCode(), i.categoryCode()),
        i.department(),
        i.validFrom(),
        i.validTo(),
        i.batchId());
  }
}
