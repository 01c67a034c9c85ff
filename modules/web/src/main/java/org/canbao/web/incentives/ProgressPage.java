package org.canbao.web.incentives;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.canbao.enrollment.api.PersonView;
import org.canbao.enrollment.api.ProgressFacade;
import org.canbao.incentives.api.CampaignFacade;
import org.canbao.incentives.api.ProgressBoard;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.incentives.api.VillageStanding;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 参保进度: the caller's area as of a date — the total, the townships and villages ranked with their
 * lights — drilled down district → township → village → the people still uninsured; progress over
 * time and the ranking as charts.
 */
@Named
@ViewScoped
public class ProgressPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProgressBoard board;
  @Inject ProgressFacade enrollment;
  @Inject RegionFacade regions;
  @Inject CampaignFacade campaigns;

  private int year;
  private LocalDate asOf = LocalDate.now(Campaign.CHINA);
  private final List<RegionView> trail = new ArrayList<>();
  private List<ProgressLine> lines = List.of();
  private String seriesChart;
  private Long areaParam;

  @PostConstruct
  void init() {
    trail.add(regions.callerRegion());
    year = campaigns.workingYear(trail.get(0).id());
  }

  /** Opens the page at an area given in the address ({@code ?area=}). */
  public void open() {
    if (areaParam != null && areaParam != area().id()) {
      trail.add(regions.region(areaParam));
    }
    load();
  }

  public void load() {
    lines = board.progress(year, area().id(), asOf);
    seriesChart =
        Campaign.seriesChart(
            asOf.equals(LocalDate.now(Campaign.CHINA))
                ? board.series(year, area().id(), lines.get(0))
                : board.series(year, area().id()),
            p -> p.date().toString(),
            p -> p.completion(),
            area().name() + "参保完成率");
    boolean village = area().level() == RegionLevel.VILLAGE;
    uninsured = village ? new Uninsured(year, area().id(), asOf) : null;
    standing = village ? board.standing(year, area().id(), asOf) : null;
  }

  /** Goes down to a township or village of the table. */
  public void drill(ProgressLine line) {
    if (line.level() != ProgressLine.Level.TOTAL) {
      trail.add(regions.region(line.areaId()));
      load();
    }
  }

  /** Goes back up to an area of the breadcrumb. */
  public void back(RegionView to) {
    while (trail.size() > 1 && trail.get(trail.size() - 1).id() != to.id()) {
      trail.remove(trail.size() - 1);
    }
    load();
  }

  private VillageStanding standing;

  /**
   * A village's rank among its township's villages in the latest bulletin; null above village
   * level.
   */
  public String getStanding() {
    if (standing == null) {
      return null;
    }
    return Campaign.standing(standing);
  }

  public String getStandingCaption() {
    return standing == null || standing.bulletinNumber() == null
        ? "在本乡镇(街道)各村中的排名"
        : "排名（第" + standing.bulletinNumber() + "期通报，截至" + standing.bulletinAsOf() + "）";
  }

  public RegionView area() {
    return trail.get(trail.size() - 1);
  }

  public ProgressLine getTotal() {
    return lines.isEmpty() ? null : lines.get(0);
  }

  public List<ProgressLine> getTownships() {
    return lines.stream().filter(l -> l.level() == ProgressLine.Level.TOWNSHIP).toList();
  }

  public List<ProgressLine> getVillages() {
    return lines.stream().filter(l -> l.level() == ProgressLine.Level.VILLAGE).toList();
  }

  public String getRankingChart() {
    List<ProgressLine> ranked = getTownships().isEmpty() ? getVillages() : getTownships();
    return Campaign.rankingChart(
        ranked, (getTownships().isEmpty() ? "各村(社区)" : "各乡镇(街道)") + "完成率（赛马比拼）");
  }

  public String getSeriesChart() {
    return seriesChart;
  }

  /** The people of the village still uninsured, a page at a time. */
  private Uninsured uninsured;

  public LazyDataModel<PersonView> getUninsured() {
    return uninsured;
  }

  /** Lazy list of a village's uninsured people (read through enrollment's API). */
  class Uninsured extends LazyDataModel<PersonView> {
    private static final long serialVersionUID = 1L;
    private final int year;
    private final long villageId;
    private final LocalDate asOf;

    Uninsured(int year, long villageId, LocalDate asOf) {
      this.year = year;
      this.villageId = villageId;
      this.asOf = asOf;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) enrollment.countUninsured(year, villageId, asOf);
    }

    @Override
    public List<PersonView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return enrollment.uninsured(year, villageId, asOf, first, pageSize);
    }

    @Override
    public String getRowKey(PersonView p) {
      return String.valueOf(p.id());
    }
  }

  /** "+2" (moved up), "-1", "—". */
  public String change(ProgressLine l) {
    return l.rankChange() == null || l.rankChange() == 0
        ? "—"
        : (l.rankChange() > 0 ? "↑" + l.rankChange() : "↓" + (-l.rankChange()));
  }

  public List<RegionView> getTrail() {
    return trail;
  }

  public List<ProgressLine> getLines() {
    return lines;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public Long getAreaParam() {
    return areaParam;
  }

  public void setAreaParam(Long areaParam) {
    this.areaParam = areaParam;
  }
}
