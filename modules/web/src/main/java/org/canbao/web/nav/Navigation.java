package org.canbao.web.nav;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Role;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The side menu. Each entry names the roles that see it; the pages and facades check the same roles
 * again, so a hidden entry is a convenience, never the protection.
 */
@Named
@RequestScoped
public class Navigation {
  /** One menu entry: group, label, icon, page and the roles that see it. */
  record Entry(String group, String label, String icon, String outcome, Set<Role> roles) {}

  static final List<Entry> ENTRIES =
      List.of(
          new Entry("工作台", "首页", "pi pi-home", "/index", Set.of(Role.values())),
          new Entry("参保登记", "人员登记", "pi pi-id-card", "/enrollment/persons",
              Set.of(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_OFFICER, Role.SUPERVISOR, Role.LEADER)),
          new Entry("参保登记", "名单导入", "pi pi-file-import", "/enrollment/imports",
              Set.of(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_OFFICER, Role.DEPARTMENT_PROVIDER)),
          new Entry("督导", "分片包干", "pi pi-th-large", "/supervision/board", Set.of(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OFFICER, Role.LEADER)),
          new Entry("督导", "我的责任片区", "pi pi-flag", "/supervision/mine", Set.of(Role.SUPERVISOR)),
          new Entry("资助政策", "年度政策", "pi pi-book", "/subsidies/policies", Set.of(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN)),
          new Entry("资助政策", "资助测算", "pi pi-calculator", "/subsidies/preview", Set.of(Role.values())),
          new Entry("基础数据", "行政区域", "pi pi-sitemap", "/regions/tree", Set.of(Role.values())),
          new Entry("基础数据", "身份类别", "pi pi-tags", "/enrollment/categories", Set.of(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN)),
          new Entry("基础数据", "区域导入", "pi pi-upload", "/regions/import", Set.of(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN)),
          new Entry("系统管理", "用户管理", "pi pi-users", "/admin/users", Set.of(Role.SYSTEM_ADMIN)),
          new Entry("系统管理", "审计日志", "pi pi-history", "/admin/audit", Set.of(Role.SYSTEM_ADMIN)),
          new Entry("个人", "修改密码", "pi pi-key", "/account/password", Set.of(Role.values())));

  @Inject CurrentCaller currentCaller;

  private MenuModel model;
  private Caller caller;

  @PostConstruct
  void build() {
    model = new DefaultMenuModel();
    if (!currentCaller.isSignedIn()) {
      return;
    }
    caller = currentCaller.get();
    String group = null;
    DefaultSubMenu sub = null;
    for (Entry e : entries(caller.roles())) {
      if (!e.group().equals(group)) {
        group = e.group();
        sub = DefaultSubMenu.builder().label(group).build();
        model.getElements().add(sub);
      }
      sub.getElements().add(DefaultMenuItem.builder().value(e.label()).icon(e.icon()).outcome(e.outcome()).id("menu-" + e.outcome().replace('/', '-').substring(1)).build());
    }
  }

  /** The entries the given roles see, in menu order. */
  static List<Entry> entries(Set<Role> roles) {
    return ENTRIES.stream().filter(e -> e.roles().stream().anyMatch(roles::contains)).toList();
  }

  public MenuModel getModel() {
    return model;
  }

  public String getUserName() {
    return caller == null ? "" : caller.displayName();
  }

  public String getRegionName() {
    return caller == null ? "" : caller.scope().regionName();
  }

  public String getRoleNames() {
    return caller == null ? "" : caller.roles().stream().map(Role::label).sorted().collect(Collectors.joining("、"));
  }

  public boolean has(String role) {
    return caller != null && caller.has(Role.valueOf(role));
  }
}
