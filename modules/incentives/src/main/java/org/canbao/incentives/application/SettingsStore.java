package org.canbao.incentives.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.canbao.incentives.api.Band;
import org.canbao.incentives.api.BulletinSchedule;
import org.canbao.incentives.api.CampaignSettingsData;
import org.canbao.incentives.api.SubsidyBasis;
import org.canbao.incentives.api.TargetRounding;
import org.canbao.incentives.domain.CampaignSettings;
import org.canbao.kernel.api.RegionRef;

/**
 * Finds the settings in force for an area: its own, else those of the nearest area above it (a
 * township without its own follows its district). Where a district has none yet, a proposal in
 * Songgai 2023's figures is offered, to be reviewed and saved.
 */
@ApplicationScoped
public class SettingsStore {
  /** 低收入人口 (DOMAIN.md §3): the seven categories. A proposal: the district edits it. */
  static final Set<String> LOW_INCOME = Set.of("TEKUN", "DIBAO", "DIBAO_MARGINAL", "RETURNED_TO_POVERTY", "UNSTABLE_POST_POVERTY",
      "MARGINAL_AT_RISK", "SUDDEN_SEVERE_HARDSHIP");
  /** 脱贫人口: stable post-poverty people and the monitored ones (防止返贫监测对象). A proposal. */
  static final Set<String> POVERTY_ALLEVIATED = Set.of("STABLE_POST_POVERTY", "UNSTABLE_POST_POVERTY", "MARGINAL_AT_RISK", "SUDDEN_SEVERE_HARDSHIP");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CampaignAreas areas;

  public Optional<CampaignSettings> own(long areaId, int year) {
    return em.createQuery("select s from CampaignSettings s where s.areaId = :a and s.year = :y", CampaignSettings.class)
        .setParameter("a", areaId).setParameter("y", year).getResultStream().findFirst();
  }

  /** The nearest settings on the area's path, if any. */
  public Optional<CampaignSettings> inForce(RegionRef area, int year) {
    List<Long> up = areas.upwards(area);
    List<CampaignSettings> found = em.createQuery("select s from CampaignSettings s where s.year = :y and s.areaId in :ids", CampaignSettings.class)
        .setParameter("y", year).setParameter("ids", up).getResultList();
    return up.stream().flatMap(id -> found.stream().filter(s -> s.areaId() == id)).findFirst();
  }

  /** The settings as the screen shows them: in force, or the proposal. */
  public CampaignSettingsData data(RegionRef area, int year) {
    return inForce(area, year)
        .map(s -> data(s, area, s.areaId() == area.id() ? null : areas.name(s.areaId())))
        .orElseGet(() -> proposal(area, year));
  }

  /** The settings in force as an entity, or the proposal (not saved). */
  public CampaignSettings effective(RegionRef area, int year) {
    return inForce(area, year).orElseGet(() -> {
      CampaignSettingsData p = proposal(area, year);
      CampaignSettings s = new CampaignSettings(area.id(), area.path(), year);
      apply(s, p);
      return s;
    });
  }

  static void apply(CampaignSettings s, CampaignSettingsData d) {
    s.change(d.baseDate(), d.defaultShare(), d.rounding(), d.lowIncomeRate(), d.povertyRate(), d.lowIncomeCategories(), d.povertyCategories(),
        d.greenFrom(), d.yellowFrom(), d.schedule(), d.campaignStart(), d.cutoff(), d.basis(), d.bands());
  }

  static CampaignSettingsData data(CampaignSettings s, RegionRef area, String inheritedFrom) {
    return new CampaignSettingsData(area.id(), area.name(), s.year(), s.baseDate(), s.defaultShare(), s.rounding(), s.lowIncomeRate(),
        s.povertyRate(), s.lowIncomeCategories(), s.povertyCategories(), s.greenFrom(), s.yellowFrom(), s.schedule(), s.campaignStart(),
        s.cutoff(), s.basis(), s.bands(), inheritedFrom, true);
  }

  /**
   * Songgai 2023 (松溉府发〔2022〕50号): 95% of the registered population by 31 December of the year
   * before, low-income 100% and poverty-alleviated 99%, the four bands of §三(一), a weekly bulletin.
   */
  static CampaignSettingsData proposal(RegionRef area, int year) {
    List<Band> bands = List.of(
        band("100", "6", "3", "3", "0.5"), band("90", "5", "2.5", "2.5", "0"), band("80", "3", "2", "1", "0"), band("0", "0", "0", "0", "-0.5"));
    return new CampaignSettingsData(area.id(), area.name(), year, LocalDate.of(year - 1, 11, 1), new BigDecimal("95"), TargetRounding.HALF_UP,
        new BigDecimal("100"), new BigDecimal("99"), LOW_INCOME, POVERTY_ALLEVIATED, new BigDecimal("100"), new BigDecimal("90"),
        BulletinSchedule.WEEKLY, LocalDate.of(year - 1, 11, 9), LocalDate.of(year - 1, 12, 31), SubsidyBasis.INSURED, bands, null, false);
  }

  private static Band band(String min, String per, String town, String village, String score) {
    return new Band(new BigDecimal(min), new BigDecimal(per), new BigDecimal(town), new BigDecimal(village), new BigDecimal(score));
  }
}
