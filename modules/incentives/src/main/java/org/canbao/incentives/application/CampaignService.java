package org.canbao.incentives.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.ProgressFacade;
import org.canbao.enrollment.api.VillageFigures;
import org.canbao.incentives.api.CampaignFacade;
import org.canbao.incentives.api.CampaignSettingsData;
import org.canbao.incentives.api.TargetSource;
import org.canbao.incentives.api.TargetView;
import org.canbao.incentives.domain.CampaignSettings;
import org.canbao.incentives.domain.Target;
import org.canbao.incentives.domain.TargetRule;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.kernel.api.TableFiles;

/** Campaign settings and targets; see {@link CampaignFacade}. */
@Stateless
@Requires(Permission.READ_PROGRESS)
public class CampaignService implements CampaignFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CampaignAreas areas;
  @Inject TableFiles tables;
  @Inject SettingsStore settings;
  @Inject ProgressFacade progress;
  @Inject RegionDirectory regions;

  @Override
  public CampaignSettingsData settings(int year, long areaId) {
    return settings.data(areas.area(areaId), year);
  }

  @Override
  @Requires(Permission.MANAGE_CAMPAIGN_SETTINGS)
  public CampaignSettingsData saveSettings(CampaignSettingsData d) {
    RegionRef area = areas.area(d.areaId());
    if (area.level() != RegionLevel.DISTRICT && area.level() != RegionLevel.TOWNSHIP) {
      throw new BusinessException("areaId", "考核参数按区县（或自行设定的乡镇）设置");
    }
    CampaignSettings s = settings.own(area.id(), d.year()).orElse(null);
    if (s == null) {
      // checked and filled before it is stored: the row is inserted at once (identity key)
      s = new CampaignSettings(area.id(), area.path(), d.year());
      SettingsStore.apply(s, d);
      em.persist(s);
    } else {
      SettingsStore.apply(s, d);
    }
    return SettingsStore.data(s, area, null);
  }

  @Override
  public List<TargetView> targets(int year, long areaId) {
    RegionRef area = areas.area(areaId);
    Map<Long, Target> byVillage = targetsOf(year, area);
    return areas.villages(area).stream()
        .filter(v -> areas.showsPeopleOf(v.path()))
        .map(v -> view(year, v, byVillage.get(v.id())))
        .toList();
  }

  Map<Long, Target> targetsOf(int year, RegionRef area) {
    return em.createQuery(
            "select t from Target t where t.year = :y and t.villagePath like :p", Target.class)
        .setParameter("y", year)
        .setParameter("p", area.path() + "%")
        .getResultStream()
        .collect(Collectors.toMap(Target::villageId, Function.identity()));
  }

  /**
   * Default targets (the year's share of the people registered on the base date, rounded as set)
   * for the area's villages that have none, or only an earlier default; imported and edited ones
   * stay.
   */
  @Override
  @Requires(Permission.MANAGE_TARGETS)
  public List<TargetView> generateTargets(int year, long areaId) {
    RegionRef area = areas.area(areaId);
    CampaignSettings s = settings.saved(area, year);
    TargetRule rule = s.targetRule();
    Map<Long, Target> existing = targetsOf(year, area);
    for (VillageFigures f : progress.villages(year, area.id(), s.baseDate(), Set.of(), Set.of())) {
      Target t = existing.get(f.villageId());
      if (t == null) {
        t = new Target(year, f.villageId(), regions.find(f.villageId()).orElseThrow().path());
        t.set(f.registered(), rule.target(f.registered()), s.baseDate(), TargetSource.DEFAULT);
        em.persist(t);
      } else {
        t.set(f.registered(), rule.target(f.registered()), s.baseDate(), TargetSource.DEFAULT);
      }
    }
    return targets(year, areaId);
  }

  @Override
  @Requires(Permission.MANAGE_TARGETS)
  public TargetView editTarget(int year, long villageId, long registered, long target) {
    RegionRef village = areas.village(villageId);
    Target t = targetsOf(year, village).get(village.id());
    boolean fresh = t == null;
    if (fresh) {
      t = new Target(year, village.id(), village.path());
    }
    t.set(registered, target, t.baseDate(), TargetSource.EDITED);
    if (fresh) {
      em.persist(t);
    }
    return view(year, village, t);
  }

  @Override
  @Requires(Permission.MANAGE_TARGETS)
  public List<TargetView> importTargets(
      int year, long areaId, String fileName, InputStream content) {
    RegionRef area = areas.area(areaId);
    List<TargetSheet.Line> lines =
        TargetSheet.read(
            tables, fileName, content, (township, name) -> villageNamed(area, township, name));
    Map<Long, Target> existing = targetsOf(year, area);
    LocalDate baseDate =
        settings.forFigures(area, year).map(CampaignSettings::baseDate).orElse(null);
    for (TargetSheet.Line l : lines) {
      Target t = existing.get(l.village().id());
      boolean fresh = t == null;
      if (fresh) {
        t = new Target(year, l.village().id(), l.village().path());
      }
      t.set(l.registered(), l.target(), baseDate, TargetSource.IMPORTED);
      if (fresh) {
        em.persist(t);
      }
    }
    return targets(year, areaId);
  }

  /**
   * The village a row names: inside the area, by current or former name, through its township when
   * the area is larger.
   */
  private RegionRef villageNamed(RegionRef area, String township, String name) {
    RegionRef parent = area;
    if (area.level() == RegionLevel.DISTRICT) {
      if (township == null) {
        throw new BusinessException("township", "区县的任务表须有“乡镇(街道)”列");
      }
      parent =
          regions
              .resolveChild(area.id(), township)
              .orElseThrow(
                  () -> new BusinessException("township", area.name() + "下没有“" + township + "”"));
    } else if (area.level() != RegionLevel.TOWNSHIP) {
      throw new BusinessException("areaId", "目标任务表按乡镇或区县导入");
    }
    RegionRef in = parent;
    RegionRef village =
        regions
            .resolveChild(in.id(), name)
            .orElseThrow(
                () -> new BusinessException("village", in.name() + "下没有村(居)“" + name + "”"));
    areas.requireInside(village.path());
    return village;
  }

  @Override
  public byte[] exportTargets(int year, long areaId) {
    RegionRef area = areas.area(areaId);
    List<TargetView> rows = targets(year, areaId);
    return TargetSheet.write(
        area.name() + year + "年城乡居民医保筹资任务表",
        rows,
        TargetView::villageName,
        TargetView::registered,
        TargetView::target);
  }

  private TargetView view(int year, RegionRef village, Target t) {
    String township = village.parentId() == null ? null : areas.name(village.parentId());
    return t == null
        ? new TargetView(village.id(), village.name(), township, year, null, null, null, null)
        : new TargetView(
            village.id(),
            village.name(),
            township,
            year,
            t.registered(),
            t.targetCount(),
            t.source(),
            t.baseDate());
  }

  @Override
  public int workingYear(long areaId) {
    RegionRef area = areas.areaOrAbove(areaId);
    Integer settingsYear =
        em.createQuery(
                "select max(s.year) from CampaignSettings s where s.areaId in :ids", Integer.class)
            .setParameter("ids", areas.upwards(area))
            .getSingleResult();
    Integer targetYear =
        em.createQuery(
                "select max(t.year) from Target t where t.villagePath like :p", Integer.class)
            .setParameter("p", area.path() + "%")
            .getSingleResult();
    if (settingsYear != null || targetYear != null) {
      return Math.max(settingsYear == null ? 0 : settingsYear, targetYear == null ? 0 : targetYear);
    }
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    return today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
  }
}
