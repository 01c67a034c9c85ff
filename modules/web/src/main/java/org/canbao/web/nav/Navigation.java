package org.canbao.web.nav;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Role;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The side menu, and the page each entry opens with the {@link Permission} it needs: the menu shows
 * only what the caller may open, {@link PageAccessFilter} refuses the page by its address, and the
 * facades check again — the same permission in all three.
 */
@Named
@RequestScoped
public class Navigation {
  /** One menu entry: group, label, icon, page and the permission it needs. */
  public record Entry(
      String group, String label, String icon, String outcome, Permission permission) {
    public String page() {
      return outcome + ".xhtml";
    }
  }

  public static final List<Entry> ENTRIES =
      List.of(
          new Entry("工作台", "首页", "pi pi-home", "/index", Permission.OWN_ACCOUNT),
          new Entry(
              "参保登记", "人员登记", "pi pi-id-card", "/enrollment/persons", Permission.READ_PERSONS),
          new Entry(
              "参保登记", "名单导入", "pi pi-file-import", "/enrollment/imports", Permission.USE_IMPORTS),
          new Entry(
              "参保登记",
              "变更申请",
              "pi pi-inbox",
              "/enrollment/change-requests",
              Permission.READ_PERSON_CHANGES),
          new Entry(
              "督导",
              "分片包干",
              "pi pi-th-large",
              "/supervision/board",
              Permission.READ_SUPERVISION_BOARD),
          new Entry(
              "督导", "我的责任片区", "pi pi-flag", "/supervision/mine", Permission.MY_SUPERVISION_AREAS),
          new Entry(
              "进度考核", "参保进度", "pi pi-chart-bar", "/incentives/progress", Permission.READ_PROGRESS),
          new Entry(
              "进度考核", "目标任务", "pi pi-bullseye", "/incentives/targets", Permission.READ_PROGRESS),
          new Entry(
              "进度考核", "进度通报", "pi pi-megaphone", "/incentives/bulletins", Permission.READ_PROGRESS),
          new Entry(
              "进度考核", "年终考核", "pi pi-star", "/incentives/evaluation", Permission.READ_PROGRESS),
          new Entry("进度考核", "年度锁定", "pi pi-lock", "/admin/closed-years", Permission.CLOSE_YEARS),
          new Entry("资助政策", "年度政策", "pi pi-book", "/subsidies/policies", Permission.MANAGE_POLICY),
          new Entry("资助政策", "资助测算", "pi pi-calculator", "/subsidies/preview", Permission.QUOTE),
          // 台账/比对 (reporting, issue 12): the uninsured follow-up ledger with its cross-checks, the
          // subsidy ledger,
          // the tracking ledgers (employee insurance checked monthly, college students after
          // August)
          new Entry(
              "台账", "未参保台账", "pi pi-list-check", "/reporting/ledger", Permission.READ_FOLLOW_UP),
          new Entry(
              "台账",
              "资助参保台账",
              "pi pi-wallet",
              "/reporting/subsidy-ledger",
              Permission.READ_SUBSIDY_LEDGER),
          new Entry(
              "台账",
              "职工医保跟踪台账",
              "pi pi-briefcase",
              "/reporting/employee-tracking",
              Permission.READ_TRACKING_LEDGERS),
          new Entry(
              "台账",
              "大学生参保跟踪台账",
              "pi pi-graduation-cap",
              "/reporting/college-tracking",
              Permission.READ_TRACKING_LEDGERS),
          // 防止因病返贫监测预警 (issue 15): the alerts of the area, their counts, the yearly lines
          new Entry(
              "因病返贫监测", "预警名单", "pi pi-heart", "/reporting/alerts", Permission.READ_MEDICAL_ALERTS),
          new Entry(
              "因病返贫监测",
              "预警统计",
              "pi pi-chart-pie",
              "/reporting/alert-counts",
              Permission.READ_MEDICAL_ALERTS),
          new Entry(
              "因病返贫监测",
              "预警线设置",
              "pi pi-sliders-h",
              "/reporting/alert-lines",
              Permission.MANAGE_ALERT_LINES),
          // 即保即享受 (issue 12 item 4): the hospital's check, its log for the district, the township's
          // follow-up
          new Entry(
              "即保即享受",
              "参保状态查询",
              "pi pi-verified",
              "/reporting/status-check",
              Permission.CHECK_INSURANCE_STATUS),
          new Entry(
              "即保即享受",
              "查询记录",
              "pi pi-list",
              "/reporting/status-check-log",
              Permission.READ_STATUS_CHECK_LOG),
          new Entry(
              "即保即享受",
              "医疗机构报告未参保",
              "pi pi-exclamation-circle",
              "/reporting/hospital-reports",
              Permission.READ_HOSPITAL_REPORTS),
          new Entry("基础数据", "行政区域", "pi pi-sitemap", "/regions/tree", Permission.READ_REGIONS),
          new Entry(
              "基础数据", "身份类别", "pi pi-tags", "/enrollment/categories", Permission.READ_CATEGORIES),
          new Entry("基础数据", "区域导入", "pi pi-upload", "/regions/import", Permission.MANAGE_REGIONS),
          // 资金结算 and 公示 (issue 12 items 5 and 6)
          new Entry(
              "结算公示", "资金结算", "pi pi-wallet", "/reporting/settlement", Permission.READ_SETTLEMENT),
          new Entry(
              "结算公示",
              "资助参保公示",
              "pi pi-list-check",
              "/reporting/publicity",
              Permission.READ_PUBLICITY),
          new Entry("系统管理", "用户管理", "pi pi-users", "/admin/users", Permission.MANAGE_USERS),
          new Entry("系统管理", "审计日志", "pi pi-history", "/admin/audit", Permission.READ_AUDIT),
          new Entry("个人", "修改密码", "pi pi-key", "/account/password", Permission.OWN_ACCOUNT));

  /** Pages reached from another page rather than from the menu, with the permission they need. */
  public static final List<Entry> INNER_PAGES =
      List.of(
          new Entry("参保登记", "人员详情", "", "/enrollment/person", Permission.READ_PERSONS),
          new Entry("因病返贫监测", "预警详情", "", "/reporting/alert", Permission.READ_MEDICAL_ALERTS));

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
      sub.getElements()
          .add(
              DefaultMenuItem.builder()
                  .value(e.label())
                  .icon(e.icon())
                  .outcome(e.outcome())
                  .id("menu-" + e.outcome().replace('/', '-').substring(1))
                  .build());
    }
  }

  /** The entries the given roles see, in menu order. */
  static List<Entry> entries(Set<Role> roles) {
    return ENTRIES.stream().filter(e -> e.permission().grantedToAny(roles)).toList();
  }

  /**
   * The permission a page needs, for a page of the menu or reached from one; empty for public
   * pages.
   */
  public static Optional<Permission> permissionFor(String page) {
    return Stream.concat(ENTRIES.stream(), INNER_PAGES.stream())
        .filter(e -> e.page().equals(page))
        .map(Entry::permission)
        .findFirst();
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
    return caller == null
        ? ""
        : caller.roles().stream().map(Role::label).sorted().collect(Collectors.joining("、"));
  }

  /** Whether the caller may do what {@code permission} names: screens show a control only then. */
  public boolean may(String permission) {
    return caller != null && caller.may(Permission.valueOf(permission));
  }
}
