package org.canbao.incentives.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.canbao.incentives.api.TargetSource;
import org.canbao.incentives.domain.CampaignSettings;
import org.canbao.incentives.domain.Target;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode: 永川区's 2023 campaign settings in Songgai 2023's figures (95%, sub-targets 100% and 99%,
 * the four bands of §三(一)) and 松溉镇's seven targets exactly as attachment 1 publishes them. Source:
 * shared/data/songgai-2023-enrollment-targets.csv, songgai-2023-incentive-tiers.csv.
 */
@Singleton
@Startup
@DependsOn("StartupData")
public class IncentivesDemoData {
  private static final Logger LOG = Logger.getLogger(IncentivesDemoData.class.getName());
  static final int YEAR = 2023;

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject RegionDirectory regions;

  @Inject
  @ConfigProperty(name = "canbao.mode", defaultValue = "production")
  String mode;

  @PostConstruct
  void seed() {
    if (!"demo".equalsIgnoreCase(mode.strip())
        || !em.createQuery("select s.id from CampaignSettings s", Long.class).setMaxResults(1).getResultList().isEmpty()) {
      return;
    }
    RegionRef yongchuan = regions.byCode("500118").orElse(null);
    RegionRef songgai = regions.byCode("500118107").orElse(null);
    if (yongchuan == null || songgai == null) {
      return;
    }
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
}
