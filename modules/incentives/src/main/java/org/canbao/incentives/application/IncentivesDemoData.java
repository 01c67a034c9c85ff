package org.canbao.incentives.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.canbao.enrollment.api.ProgressFacade;
import org.canbao.incentives.api.Band;
import org.canbao.incentives.api.BulletinSchedule;
import org.canbao.incentives.api.CampaignSettingsData;
import org.canbao.incentives.api.SubsidyBasis;
import org.canbao.incentives.api.TargetRounding;
import org.canbao.incentives.api.TargetSource;
import org.canbao.incentives.domain.CampaignSettings;
import org.canbao.incentives.domain.Target;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.DemoMode;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.TableFiles;

/**
 * Demo mode: 永川区's 2023 campaign settings saved as data in the figures of Songgai's plan
 * (松溉府发〔2022〕50号: "完成全镇应参保人数95%以上…其中脱贫人口和低收入监测对象，参保率必须达到100%", the campaign from 11月9日 to 12月31日,
 * the four bands of 三(一) read from demo/songgai-2023-incentive-tiers.csv) and 松溉镇's seven targets
 * exactly as attachment 1 publishes them (demo/songgai-2023-enrollment-targets.csv). Nothing else
 * in Canbao knows these figures: other years and areas start from what a district saved. With the
 * demo population ({@code canbao.demo.population}), also the campaign's past bulletins, just after
 * start-up.
 */
@Singleton
@Startup
// after the regions (StartupData) through EnrollmentDemoData, which depends on them: naming both
// here
// trips Payara's ordering check, which takes the diamond for a cycle (SingletonLifeCycleManager)
@DependsOn("EnrollmentDemoData")
public class IncentivesDemoData {
  private static final Logger LOG = Logger.getLogger(IncentivesDemoData.class.getName());
  static final int YEAR = 2023;

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject RegionDirectory regions;
  @Inject TableFiles tables;

  @Inject DemoMode demoMode;

  @Resource TimerService timers;
  @Inject SettingsStore settingsStore;
  @Inject BulletinService bulletins;
  @Inject ProgressFacade enrollment;
  @Inject CurrentCaller caller;

  @PostConstruct
  void seed() {
    RegionRef yongchuan = regions.byCode("500118").orElse(null);
    RegionRef songgai = regions.byCode("500118107").orElse(null);
    if (!demoMode.demo() || yongchuan == null || songgai == null) {
      return;
    }
    if (em.createQuery("select s.id from CampaignSettings s", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      settingsAndTargets(yongchuan, songgai);
    }
    boolean taken =
        !em.createQuery(
                "select b.id from Bulletin b where b.areaId = :a and b.year = :y", Long.class)
            .setParameter("a", songgai.id())
            .setParameter("y", YEAR)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (demoMode.population() && !taken) {
      // after start-up: the figures of fourteen past dates hold nobody up, and a timer's callback
      // may act as the system
      timers.createSingleActionTimer(1_000, new TimerConfig("demo-bulletins", false));
    }
  }

  /** 低收入人口 (DOMAIN.md §3): the seven categories, as the demo district ticks them. */
  static final Set<String> LOW_INCOME =
      Set.of(
          "TEKUN",
          "DIBAO",
          "DIBAO_MARGINAL",
          "RETURNED_TO_POVERTY",
          "UNSTABLE_POST_POVERTY",
          "MARGINAL_AT_RISK",
          "SUDDEN_SEVERE_HARDSHIP");

  /**
   * 脱贫人口: stable post-poverty people and the monitored ones (防止返贫监测对象), as the demo district ticks
   * them.
   */
  static final Set<String> POVERTY_ALLEVIATED =
      Set.of(
          "STABLE_POST_POVERTY",
          "UNSTABLE_POST_POVERTY",
          "MARGINAL_AT_RISK",
          "SUDDEN_SEVERE_HARDSHIP");

  /** Songgai's 2023 settings (松溉府发〔2022〕50号) as the demo district would have saved them. */
  static CampaignSettingsData songgai2023(RegionRef area) {
    List<Band> bands = new ArrayList<>();
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                IncentivesDemoData.class.getResourceAsStream(
                    "/demo/songgai-2023-incentive-tiers.csv"),
                StandardCharsets.UTF_8))) {
      in.lines()
          .skip(1)
          .filter(l -> !l.isBlank())
          .forEach(
              l -> {
                String[] c = l.split(",");
                bands.add(
                    new Band(
                        new BigDecimal(c[0]),
                        new BigDecimal(c[1]),
                        new BigDecimal(c[2]),
                        new BigDecimal(c[3]),
                        new BigDecimal(c[4].replace("+", ""))));
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // 一、工作目标: 95% by 31 December 2022, 脱贫人口和低收入监测对象 100%; 二(四)-(五): from 9 November; 三(二): weekly
    // reports
    return new CampaignSettingsData(
        area.id(),
        area.name(),
        YEAR,
        LocalDate.of(2022, 11, 1),
        new BigDecimal("95"),
        TargetRounding.HALF_UP,
        new BigDecimal("100"),
        new BigDecimal("100"),
        LOW_INCOME,
        POVERTY_ALLEVIATED,
        new BigDecimal("100"),
        new BigDecimal("90"),
        BulletinSchedule.WEEKLY,
        LocalDate.of(2022, 11, 9),
        LocalDate.of(2022, 12, 31),
        SubsidyBasis.INSURED,
        bands,
        null,
        true,
        null);
  }

  private void settingsAndTargets(RegionRef yongchuan, RegionRef songgai) {
    CampaignSettings settings = new CampaignSettings(yongchuan.id(), yongchuan.path(), YEAR);
    SettingsStore.apply(settings, songgai2023(yongchuan));
    em.persist(settings);
    var lines =
        TargetSheet.read(
            tables,
            "songgai-2023-enrollment-targets.csv",
            IncentivesDemoData.class.getResourceAsStream(
                "/demo/songgai-2023-enrollment-targets.csv"),
            (township, name) ->
                regions
                    .resolveChild(songgai.id(), name)
                    .orElseThrow(() -> new BusinessException("village", "松溉镇下没有" + name)));
    for (TargetSheet.Line l : lines) {
      Target t = new Target(YEAR, l.village().id(), l.village().path());
      t.set(l.registered(), l.target(), settings.baseDate(), TargetSource.IMPORTED);
      em.persist(t);
    }
    LOG.info(
        "Demo campaign settings of 永川区 and "
            + lines.size()
            + " targets of 松溉镇 created for "
            + YEAR);
  }

  /**
   * With the demo population ({@code canbao.demo.population}, EnrollmentDemoData), the 2023
   * campaign's bulletins as they would have been taken had Canbao run then: each Sunday from the
   * campaign start to the cut-off, 永川区's bulletin by its weekly schedule (as the morning timer
   * takes it, on the Monday) and 松溉镇's own, so that progress over time has its points and each
   * ranking a previous rank to move from. Taken as the system, frozen as any bulletin, once (none
   * when 松溉镇 has any).
   */
  @Timeout
  void pastBulletins(Timer timer) {
    RegionRef songgai = regions.byCode("500118107").orElse(null);
    if (songgai == null) {
      return;
    }
    caller.actAsSystem();
    CampaignSettings s = settingsStore.inForce(songgai, YEAR).orElse(null);
    if (s == null) {
      return;
    }
    boolean people =
        enrollment
            .villages(
                YEAR, songgai.id(), s.cutoff(), s.lowIncomeCategories(), s.povertyCategories())
            .stream()
            .anyMatch(v -> v.registered() > 0);
    if (!people) {
      return;
    }
    long start = System.nanoTime();
    LocalDate from = s.campaignStart() == null ? s.cutoff().minusWeeks(7) : s.campaignStart();
    int n = 0;
    for (LocalDate sunday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        !sunday.isAfter(s.cutoff());
        sunday = sunday.plusWeeks(1)) {
      n += bulletins.takeDue(sunday.plusDays(1));
      bulletins.take(YEAR, songgai.id(), sunday);
      n++;
    }
    int count = n;
    LOG.info(
        () ->
            String.format(
                    "Demo bulletins of %d taken in %.1f s (永川区 by its schedule, 松溉镇 weekly)",
                    YEAR, (System.nanoTime() - start) / 1e9)
                + ": "
                + count);
  }
}
