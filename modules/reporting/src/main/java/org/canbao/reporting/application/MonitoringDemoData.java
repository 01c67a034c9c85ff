package org.canbao.reporting.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.canbao.kernel.api.DemoMode;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;
import org.canbao.reporting.api.AlertLinesData;
import org.canbao.reporting.domain.AlertSettings;

/**
 * Demo mode: 永川区's alert lines of the demo years, read from {@code demo/yongchuan-alert-lines.csv}
 * — illustrative Chongqing figures (the monitoring standard a round figure of the order the city
 * publishes, the ordinary line Chongqing's published rural per-capita disposable income of the year
 * before), saved as a district would save them. Nothing else in Canbao knows these figures; a year
 * the file lacks starts from what a district saves.
 */
@Singleton
@Startup
@DependsOn("EnrollmentDemoData")
public class MonitoringDemoData {
  private static final Logger LOG = Logger.getLogger(MonitoringDemoData.class.getName());
  static final String FILE = "yongchuan-alert-lines.csv";

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject DemoMode demoMode;
  @Inject RegionDirectory regions;
  @Inject TableFiles tables;
  @Inject AlertSettingsStore store;

  @PostConstruct
  void seed() {
    if (!demoMode.demo()) {
      return;
    }
    int saved = 0;
    for (TableReader.Row row :
        tables.readAll(FILE, MonitoringDemoData.class.getResourceAsStream("/demo/" + FILE), 100)) {
      RegionRef district = regions.byCode(row.get("district_code")).orElse(null);
      int year = Integer.parseInt(row.get("year"));
      if (district == null || store.own(district.id(), year).isPresent()) {
        continue;
      }
      AlertSettings s = new AlertSettings(district.id(), district.path(), year);
      s.change(
          new AlertLinesData(
              district.id(),
              district.name(),
              year,
              new BigDecimal(row.get("monitoring_standard")),
              new BigDecimal(row.get("low_income_multiple")),
              codes(row.get("low_income_categories")),
              new BigDecimal(row.get("stable_multiple")),
              codes(row.get("stable_categories")),
              new BigDecimal(row.get("ordinary_line")),
              row.get("basis"),
              Integer.parseInt(row.get("push_days")),
              Integer.parseInt(row.get("verify_days")),
              Integer.parseInt(row.get("request_days")),
              Integer.parseInt(row.get("answer_days")),
              Integer.parseInt(row.get("close_days")),
              null,
              null,
              false,
              null,
              null));
      em.persist(s);
      saved++;
    }
    if (saved > 0) {
      LOG.info("Demo alert lines of 永川区 saved for " + saved + " year(s)");
    }
  }

  private static Set<String> codes(String joined) {
    return Arrays.stream(joined.split("\\|")).map(String::strip).collect(Collectors.toSet());
  }
}
