package org.canbao.supervision.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.canbao.kernel.api.DemoMode;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;
import org.canbao.supervision.domain.AreaAssignment;
import org.canbao.supervision.domain.OutOfScopeArea;
import org.canbao.supervision.domain.SupervisionGroup;

/**
 * Demo mode: Fuling's five 2023 groups with their 25 townships (as the notice wrote them; old names
 * resolve to today's) and its two other townships marked out of scope, and Songgai's seven groups
 * with one village each (the demo account duchao is a member of 第一督导组). Sources:
 * shared/data/fuling-supervision-*.csv, songgai-2023-supervision-groups.csv; shared/data/README.md
 * for the two streets ("敦仁街道 and 崇义街道 are urban streets without any" poverty-alleviated people).
 */
@Singleton
@Startup
@DependsOn("StartupData")
public class SupervisionDemoData {
  private static final Logger LOG = Logger.getLogger(SupervisionDemoData.class.getName());
  static final int YEAR = 2023;
  static final LocalDate FROM = LocalDate.of(2022, 10, 1);

  /** Fuling's townships the notice gives no group ("全区25个有扶贫开发任务的乡镇街道" of 27). */
  static final List<String> FULING_OUT_OF_SCOPE = List.of("敦仁街道", "崇义街道");

  static final String URBAN_STREET = "城区街道，无脱贫攻坚任务（通知未设督导组）";

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject RegionDirectory regions;
  @Inject TableFiles tables;

  @Inject DemoMode demoMode;

  @PostConstruct
  void seed() {
    if (!demoMode.demo()
        || !em.createQuery("select g.id from SupervisionGroup g", Long.class)
            .setMaxResults(1)
            .getResultList()
            .isEmpty()) {
      return;
    }
    RegionRef fuling = regions.byCode("500102").orElse(null);
    RegionRef songgai = regions.byCode("500118107").orElse(null);
    if (fuling == null || songgai == null) {
      return;
    }
    Map<String, List<SupervisionGroup.Member>> fulingMembers = new LinkedHashMap<>();
    for (TableReader.Row r : rows("fuling-supervision-groups.csv")) {
      fulingMembers
          .computeIfAbsent(r.get("group"), k -> new ArrayList<>())
          .add(
              new SupervisionGroup.Member(
                  r.get("name"), r.get("title"), r.get("role"), null, null));
    }
    Map<String, SupervisionGroup> groups = new LinkedHashMap<>();
    fulingMembers.forEach((name, members) -> groups.put("涪陵" + name, group(fuling, name, members)));
    for (TableReader.Row r : rows("fuling-supervision-areas.csv")) {
      regions
          .resolveChild(fuling.id(), r.get("area_name_as_written"))
          .ifPresent(
              area ->
                  em.persist(
                      new AreaAssignment(
                          groups.get("涪陵" + r.get("group")).id(), area.id(), area.path(), FROM)));
    }
    for (String street : FULING_OUT_OF_SCOPE) {
      regions
          .resolveChild(fuling.id(), street)
          .ifPresent(
              area ->
                  em.persist(
                      new OutOfScopeArea(
                          YEAR, fuling.id(), area.id(), area.path(), area.name(), URBAN_STREET)));
    }
    for (TableReader.Row r : rows("songgai-2023-supervision-groups.csv")) {
      List<SupervisionGroup.Member> members = new ArrayList<>();
      String[] names = r.get("members").split(";");
      for (int i = 0; i < names.length; i++) {
        members.add(new SupervisionGroup.Member(names[i], null, i == 0 ? "组长" : "成员", null, null));
      }
      if (r.get("group").equals("第一督导组")) {
        members.add(new SupervisionGroup.Member("第一督导组成员（演示）", "演示账号", "成员", "duchao", null));
      }
      SupervisionGroup g = group(songgai, r.get("group"), members);
      regions
          .resolveChild(songgai.id(), r.get("village"))
          .ifPresent(area -> em.persist(new AreaAssignment(g.id(), area.id(), area.path(), FROM)));
    }
    LOG.info("Demo supervision groups created for " + YEAR);
  }

  private SupervisionGroup group(
      RegionRef scope, String name, List<SupervisionGroup.Member> members) {
    SupervisionGroup g = new SupervisionGroup(YEAR, scope.id(), scope.path(), name);
    g.replaceMembers(members);
    em.persist(g);
    em.flush();
    return g;
  }

  private List<TableReader.Row> rows(String name) {
    return tables.readAll(
        name, SupervisionDemoData.class.getResourceAsStream("/demo/" + name), 1000);
  }
}
