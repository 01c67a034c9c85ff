package org.canbao.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.canbao.kernel.api.AuditFacade;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionStats;
import org.canbao.kernel.api.RegionView;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.api.UserFacade;
import org.canbao.kernel.api.UserView;

/**
 * The dashboard of the signed-in user's main role: a title saying whose desk it is, and tiles with
 * real counts for their area.
 */
@Named
@RequestScoped
public class Dashboard {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  /** A number on the dashboard with its caption. */
  public record Tile(String caption, String value, String icon) {}

  @Inject CurrentCaller currentCaller;
  @Inject RegionFacade regions;
  @Inject UserFacade users;
  @Inject AuditFacade audit;
  @Inject org.canbao.enrollment.api.PersonFacade persons;
  @Inject org.canbao.supervision.api.SupervisionFacade supervision;

  private String title;
  private final List<Tile> tiles = new ArrayList<>();
  private RegionView region;
  private UserView me;

  @PostConstruct
  void load() {
    Caller caller = currentCaller.get();
    Role main = mainRole(caller);
    region = regions.callerRegion();
    me = users.me();
    RegionStats stats = regions.stats();
    title = switch (main) {
      case SYSTEM_ADMIN -> "系统管理工作台";
      case DISTRICT_ADMIN -> "区县医保局工作台";
      case SUPERVISOR -> "督导组工作台";
      case TOWNSHIP_OFFICER -> "乡镇(街道)社保所工作台";
      case VILLAGE_OFFICER -> "村(居)专干工作台";
      case DEPARTMENT_PROVIDER -> "部门名单报送工作台";
      case MEDICAL_INSTITUTION -> "定点医疗机构工作台";
      case LEADER -> "领导驾驶舱";
    };
    switch (region.level()) {
      case CITY -> {
        tiles.add(new Tile("区县数", String.valueOf(stats.districts()), "pi pi-map"));
        tiles.add(new Tile("乡镇(街道)数", String.valueOf(stats.townships()), "pi pi-building"));
        tiles.add(new Tile("村(社区)数", String.valueOf(stats.villages()), "pi pi-home"));
      }
      case DISTRICT -> {
        tiles.add(new Tile("乡镇(街道)数", String.valueOf(stats.townships()), "pi pi-building"));
        tiles.add(new Tile("村(社区)数", String.valueOf(stats.villages()), "pi pi-home"));
        tiles.add(new Tile("未编码的村(社区)", String.valueOf(stats.villagesWithoutCode()), "pi pi-exclamation-circle"));
      }
      case TOWNSHIP -> {
        tiles.add(new Tile("村(社区)数", String.valueOf(stats.villages()), "pi pi-home"));
        tiles.add(new Tile("未编码的村(社区)", String.valueOf(stats.villagesWithoutCode()), "pi pi-exclamation-circle"));
      }
      case VILLAGE -> tiles.add(new Tile("本村(社区)区划代码", region.code() == null ? "待导入" : region.code(), "pi pi-id-card"));
    }
    if (caller.may(Permission.READ_PERSONS)) {
      tiles.add(new Tile("登记人员数", String.valueOf(persons.countInArea()), "pi pi-id-card"));
    }
    if (caller.may(Permission.READ_SUPERVISION_ISSUES)) {
      tiles.add(new Tile("逾期整改问题", String.valueOf(supervision.issues(true).size()), "pi pi-exclamation-triangle"));
    }
    tiles.add(new Tile("本区域用户数", String.valueOf(users.countInArea()), "pi pi-users"));
    if (main == Role.SYSTEM_ADMIN) {
      tiles.add(new Tile("审计记录数", String.valueOf(audit.countRevisions(null, null)), "pi pi-history"));
    }
  }

  /** The role whose dashboard is shown when a user has several: the broadest first. */
  static Role mainRole(Caller caller) {
    for (Role r : Role.values()) {
      if (caller.has(r)) {
        return r;
      }
    }
    throw new IllegalStateException("caller without role");
  }

  public String getTitle() {
    return title;
  }

  public List<Tile> getTiles() {
    return tiles;
  }

  public RegionView getRegion() {
    return region;
  }

  public String getLastLogin() {
    return me.lastLoginAt() == null ? "首次登录" : TIME.format(me.lastLoginAt());
  }
}
