package org.canbao.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.canbao.enrollment.api.PersonFacade;
import org.canbao.incentives.api.CampaignFacade;
import org.canbao.incentives.api.ProgressBoard;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.incentives.api.VillageStanding;
import org.canbao.kernel.api.AuditFacade;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionStats;
import org.canbao.kernel.api.RegionView;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.api.UserFacade;
import org.canbao.kernel.api.UserView;
import org.canbao.supervision.api.SupervisionFacade;
import org.canbao.web.incentives.Campaign;

/**
 * The dashboard of the signed-in user's main role: a title saying whose desk it is, and tiles with
 * real counts for their area.
 */
@Named
@RequestScoped
public class Dashboard {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  /** A number on the dashboard with its caption. */
  public record Tile(String caption, String value, String icon) {}

  @Inject CurrentCaller currentCaller;
  @Inject RegionFacade regions;
  @Inject UserFacade users;
  @Inject AuditFacade audit;
  @Inject PersonFacade persons;
  @Inject SupervisionFacade supervision;
  @Inject ProgressBoard progress;
  @Inject CampaignFacade campaigns;

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
    title =
        switch (main) {
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
        tiles.add(
            new Tile(
                "未编码的村(社区)",
                String.valueOf(stats.villagesWithoutCode()),
                "pi pi-exclamation-circle"));
      }
      case TOWNSHIP -> {
        tiles.add(new Tile("村(社区)数", String.valueOf(stats.villages()), "pi pi-home"));
        tiles.add(
            new Tile(
                "未编码的村(社区)",
                String.valueOf(stats.villagesWithoutCode()),
                "pi pi-exclamation-circle"));
      }
      case VILLAGE ->
          tiles.add(
              new Tile(
                  "本村(社区)区划代码", region.code() == null ? "待导入" : region.code(), "pi pi-id-card"));
    }
    if (caller.may(Permission.READ_PROGRESS)) {
      progressTiles();
    }
    if (caller.may(Permission.READ_PERSONS)) {
      tiles.add(new Tile("登记人员数", String.valueOf(persons.countInArea()), "pi pi-id-card"));
    }
    if (caller.may(Permission.READ_SUPERVISION_ISSUES)) {
      tiles.add(
          new Tile(
              "逾期整改问题",
              String.valueOf(supervision.issues(true).size()),
              "pi pi-exclamation-triangle"));
    }
    tiles.add(new Tile("本区域用户数", String.valueOf(users.countInArea()), "pi pi-users"));
    if (main == Role.SYSTEM_ADMIN) {
      tiles.add(
          new Tile("审计记录数", String.valueOf(audit.countRevisions(null, null)), "pi pi-history"));
    }
  }

  /**
   * The campaign's figures for the caller's area today: completion, insured against the target,
   * people still uninsured; a village officer also sees their village's rank among the township's
   * villages.
   */
  private void progressTiles() {
    int year = campaigns.workingYear(region.id());
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    ProgressLine line;
    if (region.level() == RegionLevel.VILLAGE) {
      VillageStanding standing = progress.standing(year, region.id(), today);
      line = standing.line();
      tiles.add(
          new Tile(
              standing.bulletinNumber() == null
                  ? "本村排名"
                  : "本村排名（第" + standing.bulletinNumber() + "期通报）",
              Campaign.standing(standing),
              "pi pi-sort-numeric-down"));
    } else {
      List<ProgressLine> lines = progress.progress(year, region.id(), today);
      line = lines.get(0);
      List<ProgressLine> townships =
          lines.stream().filter(l -> l.level() == ProgressLine.Level.TOWNSHIP).toList();
      List<ProgressLine> ranked =
          townships.isEmpty()
              ? lines.stream().filter(l -> l.level() == ProgressLine.Level.VILLAGE).toList()
              : townships;
      if (ranked.size() > 1) {
        rankingChart =
            Campaign.rankingChart(
                ranked, (townships.isEmpty() ? "各村(社区)" : "各乡镇(街道)") + "完成率（赛马比拼）");
      }
      seriesChart =
          Campaign.seriesChart(
              progress.series(year, region.id(), line),
              p -> p.date().toString(),
              p -> p.completion(),
              region.name() + year + "年度参保完成率");
    }
    progressYear = year;
    tiles.add(
        new Tile(
            year + "年度目标完成率",
            line.completion() == null ? "未设目标" : line.completion().toPlainString() + "%",
            "pi pi-chart-bar"));
    tiles.add(
        new Tile("已参保 / 目标（人）", line.insured() + " / " + line.target(), "pi pi-check-circle"));
    tiles.add(new Tile("尚未参保（人）", String.valueOf(line.uninsured()), "pi pi-user-minus"));
  }

  private Integer progressYear;
  private String rankingChart;
  private String seriesChart;

  /** The ranking bars of the caller's townships or villages (null: fewer than two). */
  public String getRankingChart() {
    return rankingChart;
  }

  /** Completion over the bulletins until today (null for a village). */
  public String getSeriesChart() {
    return seriesChart;
  }

  /** The insurance year of the progress tiles (null: the caller sees no progress). */
  public Integer getProgressYear() {
    return progressYear;
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
