package org.canbao.enrollment.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.canbao.enrollment.api.InsuranceStatus;
import org.canbao.enrollment.api.InsuranceStatusFacade;
import org.canbao.enrollment.domain.EnrollmentRecord;
import org.canbao.enrollment.domain.Person;
import org.canbao.enrollment.domain.PersonIdentity;
import org.canbao.enrollment.domain.StatusOnDay;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;

/**
 * The status of one ID number on one day from the active records of that year and the next (a
 * record of next year paid in the centralised period starts on 1 January). Deliberately not
 * area-checked: see {@link InsuranceStatusFacade}.
 */
@Stateless
@Requires(Permission.CHECK_INSURANCE_STATUS)
public class InsuranceStatusService implements InsuranceStatusFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Override
  public InsuranceStatus statusOn(IdNumber idNumber, LocalDate day) {
    Person p =
        em.createQuery("select p from Person p where p.idNumber = :id", Person.class)
            .setParameter("id", idNumber.value())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (p == null) {
      return new InsuranceStatus(
          InsuranceStatus.State.NOT_INSURED, null, null, null, null, null, List.of());
    }
    List<StatusOnDay.Held> held =
        em
            .createQuery(
                "select r from EnrollmentRecord r where r.personId = :p"
                    + " and r.year in (:y, :next) and r.status = org.canbao.enrollment.api.RecordStatus.ACTIVE",
                EnrollmentRecord.class)
            .setParameter("p", p.id())
            .setParameter("y", day.getYear())
            .setParameter("next", day.getYear() + 1)
            .getResultList()
            .stream()
            .map(StatusOnDay.Held::of)
            .toList();
    StatusOnDay.Answer a = StatusOnDay.on(day, held);
    List<String> categories =
        p.identities().stream()
            .filter(i -> i.validOn(day))
            .map(PersonIdentity::categoryCode)
            .distinct()
            .toList();
    return new InsuranceStatus(
        a.state(),
        a.benefitStart(),
        a.benefitEnd(),
        p.id(),
        p.villageId(),
        p.villagePath(),
        categories);
  }
}
