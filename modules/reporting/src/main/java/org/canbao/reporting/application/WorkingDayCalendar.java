package org.canbao.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.canbao.reporting.domain.WorkingDayException;
import org.canbao.reporting.domain.WorkingDays;

/** The working-day calendar as it stands, for computing periods. */
@ApplicationScoped
public class WorkingDayCalendar {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  /**
   * The calendar with the exceptions entered from {@code from} on (a period never reaches back).
   */
  public WorkingDays from(LocalDate from) {
    return new WorkingDays(
        em.createQuery(
                "select w from WorkingDayException w where w.day >= :d", WorkingDayException.class)
            .setParameter("d", from)
            .getResultStream()
            .collect(Collectors.toMap(WorkingDayException::day, WorkingDayException::working)));
  }
}
