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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.logging.Logger;
import org.canbao.enrollment.api.ProgressFacade;
import org.canbao.incentives.api.TargetSource;
import org.canbao.incentives.domain.CampaignSettings;
import org.canbao.incentives.domain.Target;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;

/**
 * Demo mode: 永川区's 2023 campaign settings in Songgai 2023's figures (95%, sub-targets 100% and 99%,
 * the four bands of §三(一)) and 松溉镇's seven targets exactly as attachment 1 publishes them. Source:
 * shared/data/songgai-2023-enrollment-targets.csv, songgai-2023-incentive-tiers.csv. With the demo
 * population ({@code canbao.demo.population}), also the campaign's past bulletins, just after start-up.
 */
@Singleton
@Startup
// after the regions (StartupData) through EnrollmentDemoData, which depends on them: naming both here
// trips Payara's ordering check, which takes the diamond for a cycle (SingletonLifeCycleManager)
@DependsOn("EnrollmentDemoData")
public class IncentivesDemoData {
  private static final Logger LOG = Logger.getLogger(IncentivesDemoData.class.getName());
  static final int YEAR = 2023;

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject RegionDirectory regions;

  @Inject org.canbao.kernel.api.DemoMode demoMode;

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
    if (em.createQuery("select s.id from CampaignSettings s", Long.class).setMaxResults(1).getResultList().isEmpty()) {
      settingsAndTargets(yongchuan, songgai);
    }
    boolean taken = !em.createQuery("select b.id from Bulletin b where b.areaId = :a and b.year = :y", Long.class)
        .setParameter("a", songgai.id()).setParameter("y", YEAR).setMaxResults(1).getResultList().isEmpty();
    if (demoMode.population() && !taken) {
      // after start-up: the figures of fourteen past dates hold nobody up, and a timer's callback may act as the system
      timers.createSingleActionTimer(1_000, new TimerConfig("demo-bulletins", false));
    }
  }

  private void settingsAndTargets(RegionRef yongchuan, RegionRef songgai) {
    CampaignSettings settings = new CampaignSettings(yongchuan.id(), yongchuan.path(), YEAR);
    SettingsStore.apply(settings, SettingsStore.proposal(yongchuan, YEAR));
    em.persist(settings);
    var lines = TargetSheet.read("songgai-2023-enrollment-targets.csv", IncentivesDemoData.class.getResourceAsStream("/demo/songgai-2023-enrollment-targets.csv"),
        (township, name) -> regions.resolveChild(songgai.id(), name).orElseThrow(() -> new BusinessException("village", "松溉镇下没有" + name)));
    for (TargetSheet.Line l : lines) {
      Target t = new Target(YEAR, l.village().id(), l.village().path());
      t.set(l.registered(), l.target(), settings.baseDate(), TargetSource.IMPORTED);
      em.persist(t);
    }
    LOG.info("Demo campaign settings of 永川区 and " + lines.size() + " targets of 松溉镇 created for " + YEAR);
  }

  /**
   * With the demo population ({@code canbao.demo.population}, EnrollmentDemoData), the 2023 campaign's
   * bulletins as they would have been taken had Canbao run then: each Sunday from the campaign start
   * to the cut-off, 永川区's bulletin by its weekly schedule (as the morning timer takes it, on the
   * Monday) and 松溉镇's own, so that progress over time has its points and each ranking a previous
   * rank to move from. Taken as the system, frozen as any bulletin, once (none when 松溉镇 has any).
   */
  @Timeout
  void pastBulletins(Timer timer) {
    RegionRef songgai = regions.byCode("500118107").orElse(null);
    if (songgai == null) {
      return;
    }
    caller.actAsSystem();
    CampaignSettings s = settingsStore.effective(songgai, YEAR);
    boolean people = enrollment.villages(YEAR, songgai.id(), s.cutoff(), s.lowIncomeCategories(), s.povertyCategories()).stream()
        .anyMatch(v -> v.registered() > 0);
    if (!people) {
      return;
    }
    long start = System.nanoTime();
    LocalDate from = s.campaignStart() == null ? s.cutoff().minusWeeks(7) : s.campaignStart();
    int n = 0;
    for (LocalDate sunday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); !sunday.isAfter(s.cutoff()); sunday = sunday.plusWeeks(1)) {
      n += bulletins.takeDue(sunday.plusDays(1));
      bulletins.take(YEAR, songgai.id(), sunday);
      n++;
    }
    int count = n;
    LOG.info(() -> String.format("Demo bulletins of %d taken in %.1f s (永川区 by its schedule, 松溉镇 weekly)", YEAR, (System.nanoTime() - start) / 1e9)
        + ": " + count);
  }
}
