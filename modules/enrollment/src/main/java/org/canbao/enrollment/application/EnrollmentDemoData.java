package org.canbao.enrollment.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.canbao.enrollment.application.DemoPopulation.Profile;
import org.canbao.kernel.api.DemoMode;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;

/**
 * Demo mode with {@code canbao.demo.population} (env {@code CANBAO_DEMO_POPULATION}; {@code
 * bin/run} turns it on, the tests leave it off): 松溉镇's people for 2023, so that progress,
 * bulletins, rankings and the year-end evaluation have figures. Each village gets exactly the
 * registered population of Songgai's published targets table
 * (shared/data/songgai-2023-enrollment-targets.csv, attachment 1 of 松溉府发〔2022〕50号) as synthetic
 * people ({@link DemoPopulation}), and reaches its own completion — {@link #PROFILES}, invented so
 * that the villages land in every band of the 2023 evaluation (≥100%, 90–100%, 80–90%, below 80%)
 * both on 31 December 2022 and today. Nothing happens when anybody is already registered in one of
 * the villages.
 */
@Singleton
@Startup
@DependsOn("StartupData")
public class EnrollmentDemoData {
  private static final Logger LOG = Logger.getLogger(EnrollmentDemoData.class.getName());
  static final int YEAR = 2023;
  static final String SONGGAI = "500118107";

  /** 永川区: the six digits the demo's ID numbers are issued under. */
  static final String REGION = "500118";

  /**
   * Fixed, so that the demo's people (and screenshots of them) are the same at every fresh start.
   */
  static final long SEED = 2023_1107L;

  static final String TARGETS = "songgai-2023-enrollment-targets.csv";

  /**
   * The invented part, per village (registered and target come from the table): urban community?,
   * insured by 31 Dec 2022 and now (% of target), employee and outside shares of the registered,
   * low-income and poverty-alleviated people left uninsured, pace of payments (below 1: early).
   */
  static final Map<String, Profile> PROFILES =
      Map.of(
          "文昌宫社区", profile("文昌宫社区", true, 95.8, 97.4, 0.16, 0.05, 0, 0, 0.9),
          "松江社区", profile("松江社区", true, 100.3, 101.5, 0.15, 0.05, 0, 0, 0.8),
          "旗山村", profile("旗山村", false, 101.6, 103.2, 0.06, 0.07, 0, 0, 1.4),
          "打鱼河村", profile("打鱼河村", false, 91.2, 93.6, 0.06, 0.07, 0, 0, 0.7),
          "鱼岭村", profile("鱼岭村", false, 82.4, 84.8, 0.05, 0.06, 1, 0, 1.1),
          "新街子村", profile("新街子村", false, 86.9, 89.5, 0.06, 0.06, 0, 2, 0.6),
          "茅园村", profile("茅园村", false, 76.8, 79.1, 0.05, 0.06, 2, 2, 1.2));

  private static Profile profile(
      String village,
      boolean community,
      double byYearEnd,
      double now,
      double employee,
      double outside,
      int lowIncomeUninsured,
      int alleviatedUninsured,
      double pace) {
    return new Profile(
        village,
        0,
        0,
        community,
        byYearEnd,
        now,
        employee,
        outside,
        lowIncomeUninsured,
        alleviatedUninsured,
        pace);
  }

  @Inject RegionDirectory regions;
  @Inject DemoPopulationLoader loader;
  @Inject TableFiles tables;

  @Inject DemoMode demoMode;

  @PostConstruct
  void seed() {
    if (!demoMode.population()) {
      return;
    }
    RegionRef songgai = regions.byCode(SONGGAI).orElse(null);
    if (songgai == null) {
      return;
    }
    List<Profile> profiles =
        songgai(tables, EnrollmentDemoData.class.getResourceAsStream("/demo/" + TARGETS));
    Map<String, RegionRef> villages = new LinkedHashMap<>();
    for (Profile p : profiles) {
      RegionRef v = regions.resolveChild(songgai.id(), p.village()).orElse(null);
      if (v == null) {
        LOG.warning("Demo population not created: 松溉镇 has no village " + p.village());
        return;
      }
      villages.put(p.village(), v);
    }
    if (loader.populated(List.copyOf(villages.values()))) {
      return;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    DemoPopulation.Population people = DemoPopulation.generate(profiles, REGION, SEED);
    long generated = System.nanoTime();
    DemoPopulationLoader.Summary s = loader.load(villages, people, YEAR, "system");
    long done = System.nanoTime();
    // the CPU time of this thread next to the wall time: a busy machine stretches the latter, not
    // the former
    LOG.info(
        String.format(
            "Demo population of 松溉镇 created in %.1f s (CPU %.1f s; generated %.1f s, priced and written %.1f s): %d persons,"
                + " %d identities, %d payments priced by %d distinct policy questions, %d employee/outside insured, %d refused",
            (done - start) / 1e9,
            (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
            (generated - start) / 1e9,
            (done - generated) / 1e9,
            s.persons(),
            s.identities(),
            s.payments(),
            s.prices(),
            s.otherInsured(),
            s.refused()));
  }

  /** Songgai's villages as the targets table gives them, each with its invented profile. */
  static List<Profile> songgai(TableFiles tables, InputStream targetsTable) {
    List<Profile> out = new ArrayList<>();
    for (TableReader.Row row : tables.readAll(TARGETS, targetsTable, 100)) {
      Profile p = PROFILES.get(row.get("village"));
      if (p != null) { // not the total row
        out.add(
            p.withTable(
                Integer.parseInt(row.get("registered_population")),
                Integer.parseInt(row.get("target_count"))));
      }
    }
    return out;
  }
}
