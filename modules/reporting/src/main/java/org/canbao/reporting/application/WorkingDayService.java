package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;
import org.canbao.reporting.api.WorkingDayFacade;
import org.canbao.reporting.api.WorkingDayView;
import org.canbao.reporting.domain.WorkingDayException;

/** The calendar of working days; see {@link WorkingDayFacade}. Changes are audited (Envers). */
@Stateless
@Requires(Permission.OWN_ACCOUNT)
public class WorkingDayService implements WorkingDayFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject WorkingDayCalendar calendar;

  @Override
  public List<WorkingDayView> list(int year) {
    return em.createQuery(
            "select w from WorkingDayException w where w.day between :a and :b order by w.day",
            WorkingDayException.class)
        .setParameter("a", LocalDate.of(year, 1, 1))
        .setParameter("b", LocalDate.of(year, 12, 31))
        .getResultStream()
        .map(WorkingDayService::view)
        .toList();
  }

  @Override
  @Requires(Permission.MANAGE_WORKING_DAYS)
  public WorkingDayView set(LocalDate day, Boolean working, String note) {
    if (day == null) {
      throw new BusinessException("day", "请填写日期");
    }
    if (working == null) {
      throw new BusinessException("working", "请选择“节假日”或“调休上班”");
    }
    if (note == null || note.isBlank()) {
      throw new BusinessException("note", "请填写说明（如“劳动节”“国庆节调休上班”）");
    }
    if (note.strip().length() > 100) {
      throw new BusinessException("note", "说明不能超过100字");
    }
    WorkingDayException w =
        em.createQuery(
                "select w from WorkingDayException w where w.day = :d", WorkingDayException.class)
            .setParameter("d", day)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (w == null) {
      w = new WorkingDayException(day, working, note.strip());
      em.persist(w);
    } else {
      w.change(working, note.strip());
    }
    em.flush();
    return view(w);
  }

  @Override
  @Requires(Permission.MANAGE_WORKING_DAYS)
  public WorkingDayView remove(long id) {
    WorkingDayException w = em.find(WorkingDayException.class, id);
    if (w == null) {
      throw new NotFoundException("节假日记录不存在：" + id);
    }
    WorkingDayView removed = view(w);
    em.remove(w);
    return removed;
  }

  @Override
  public LocalDate periodEnd(LocalDate from, int days) {
    return calendar.from(from).periodEnd(from, days);
  }

  static WorkingDayView view(WorkingDayException w) {
    return new WorkingDayView(w.id(), w.day(), w.working(), w.note());
  }
}
