package org.canbao.incentives.application;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.canbao.incentives.api.BulletinFacade;
import org.canbao.incentives.api.BulletinSchedule;
import org.canbao.incentives.api.BulletinView;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.incentives.domain.Bulletin;
import org.canbao.incentives.domain.CampaignSettings;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;

/** Progress bulletins; see {@link BulletinFacade}. */
@Stateless
@LocalBean
@Local(BulletinFacade.class)
@Requires(Permission.READ_PROGRESS)
public class BulletinService implements BulletinFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CampaignAreas areas;
  @Inject BulletinSnapshots snapshots;

  @Override
  @Requires(Permission.TAKE_BULLETINS)
  public BulletinView take(int year, long areaId, LocalDate asOf) {
    RegionRef area = areas.area(areaId);
    return view(
        snapshots.take(
            year,
            area,
            asOf == null ? LocalDate.now(ProgressBoardService.CHINA) : asOf,
            Bulletin.Kind.ON_DEMAND),
        null);
  }

  /**
   * The bulletins due on {@code today} by the saved settings' schedules (weekly on Mondays,
   * half-monthly on the 1st and 16th, within the campaign from its start to the cut-off), as of the
   * day before, unless already taken. Called by {@link BulletinTimer}.
   */
  @Requires(Permission.TAKE_BULLETINS)
  public int takeDue(LocalDate today) {
    int taken = 0;
    for (CampaignSettings s :
        em.createQuery(
                "select s from CampaignSettings s where s.schedule <> :none",
                CampaignSettings.class)
            .setParameter("none", BulletinSchedule.NONE)
            .getResultList()) {
      LocalDate asOf = today.minusDays(1);
      boolean due =
          switch (s.schedule()) {
            case WEEKLY -> today.getDayOfWeek() == DayOfWeek.MONDAY;
            case HALF_MONTHLY -> today.getDayOfMonth() == 1 || today.getDayOfMonth() == 16;
            case NONE -> false;
          };
      boolean inCampaign =
          (s.campaignStart() == null || !asOf.isBefore(s.campaignStart()))
              && !asOf.isAfter(s.cutoff());
      Long already =
          em.createQuery(
                  "select count(b) from Bulletin b where b.areaId = :a and b.year = :y and b.asOf = :d and b.kind = :k",
                  Long.class)
              .setParameter("a", s.areaId())
              .setParameter("y", s.year())
              .setParameter("d", asOf)
              .setParameter("k", Bulletin.Kind.SCHEDULED)
              .getSingleResult();
      if (due && inCampaign && already == 0) {
        snapshots.take(s.year(), areas.area(s.areaId()), asOf, Bulletin.Kind.SCHEDULED);
        taken++;
      }
    }
    return taken;
  }

  @Override
  public List<BulletinView> archive(int year, long areaId) {
    RegionRef area = areas.areaOrAbove(areaId);
    return em.createQuery(
            "select b from Bulletin b where b.areaId = :a and b.year = :y order by b.number desc",
            Bulletin.class)
        .setParameter("a", area.id())
        .setParameter("y", year)
        .getResultStream()
        .map(
            b ->
                new BulletinView(
                    b.id(),
                    b.areaId(),
                    b.areaName(),
                    b.year(),
                    b.number(),
                    b.asOf(),
                    b.takenAt(),
                    b.takenBy(),
                    b.kind().label(),
                    List.of()))
        .toList();
  }

  @Override
  public BulletinView get(long id) {
    Bulletin b = em.find(Bulletin.class, id);
    if (b == null) {
      throw new NotFoundException("通报不存在：" + id);
    }
    RegionRef area = areas.areaOrAbove(b.areaId());
    return view(b, areas.visible(area));
  }

  /**
   * A bulletin with its lines; {@code visible} (when not null) limits them to the caller's own
   * areas.
   */
  static BulletinView view(Bulletin b, Set<Long> visible) {
    List<ProgressLine> lines =
        b.lines().stream()
            .filter(
                l ->
                    visible == null
                        || (l.level() != ProgressLine.Level.TOTAL && visible.contains(l.areaId())))
            .toList();
    return new BulletinView(
        b.id(),
        b.areaId(),
        b.areaName(),
        b.year(),
        b.number(),
        b.asOf(),
        b.takenAt(),
        b.takenBy(),
        b.kind().label(),
        lines);
  }
}
