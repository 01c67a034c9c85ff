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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.ChangeKind;
import org.canbao.enrollment.api.ChangeRequestDraft;
import org.canbao.enrollment.api.ChangeRequestFacade;
import org.canbao.enrollment.api.ChangeRequestStatus;
import org.canbao.enrollment.api.ChangeRequestView;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.domain.ChangeRequest;
import org.canbao.enrollment.domain.Person;
import org.canbao.enrollment.domain.PersonIdentity;
import org.canbao.kernel.api.AreaScope;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ClosedYears;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.EvidenceFile;
import org.canbao.kernel.api.EvidenceStore;
import org.canbao.kernel.api.EvidenceType;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;

/**
 * Change requests; see {@link ChangeRequestFacade}. Every read and decision is limited to the
 * caller's area: a village officer's village, a township officer's township — so an officer of
 * another township is refused a request as outside their area.
 */
@Stateless
@Requires(Permission.READ_PERSON_CHANGES)
public class ChangeRequestService implements ChangeRequestFacade {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject EvidenceStore store;
  @Inject PersonViews views;
  @Inject CategoryFacade categories;
  @Inject ClosedYears closedYears;

  /**
   * Told of an approved change, which changes the campaign's figures (fired in the transaction).
   */
  @Inject Event<EnrollmentChanged> changes;

  @Override
  @Requires(Permission.REQUEST_PERSON_CHANGES)
  public ChangeRequestView submit(ChangeRequestDraft d, String evidenceName, byte[] evidence) {
    Inputs.present(d);
    Person p = em.find(Person.class, d.personId());
    if (p == null) {
      throw new NotFoundException("人员不存在：" + d.personId());
    }
    scope().checkPeopleAt(p.villagePath());
    List<Long> pending =
        em.createQuery(
                "select r.id from ChangeRequest r where r.personId = :p and r.status = :s",
                Long.class)
            .setParameter("p", p.id())
            .setParameter("s", ChangeRequestStatus.PENDING)
            .getResultList();
    if (!pending.isEmpty()) {
      throw new BusinessException(
          "personId", "该人员已有待审批的变更申请（#" + pending.get(0) + "），请待乡镇(街道)审批后再提交");
    }
    ChangeRequest r =
        new ChangeRequest(
            p,
            d.kind(),
            d.identityId(),
            d.date(),
            d.reason(),
            caller.get().username(),
            Instant.now(),
            LocalDate.now(CHINA));
    requireOpen(p, r);
    em.persist(r);
    if (evidence != null && evidence.length > 0) {
      attach(r, evidenceName, evidence);
    }
    em.flush();
    return view(r);
  }

  @Override
  @Requires(Permission.REQUEST_PERSON_CHANGES)
  public ChangeRequestView addEvidence(long id, String fileName, byte[] content) {
    ChangeRequest r = load(id);
    attach(r, fileName, content);
    em.flush();
    return view(r);
  }

  private void attach(ChangeRequest r, String fileName, byte[] content) {
    String name = EvidenceStore.cleanName(fileName);
    EvidenceType type = store.accept(name, content);
    EvidenceStore.Stored stored =
        store.store(r.date().getYear(), content, type.name().toLowerCase(Locale.ROOT));
    r.attachEvidence(name, type, content.length, stored.sha256(), stored.path());
  }

  @Override
  public long count(ChangeRequestStatus status) {
    return query("select count(r)", status, Long.class).getSingleResult();
  }

  @Override
  public List<ChangeRequestView> list(ChangeRequestStatus status, int first, int max) {
    return views(
        query("select r", status, ChangeRequest.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(max, 500)))
            .getResultList());
  }

  private <T> TypedQuery<T> query(String select, ChangeRequestStatus status, Class<T> type) {
    String jpql =
        select
            + " from ChangeRequest r where r.villagePath like :scope"
            + (status == null ? "" : " and r.status = :status")
            + (type == Long.class ? "" : " order by r.requestedAt desc, r.id desc");
    TypedQuery<T> q = em.createQuery(jpql, type).setParameter("scope", scope().likePattern());
    return status == null ? q : q.setParameter("status", status);
  }

  @Override
  public ChangeRequestView get(long id) {
    return view(load(id));
  }

  @Override
  public List<ChangeRequestView> ofPerson(long personId) {
    Person p = em.find(Person.class, personId);
    if (p == null) {
      throw new NotFoundException("人员不存在：" + personId);
    }
    scope().checkPeopleAt(p.villagePath());
    return views(
        em.createQuery(
                "select r from ChangeRequest r where r.personId = :p order by r.requestedAt desc, r.id desc",
                ChangeRequest.class)
            .setParameter("p", personId)
            .getResultList());
  }

  /**
   * Approves and applies: the person's status from the date, or the identity's end, by the
   * registry's own rules (which may still refuse it: then nothing is approved).
   */
  @Override
  @Requires(Permission.DECIDE_PERSON_CHANGES)
  public ChangeRequestView approve(long id, String note) {
    ChangeRequest r = load(id);
    Person p = em.find(Person.class, r.personId());
    requireOpen(p, r);
    r.approve(p, caller.get().username(), Instant.now(), note);
    changes.fire(
        new EnrollmentChanged(
            r.kind() == ChangeKind.IDENTITY_ENDED
                ? EnrollmentChanged.Kind.IDENTITIES_CHANGED
                : EnrollmentChanged.Kind.STATUS_CHANGED,
            null,
            Set.of(p.villageId()),
            null));
    em.flush();
    return view(r);
  }

  @Override
  @Requires(Permission.DECIDE_PERSON_CHANGES)
  public ChangeRequestView reject(long id, String reason) {
    ChangeRequest r = load(id);
    r.reject(caller.get().username(), Instant.now(), reason);
    em.flush();
    return view(r);
  }

  @Override
  public EvidenceFile evidence(long id) {
    ChangeRequest r = load(id);
    if (r.evidencePath() == null) {
      throw new NotFoundException("该变更申请没有佐证材料");
    }
    return new EvidenceFile(r.evidenceName(), r.evidenceType(), store.read(r.evidencePath()));
  }

  /**
   * An identity's end that would change a closed year (年度锁定) is refused when it is asked for and
   * again when it is approved (the year may have closed in between).
   */
  private void requireOpen(Person p, ChangeRequest r) {
    if (r.kind() == ChangeKind.IDENTITY_ENDED) {
      PersonIdentity i = p.identity(r.identityId());
      closedYears.requireUnchanged(
          p.villagePath(), i.validity(), i.endingOn(r.date()), PersonService.IDENTITY);
    }
  }

  private AreaScope scope() {
    return caller.get().scope();
  }

  private ChangeRequest load(long id) {
    ChangeRequest r = em.find(ChangeRequest.class, id);
    if (r == null) {
      throw new NotFoundException("变更申请不存在：" + id);
    }
    scope().checkPeopleAt(r.villagePath());
    return r;
  }

  private ChangeRequestView view(ChangeRequest r) {
    return views(List.of(r)).get(0);
  }

  /** The requests with their people's names and masked ID numbers, villages and identities. */
  private List<ChangeRequestView> views(List<ChangeRequest> requests) {
    if (requests.isEmpty()) {
      return List.of();
    }
    Map<Long, Person> people =
        em.createQuery("select p from Person p where p.id in :ids", Person.class)
            .setParameter("ids", requests.stream().map(ChangeRequest::personId).distinct().toList())
            .getResultStream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    Map<String, String> categoryNames =
        categories.list(true).stream()
            .collect(Collectors.toMap(CategoryView::code, CategoryView::name));
    Map<Long, String> villages = new HashMap<>();
    return requests.stream()
        .map(
            r -> {
              Person p = people.get(r.personId());
              PersonIdentity identity =
                  r.identityId() == null ? null : em.find(PersonIdentity.class, r.identityId());
              return new ChangeRequestView(
                  r.id(),
                  r.personId(),
                  p.name(),
                  IdNumber.mask(p.idNumber()),
                  r.villageId(),
                  views.villageName(r.villageId(), villages),
                  r.kind(),
                  r.identityId(),
                  identity == null
                      ? null
                      : categoryNames.getOrDefault(
                          identity.categoryCode(), identity.categoryCode()),
                  r.date(),
                  r.reason(),
                  r.evidenceName(),
                  r.status(),
                  r.requestedBy(),
                  r.requestedAt(),
                  r.decidedBy(),
                  r.decidedAt(),
                  r.decisionNote());
            })
        .toList();
  }
}
