package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;
import org.canbao.reporting.api.HospitalReportFacade;
import org.canbao.reporting.api.HospitalReportView;
import org.canbao.reporting.domain.HospitalReport;

/**
 * The follow-up items of the caller's area: a township sees the people registered in its villages.
 */
@Stateless
@Requires(Permission.READ_HOSPITAL_REPORTS)
public class HospitalReportService implements HospitalReportFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Override
  public List<HospitalReportView> list(int first, int max) {
    return list(first, max, null, false);
  }

  @Override
  public List<HospitalReportView> list(int first, int max, Order order, boolean descending) {
    String by =
        order == null
            ? ""
            : switch (order) {
                  case REPORTED_AT -> "r.reportedAt";
                  case ORGANISATION -> "r.organisation";
                  case REPORTED_BY -> "r.reporterName";
                  case ID_NUMBER -> "r.idNumber";
                  case TOWNSHIP -> "r.townshipName";
                  case VILLAGE -> "r.villageName";
                  case DATE -> "r.day";
                }
                + (descending ? " desc nulls last, " : " asc nulls last, ");
    return em
        .createQuery(
            "select r from HospitalReport r where r.villagePath like :scope order by "
                + by
                + "r.reportedAt desc, r.id desc",
            HospitalReport.class)
        .setParameter("scope", caller.get().scope().likePattern())
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.min(Math.max(max, 1), 500))
        .getResultList()
        .stream()
        .map(
            r ->
                new HospitalReportView(
                    r.id(),
                    r.reportedAt(),
                    r.reportedBy(),
                    r.reporterName(),
                    r.organisation(),
                    r.personId(),
                    r.idNumber(),
                    r.year(),
                    r.day(),
                    r.townshipName(),
                    r.villageName(),
                    r.categories()))
        .toList();
  }

  @Override
  public long count() {
    return em.createQuery(
            "select count(r) from HospitalReport r where r.villagePath like :scope", Long.class)
        .setParameter("scope", caller.get().scope().likePattern())
        .getSingleResult();
  }
}
