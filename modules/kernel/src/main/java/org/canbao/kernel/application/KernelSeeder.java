package org.canbao.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.ImportReport;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;
import org.canbao.kernel.domain.AppUser;
import org.canbao.kernel.domain.LoginPolicy;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionRepository;
import org.canbao.kernel.domain.UserRepository;

/**
 * Start-up data. Demo mode: Chongqing's regions (2022 codes), Fuling's former township names,
 * Songgai's villages and one account per role. Production: only the root region and, if none
 * exists, a system administrator whose password comes from {@code CANBAO_ADMIN_PASSWORD}.
 */
@Stateless
public class KernelSeeder {
  private static final Logger LOG = Logger.getLogger(KernelSeeder.class.getName());
  public static final String DEMO_PASSWORD = "Canbao@2026";
  private static final Caller SYSTEM = Caller.SYSTEM;

  /** 重庆市, 永川区, 涪陵区 and 松溉镇: where the demo accounts work; Fuling's former names. */
  private static final Set<String> DEMO_AREAS = Set.of("500000", "500118", "500102", "500118107");

  @Inject RegionRepository regions;
  @Inject UserRepository users;
  @Inject RegionImporter importer;
  @Inject PasswordHasher hasher;
  @Inject KernelConfig config;
  @Inject TableFiles tables;

  public void seed() {
    if (config.demo()) {
      seedDemo();
    } else {
      seedProduction();
    }
  }

  private void seedDemo() {
    RegionIndex areas = null;
    if (regions.countAll() == 0) {
      report(
          importer.run(
              "regions-chongqing-2022.csv", resource("regions-chongqing-2022.csv"), false, SYSTEM));
      report(importer.run("songgai-villages.csv", resource("songgai-villages.csv"), false, SYSTEM));
      areas = demoAreas();
      addFulingFormerNames(areas);
    }
    if (users.byUsername("sysadmin").isEmpty()) {
      // one hash for the one public demo password: PBKDF2 costs ~0.4 s a call, ten calls were a
      // tenth of a first start
      String hash = hasher.hash(DEMO_PASSWORD);
      DemoUsers accounts = new DemoUsers(areas == null ? demoAreas() : areas);
      accounts.add(hash, "sysadmin", "系统管理员（演示）", Role.SYSTEM_ADMIN, "500000", null, "市医保局信息科");
      accounts.add(
          hash, "qxadmin", "永川区医保局管理员（演示）", Role.DISTRICT_ADMIN, "500118", null, "永川区医疗保障局");
      accounts.add(
          hash, "fladmin", "涪陵区医保局管理员（演示）", Role.DISTRICT_ADMIN, "500102", null, "涪陵区医疗保障局");
      accounts.add(hash, "duchao", "第一督导组成员（演示）", Role.SUPERVISOR, "500118107", null, "松溉镇第一督导组");
      accounts.add(
          hash, "sbs", "松溉镇社保所（演示）", Role.TOWNSHIP_OFFICER, "500118107", null, "松溉镇劳动就业和社会保障服务所");
      accounts.add(
          hash, "cungan", "文昌宫社区专干（演示）", Role.VILLAGE_OFFICER, "500118107", "文昌宫社区", "文昌宫社区居委会");
      accounts.add(
          hash, "cungan2", "松江社区专干（演示）", Role.VILLAGE_OFFICER, "500118107", "松江社区", "松江社区居委会");
      accounts.add(
          hash, "minzheng", "永川区民政局名单员（演示）", Role.DEPARTMENT_PROVIDER, "500118", null, "永川区民政局");
      accounts.add(
          hash, "yiyuan", "松溉镇卫生院（演示）", Role.MEDICAL_INSTITUTION, "500118107", null, "松溉镇卫生院");
      accounts.add(hash, "lingdao", "松溉镇领导（演示）", Role.LEADER, "500118107", null, "松溉镇人民政府");
      LOG.info("Demo accounts created; password " + DEMO_PASSWORD + " (demo mode only)");
    }
  }

  /**
   * The areas of the demo accounts and Fuling, with their children, read at once (a query per
   * look-up made Hibernate check every region just imported, each time).
   */
  private RegionIndex demoAreas() {
    return new RegionIndex(regions, DEMO_AREAS, DEMO_AREAS);
  }

  private void addFulingFormerNames(RegionIndex areas) {
    List<TableReader.Row> rows =
        tables.readAll(
            "fuling-supervision-areas.csv", resource("fuling-supervision-areas.csv"), 100);
    Region fuling = areas.byCode("500102").orElseThrow();
    for (TableReader.Row row : rows) {
      String old = row.get("area_name_as_written");
      String now = row.get("current_name_2023");
      if (!old.equals(now)) {
        areas
            .childNamed(fuling, now)
            .orElseThrow(() -> new BusinessException("找不到涪陵区" + now))
            .addFormerName(old, null, null, "涪陵区贫困人口精准参保分片督导通知所用名称");
      }
    }
  }

  /** Adds demo accounts in the areas of {@link #DEMO_AREAS}. */
  private final class DemoUsers {
    private final RegionIndex areas;

    DemoUsers(RegionIndex areas) {
      this.areas = areas;
    }

    void add(
        String hash,
        String username,
        String name,
        Role role,
        String code,
        String village,
        String org) {
      Region r = areas.byCode(code).orElseThrow();
      if (village != null) {
        r = areas.childNamed(r, village).orElseThrow();
      }
      AppUser u = new AppUser(username, name, r, Set.of(role), hash, true);
      u.describe(name, r, Set.of(role), org, true);
      users.add(u);
    }
  }

  private void seedProduction() {
    if (regions.countAll() == 0) {
      regions.add(new Region(null, RegionLevel.CITY, "500000", "重庆市", null));
    }
    if (users.anyWithRole(Role.SYSTEM_ADMIN)) {
      return;
    }
    String password = config.adminPassword().orElse(null);
    if (password == null || LoginPolicy.passwordProblem(password) != null) {
      LOG.severe(
          "No system administrator exists. Set CANBAO_ADMIN_PASSWORD (10+ characters with letters,"
              + " digits and a symbol) and restart to create the account 'admin'.");
      return;
    }
    Region root = regions.byCode("500000").orElseThrow();
    users.add(
        new AppUser(
            "admin", "系统管理员", root, Set.of(Role.SYSTEM_ADMIN), hasher.hash(password), false));
    LOG.info("System administrator 'admin' created from CANBAO_ADMIN_PASSWORD");
  }

  private static void report(ImportReport r) {
    LOG.info(
        () ->
            "Demo regions "
                + r.fileName()
                + ": "
                + r.newRows()
                + " new, "
                + r.errors().size()
                + " errors");
    if (!r.errors().isEmpty()) {
      throw new IllegalStateException("Demo region data does not import: " + r.errors());
    }
  }

  private static InputStream resource(String name) {
    InputStream in = KernelSeeder.class.getResourceAsStream("/demo/" + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing demo resource " + name));
    }
    return in;
  }
}
