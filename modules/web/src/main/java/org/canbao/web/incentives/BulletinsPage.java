package org.canbao.web.incentives;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.canbao.incentives.api.BulletinFacade;
import org.canbao.incentives.api.BulletinView;
import org.canbao.incentives.api.CampaignFacade;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionView;
import org.canbao.web.faces.Pages;

/**
 * 进度通报: the archive of an area's bulletins, taking one now (as of a date), and a bulletin's lines —
 * townships and villages ranked, with the change since the previous bulletin and the lights — to
 * export as Excel or as a printable PDF. A village officer sees the bulletins of their township
 * with their own village's line.
 */
@Named
@ViewScoped
public class BulletinsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject BulletinFacade bulletins;
  @Inject RegionFacade regions;
  @Inject CampaignFacade campaigns;

  private int year;
  private long areaId;
  private List<Area> areas = List.of();
  private LocalDate asOf = LocalDate.now(Campaign.CHINA);
  private List<BulletinView> archive = List.of();
  private BulletinView selected;

  /** An area to choose: id and name. */
  public record Area(long id, String name) implements Serializable {}

  @PostConstruct
  void init() {
    RegionView mine = regions.callerRegion();
    year = campaigns.workingYear(mine.id());
    List<Area> choices = new ArrayList<>();
    if (mine.level() == RegionLevel.VILLAGE && mine.parentId() != null) {
      choices.add(new Area(mine.parentId(), mine.parentName()));
    } else {
      choices.add(new Area(mine.id(), mine.name()));
      if (mine.level() == RegionLevel.DISTRICT) {
        regions.children(mine.id()).forEach(r -> choices.add(new Area(r.id(), r.name())));
      }
    }
    areas = choices;
    areaId = choices.get(0).id();
    load();
  }

  public void load() {
    archive = bulletins.archive(year, areaId);
    selected = archive.isEmpty() ? null : bulletins.get(archive.get(0).id());
  }

  public void take() {
    selected = bulletins.take(year, areaId, asOf);
    archive = bulletins.archive(year, areaId);
    Pages.info("已发布第" + selected.number() + "期进度通报（截至" + selected.asOf() + "）");
  }

  public void show(BulletinView b) {
    selected = bulletins.get(b.id());
  }

  public String time(BulletinView b) {
    return TIME.format(b.takenAt());
  }

  /** The bulletin's title, as printed: "松溉镇2023年度参保进度通报（第3期，截至2022-12-05）". */
  public String getTitle() {
    return selected == null
        ? ""
        : selected.areaName()
            + selected.year()
            + "年度城乡居民医保参保进度通报（第"
            + selected.number()
            + "期，截至"
            + selected.asOf()
            + "）";
  }

  public List<ProgressLine> lines(ProgressLine.Level level) {
    return selected == null
        ? List.of()
        : selected.lines().stream().filter(l -> l.level() == level).toList();
  }

  public List<ProgressLine> getTownshipLines() {
    return lines(ProgressLine.Level.TOWNSHIP);
  }

  public List<ProgressLine> getVillageLines() {
    return lines(ProgressLine.Level.VILLAGE);
  }

  public List<ProgressLine> getTotalLines() {
    return lines(ProgressLine.Level.TOTAL);
  }

  public String getRankingChart() {
    return Campaign.rankingChart(
        getTownshipLines().isEmpty() ? getVillageLines() : getTownshipLines(), getTitle());
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public long getAreaId() {
    return areaId;
  }

  public void setAreaId(long areaId) {
    this.areaId = areaId;
  }

  public List<Area> getAreas() {
    return areas;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public List<BulletinView> getArchive() {
    return archive;
  }

  public BulletinView getSelected() {
    return selected;
  }
}
