package org.canbao.incentives.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.canbao.incentives.api.BulletinSchedule;
import org.canbao.incentives.api.CampaignSettingsData;
import org.canbao.incentives.domain.CampaignSettings;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.RegionRef;

/**
 * Finds the settings in force for an area: its own, else those of the nearest area above it (a
 * township without its own follows its district). Every figure is data a district saved: where none
 * are saved for the year, the screen is offered a proposal copied from the most recent year saved
 * on the area's path (its own, else its district's) with the dates moved to the year, or an empty
 * form when nothing was ever saved. Money, scores and default targets are computed on saved
 * settings only ({@link #saved}); progress and bulletins read the settings in force or the proposal
 * ({@link #forFigures}).
 */
@ApplicationScoped
public class SettingsStore {
  /**
   * Why evaluation, quarterly scores and default targets are refused without the year's saved
   * settings.
   */
  static String unsavedMessage(String areaName, int year) {
    return "请先保存本年度考核设置（" + areaName + year + "年度：目标比例、子目标、考核档次与工作经费标准），再生成目标或计算考核结果";
  }

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CampaignAreas areas;

  public Optional<CampaignSettings> own(long areaId, int year) {
    return em.createQuery(
            "select s from CampaignSettings s where s.areaId = :a and s.year = :y",
            CampaignSettings.class)
        .setParameter("a", areaId)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }

  /** The nearest settings on the area's path, if any. */
  public Optional<CampaignSettings> inForce(RegionRef area, int year) {
    List<Long> up = areas.upwards(area);
    List<CampaignSettings> found =
        em.createQuery(
                "select s from CampaignSettings s where s.year = :y and s.areaId in :ids",
                CampaignSettings.class)
            .setParameter("y", year)
            .setParameter("ids", up)
            .getResultList();
    return up.stream().flatMap(id -> found.stream().filter(s -> s.areaId() == id)).findFirst();
  }

  /**
   * The settings saved for the year on the area's path; refused with a clear message when there are
   * none.
   */
  public CampaignSettings saved(RegionRef area, int year) {
    return inForce(area, year)
        .orElseThrow(() -> new BusinessException("settings", unsavedMessage(area.name(), year)));
  }

  /**
   * The most recent settings saved before {@code year} for the area, else for the nearest area
   * above it that has any (a township without its own: its district's).
   */
  Optional<CampaignSettings> latestEarlier(RegionRef area, int year) {
    List<Long> up = areas.upwards(area);
    List<CampaignSettings> found =
        em.createQuery(
                "select s from CampaignSettings s where s.year < :y and s.areaId in :ids order by s.year desc",
                CampaignSettings.class)
            .setParameter("y", year)
            .setParameter("ids", up)
            .getResultList();
    return up.stream().flatMap(id -> found.stream().filter(s -> s.areaId() == id)).findFirst();
  }

  /**
   * The settings as the screen shows them: in force, else the proposal copied from an earlier year,
   * else an empty form.
   */
  public CampaignSettingsData data(RegionRef area, int year) {
    return inForce(area, year)
        .map(s -> data(s, area, s.areaId() == area.id() ? null : areas.name(s.areaId())))
        .or(
            () ->
                latestEarlier(area, year)
                    .map(s -> proposal(s, area, year, areas.name(s.areaId()) + s.year() + "年度")))
        .orElseGet(() -> empty(area, year));
  }

  /**
   * The settings progress lines and bulletins are read with (sub-target categories, rates, lights):
   * in force, else the proposal copied from an earlier year (not saved); empty when nothing was
   * ever saved.
   */
  public Optional<CampaignSettings> forFigures(RegionRef area, int year) {
    return inForce(area, year)
        .or(
            () ->
                latestEarlier(area, year)
                    .map(
                        earlier -> {
                          CampaignSettings s = new CampaignSettings(area.id(), area.path(), year);
                          apply(s, proposal(earlier, area, year, null));
                          return s;
                        }));
  }

  static void apply(CampaignSettings s, CampaignSettingsData d) {
    s.change(
        d.baseDate(),
        d.defaultShare(),
        d.rounding(),
        d.lowIncomeRate(),
        d.povertyRate(),
        d.lowIncomeCategories(),
        d.povertyCategories(),
        d.greenFrom(),
        d.yellowFrom(),
        d.schedule(),
        d.campaignStart(),
        d.cutoff(),
        d.basis(),
        d.bands());
  }

  static CampaignSettingsData data(CampaignSettings s, RegionRef area, String inheritedFrom) {
    return new CampaignSettingsData(
        area.id(),
        area.name(),
        s.year(),
        s.baseDate(),
        s.defaultShare(),
        s.rounding(),
        s.lowIncomeRate(),
        s.povertyRate(),
        s.lowIncomeCategories(),
        s.povertyCategories(),
        s.greenFrom(),
        s.yellowFrom(),
        s.schedule(),
        s.campaignStart(),
        s.cutoff(),
        s.basis(),
        s.bands(),
        inheritedFrom,
        true,
        null);
  }

  /**
   * An earlier year's saved settings proposed for {@code year}: the same figures, the dates moved
   * by the years between.
   */
  static CampaignSettingsData proposal(
      CampaignSettings earlier, RegionRef area, int year, String from) {
    int years = year - earlier.year();
    return new CampaignSettingsData(
        area.id(),
        area.name(),
        year,
        shift(earlier.baseDate(), years),
        earlier.defaultShare(),
        earlier.rounding(),
        earlier.lowIncomeRate(),
        earlier.povertyRate(),
        earlier.lowIncomeCategories(),
        earlier.povertyCategories(),
        earlier.greenFrom(),
        earlier.yellowFrom(),
        earlier.schedule(),
        shift(earlier.campaignStart(), years),
        shift(earlier.cutoff(), years),
        earlier.basis(),
        earlier.bands(),
        null,
        false,
        from);
  }

  /** Nothing saved on the area's path in any year: an empty form for the district to fill in. */
  static CampaignSettingsData empty(RegionRef area, int year) {
    return new CampaignSettingsData(
        area.id(),
        area.name(),
        year,
        null,
        null,
        null,
        null,
        null,
        Set.of(),
        Set.of(),
        null,
        null,
        BulletinSchedule.NONE,
        null,
        null,
        null,
        List.of(),
        null,
        false,
        null);
  }

  private static LocalDate shift(LocalDate d, int years) {
    return d == null ? null : d.plusYears(years);
  }
}
