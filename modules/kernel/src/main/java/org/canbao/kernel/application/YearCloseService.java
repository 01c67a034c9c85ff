package org.canbao.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.canbao.kernel.api.AreaScope;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ClosedYearView;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.kernel.api.YearCloseCheck;
import org.canbao.kernel.api.YearCloseFacade;
import org.canbao.kernel.domain.ClosedYear;

/**
 * 年度锁定; see {@link YearCloseFacade}. A district administrator closes their district's years, a
 * system administrator any district's; only a system administrator reopens. Each step is a revision
 * of the audit trail (the entity is audited), with the reason of a reopening.
 */
@Stateless
@Requires(Permission.CLOSE_YEARS)
public class YearCloseService implements YearCloseFacade {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject @Any Instance<YearCloseCheck> checks;

  @Override
  public List<ClosedYearView> list() {
    String scope = scope().regionPath();
    return em.createQuery(
            "select c from ClosedYear c order by c.year desc, c.regionName", ClosedYear.class)
        .getResultStream()
        .filter(c -> c.regionPath().startsWith(scope) || scope.startsWith(c.regionPath()))
        .map(YearCloseService::view)
        .toList();
  }

  @Override
  public List<RegionRef> districts() {
    AreaScope scope = scope();
    return scope.level() == RegionLevel.DISTRICT
        ? regions.find(scope.regionId()).stream().toList()
        : regions.within(scope.regionId(), RegionLevel.DISTRICT);
  }

  /**
   * Closes the year once every module's condition holds (the year-end evaluation published); a
   * reopened year is closed again the same way.
   */
  @Override
  public ClosedYearView close(long districtId, int year) {
    RegionRef district = district(districtId);
    for (YearCloseCheck check : checks) {
      String why = check.whyNot(district, year);
      if (why != null) {
        throw new BusinessException("year", district.name() + year + "年度不能锁定：" + why);
      }
    }
    String by = caller.get().username();
    ClosedYear c = find(district.id(), year);
    if (c == null) {
      c = new ClosedYear(district, year, by, Instant.now(), LocalDate.now(CHINA));
      em.persist(c);
    } else {
      c.closeAgain(by, Instant.now());
    }
    em.flush();
    return view(c);
  }

  @Override
  @Requires(Permission.REOPEN_YEARS)
  public ClosedYearView reopen(long districtId, int year, String reason) {
    RegionRef district = district(districtId);
    ClosedYear c = find(district.id(), year);
    if (c == null) {
      throw new BusinessException("year", district.name() + year + "年度未锁定，无需解除");
    }
    c.reopen(caller.get().username(), Instant.now(), reason);
    em.flush();
    return view(c);
  }

  private AreaScope scope() {
    return caller.get().scope();
  }

  private RegionRef district(long id) {
    RegionRef r = regions.find(id).orElseThrow(() -> new NotFoundException("区域不存在：" + id));
    scope().check(r.path());
    if (r.level() != RegionLevel.DISTRICT) {
      throw new BusinessException("districtId", "年度锁定须按区县进行，请选择区县");
    }
    return r;
  }

  private ClosedYear find(long districtId, int year) {
    return em.createQuery(
            "select c from ClosedYear c where c.regionId = :r and c.year = :y", ClosedYear.class)
        .setParameter("r", districtId)
        .setParameter("y", year)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static ClosedYearView view(ClosedYear c) {
    return new ClosedYearView(
        c.id(),
        c.regionId(),
        c.regionName(),
        c.year(),
        c.status(),
        c.closedBy(),
        c.closedAt(),
        c.reopenedBy(),
        c.reopenedAt(),
        c.reopenReason());
  }
}
