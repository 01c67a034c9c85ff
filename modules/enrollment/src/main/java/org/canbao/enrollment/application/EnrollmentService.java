package org.canbao.enrollment.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.EnrollmentFacade;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.EnrollmentView;
import org.canbao.enrollment.api.PaymentDraft;
import org.canbao.enrollment.api.Quote;
import org.canbao.enrollment.api.QuoteFacade;
import org.canbao.enrollment.api.QuoteRequest;
import org.canbao.enrollment.domain.BenefitPeriod;
import org.canbao.enrollment.domain.EnrollmentRecord;
import org.canbao.enrollment.domain.Person;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ClosedYears;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.InsuranceYear;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;

/**
 * Records payments (priced by {@link QuoteService}, then frozen), other insured states, newborns
 * following their guardian, reversals.
 */
@Stateless
@Requires(Permission.RECORD_ENROLLMENTS)
public class EnrollmentService implements EnrollmentFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject QuoteFacade quotes;
  @Inject CurrentCaller caller;
  @Inject ClosedYears closedYears;

  /** Told of every record made or reversed, in the transaction (observers act after it commits). */
  @Inject Event<EnrollmentChanged> changes;

  @Override
  public EnrollmentView registerPayment(PaymentDraft d) {
    Inputs.present(d);
    Person p = person(d.personId());
    requireOpen(p, d.year());
    requireNotEnrolled(p.id(), d.year());
    Quote q =
        quotes.quote(
            new QuoteRequest(
                p.id(),
                null,
                null,
                d.year(),
                d.insuredType(),
                d.tier(),
                d.paymentDate(),
                null,
                d.employeeInsuranceLapsedWithin3Months(),
                d.graduating(),
                null));
    if (q.refusal() != null) {
      throw new BusinessException("paymentDate", q.refusal());
    }
    Long replaces = lastReversed(p.id(), d.year());
    EnrollmentRecord r =
        EnrollmentRecord.payment(
            p.id(),
            d.year(),
            d.insuredType(),
            d.tier(),
            d.paymentDate(),
            d.channel(),
            new EnrollmentRecord.Frozen(
                q.contribution(),
                q.subsidy(),
                q.individual(),
                q.categoryCode(),
                q.fundingSource(),
                q.fundingDepartment(),
                q.benefitStart(),
                q.benefitEnd(),
                q.policyId()),
            caller.get().username(),
            replaces);
    record(r);
    changed(EnrollmentChanged.Kind.PAYMENT_RECORDED, p, d.year());
    return view(r, q.notes());
  }

  @Override
  public EnrollmentView recordOtherInsurance(
      long personId, int year, EnrollmentKind kind, String evidence) {
    Person p = person(personId);
    requireOpen(p, year);
    requireNotEnrolled(p.id(), year);
    EnrollmentRecord r =
        EnrollmentRecord.otherInsurance(p.id(), year, kind, evidence, caller.get().username());
    record(r);
    changed(EnrollmentChanged.Kind.OTHER_INSURANCE_RECORDED, p, year);
    return view(r);
  }

  /**
   * The newborn and the guardian must both be registered inside the caller's area (a guardian
   * registered elsewhere is looked up by an office whose area holds both); of the guardian only
   * their name, their masked ID number and whether they paid are disclosed. A guardian outside the
   * area is answered like one not registered at all ({@link #registered}).
   */
  @Override
  public EnrollmentView recordFollowingGuardian(long personId, int year, String guardianIdNumber) {
    Person baby = person(personId);
    InsuranceYear y = InsuranceYear.of(year);
    BenefitPeriod.requireBornIn(y, baby.birthDate());
    requireOpen(baby, year);
    requireNotEnrolled(baby.id(), year);
    Person guardian = registered(guardianIdNumber);
    EnrollmentRecord paid =
        em.createQuery(
                "select r from EnrollmentRecord r where r.personId = :p and r.year = :y"
                    + " and r.kind = :kind and r.status = org.canbao.enrollment.api.RecordStatus.ACTIVE",
                EnrollmentRecord.class)
            .setParameter("p", guardian.id())
            .setParameter("y", year)
            .setParameter("kind", EnrollmentKind.RESIDENT_PAYMENT)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessException(
                        "guardianIdNumber",
                        "监护人（"
                            + IdNumber.mask(guardian.idNumber())
                            + "）"
                            + year
                            + "年度未参加居民医保缴费，新生儿不能随其参保"));
    BenefitPeriod period =
        BenefitPeriod.followingGuardian(
            y, baby.birthDate(), new BenefitPeriod(paid.benefitStart(), paid.benefitEnd(), null));
    EnrollmentRecord r =
        EnrollmentRecord.followingGuardian(
            baby.id(),
            year,
            guardian.id(),
            period,
            caller.get().username(),
            lastReversed(baby.id(), year));
    record(r);
    // the newborn counts as a resident payer of its village (ProgressFacade)
    changed(EnrollmentChanged.Kind.PAYMENT_RECORDED, baby, year);
    return view(r);
  }

  /**
   * The registered person with this ID number inside the caller's area; refused naming the field. A
   * person registered elsewhere is refused with the same words as one not registered at all, so
   * that the answer tells nothing about people outside the caller's area (nor whether they paid).
   */
  private Person registered(String guardianIdNumber) {
    if (guardianIdNumber == null || guardianIdNumber.isBlank()) {
      throw new BusinessException("guardianIdNumber", "请填写监护人身份证号");
    }
    IdNumber id;
    try {
      id = IdNumber.parse(guardianIdNumber);
    } catch (BusinessException e) {
      throw new BusinessException("guardianIdNumber", "监护人身份证号有误：" + e.getMessage());
    }
    return em.createQuery("select p from Person p where p.idNumber = :id", Person.class)
        .setParameter("id", id.value())
        .getResultStream()
        .findFirst()
        .filter(p -> caller.get().scope().coversPeopleAt(p.villagePath()))
        .orElseThrow(
            () ->
                new BusinessException(
                    "guardianIdNumber",
                    "监护人身份证号" + id.masked() + "未在人员库中登记（只查找您管辖范围内的人员），请先登记监护人"));
  }

  @Override
  public EnrollmentView reverse(long recordId, String reason) {
    EnrollmentRecord r = em.find(EnrollmentRecord.class, recordId);
    if (r == null) {
      throw new NotFoundException("参保记录不存在：" + recordId);
    }
    Person p = person(r.personId());
    requireOpen(p, r.year());
    r.reverse(reason);
    changed(EnrollmentChanged.Kind.ENROLLMENT_REVERSED, p, r.year());
    return view(r);
  }

  @Override
  public EnrollmentView stopEmployeeInsurance(long recordId, LocalDate stoppedOn, String reason) {
    EnrollmentRecord r = em.find(EnrollmentRecord.class, recordId);
    if (r == null) {
      throw new NotFoundException("参保记录不存在：" + recordId);
    }
    Person p = person(r.personId());
    requireOpen(p, r.year());
    r.stop(stoppedOn, reason, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    em.flush();
    changed(EnrollmentChanged.Kind.EMPLOYEE_INSURANCE_STOPPED, p, r.year());
    return view(r);
  }

  @Override
  @Requires(Permission.READ_PERSONS)
  public List<EnrollmentView> records(long personId) {
    person(personId);
    return em
        .createQuery(
            "select r from EnrollmentRecord r where r.personId = :p order by r.year desc, r.id desc",
            EnrollmentRecord.class)
        .setParameter("p", personId)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /** A record of a closed year (年度锁定) is neither made nor changed. */
  private void requireOpen(Person p, int year) {
    closedYears.requireOpen(p.villagePath(), year, "参保记录");
  }

  private void changed(EnrollmentChanged.Kind kind, Person p, int year) {
    changes.fire(new EnrollmentChanged(kind, year, Set.of(p.villageId()), null));
  }

  /** The last reversed record of the person and year, which a new record replaces. */
  private Long lastReversed(long personId, int year) {
    return em.createQuery(
            "select max(r.id) from EnrollmentRecord r where r.personId = :p and r.year = :y and r.status = org.canbao.enrollment.api.RecordStatus.REVERSED",
            Long.class)
        .setParameter("p", personId)
        .setParameter("y", year)
        .getSingleResult();
  }

  /**
   * Tells early, before pricing, that the person already holds an active record for the year. The
   * rule itself is the database's (one active record per person and year, a unique index on H2 and
   * PostgreSQL alike): {@link #record} turns its refusal into the same words.
   */
  private void requireNotEnrolled(long personId, int year) {
    List<EnrollmentRecord> active =
        em.createQuery(
                "select r from EnrollmentRecord r where r.personId = :p and r.year = :y"
                    + " and r.status = org.canbao.enrollment.api.RecordStatus.ACTIVE",
                EnrollmentRecord.class)
            .setParameter("p", personId)
            .setParameter("y", year)
            .getResultList();
    if (!active.isEmpty()) {
      throw new BusinessException(
          "year", EnrollmentRecord.alreadyInsured(year, active.get(0).kind().label()));
    }
  }

  /**
   * Stores a new record; one the database refuses as a second active record of the person and year
   * is told in Chinese.
   */
  private void record(EnrollmentRecord r) {
    em.persist(r);
    try {
      em.flush();
    } catch (PersistenceException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
          throw new BusinessException("year", EnrollmentRecord.alreadyInsured(r.year(), "刚由他人登记"));
        }
      }
      throw e;
    }
  }

  private Person person(long id) {
    Person p = em.find(Person.class, id);
    if (p == null) {
      throw new NotFoundException("人员不存在：" + id);
    }
    caller.get().scope().checkPeopleAt(p.villagePath());
    return p;
  }

  private EnrollmentView view(EnrollmentRecord r) {
    return view(r, List.of());
  }

  private EnrollmentView view(EnrollmentRecord r, List<String> notes) {
    Person guardian =
        r.guardianPersonId() == null ? null : em.find(Person.class, r.guardianPersonId());
    return new EnrollmentView(
        r.id(),
        r.personId(),
        r.year(),
        r.kind(),
        r.insuredType(),
        r.tier(),
        r.paymentDate(),
        r.channel(),
        r.contribution(),
        r.subsidy(),
        r.individual(),
        r.categoryCode(),
        r.fundingSource(),
        r.fundingDepartment(),
        r.benefitStart(),
        r.benefitEnd(),
        r.policyId(),
        r.evidence(),
        r.reversed(),
        r.reversalReason(),
        r.replacesId(),
        r.recordedBy(),
        r.recordedAt(),
        r.guardianPersonId(),
        guardian == null ? null : guardian.name(),
        guardian == null ? null : IdNumber.mask(guardian.idNumber()),
        r.batchId(),
        r.stoppedOn(),
        r.stopReason(),
        notes);
  }
}
