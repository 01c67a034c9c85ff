package org.canbao.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.reporting.api.AlertLinesData;
import org.canbao.reporting.api.AlertLinesFacade;
import org.canbao.reporting.api.AlertRunView;
import org.canbao.reporting.api.MedicalAlertFacade;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.web.faces.Pages;

/**
 * 预警线设置: a district's alert lines of a year (the monitoring standard and the two multiples, the
 * ordinary line, the categories of each group, the days per step), saved whole; then, if wanted,
 * the year's alerts computed again with them.
 */
@Named
@ViewScoped
public class AlertLinesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AlertLinesFacade lines;
  @Inject MedicalAlertFacade alerts;
  @Inject CategoryFacade categoryFacade;
  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;

  private int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
  private long areaId;
  private List<RegionRef> areas;
  private List<CategoryView> categories;
  private AlertLinesData loaded;
  private BigDecimal standard;
  private BigDecimal lowMultiple;
  private BigDecimal stableMultiple;
  private BigDecimal ordinaryLine;
  private List<String> lowIncome = new ArrayList<>();
  private List<String> stable = new ArrayList<>();
  private String basis;
  private int[] days = new int[5];

  @PostConstruct
  void init() {
    long home = caller.get().scope().regionId();
    areas = new ArrayList<>();
    regions.find(home).ifPresent(areas::add);
    regions.within(home, RegionLevel.DISTRICT).stream()
        .filter(r -> r.id() != home)
        .forEach(areas::add);
    areaId = home;
    categories = categoryFacade.list(false);
    load();
  }

  /** Reads the lines of the chosen area and year (saved, inherited, proposed or empty). */
  public void load() {
    loaded = lines.lines(year, areaId);
    standard = loaded.monitoringStandard();
    lowMultiple = loaded.lowIncomeMultiple();
    stableMultiple = loaded.stableMultiple();
    ordinaryLine = loaded.ordinaryLine();
    lowIncome = new ArrayList<>(loaded.lowIncomeCategories());
    stable = new ArrayList<>(loaded.stableCategories());
    basis = loaded.basis();
    days =
        new int[] {
          loaded.pushDays(),
          loaded.verifyDays(),
          loaded.requestDays(),
          loaded.answerDays(),
          loaded.closeDays()
        };
  }

  public void save() {
    loaded =
        lines.saveLines(
            new AlertLinesData(
                areaId,
                loaded.areaName(),
                year,
                standard,
                lowMultiple,
                Set.copyOf(new TreeSet<>(lowIncome)),
                stableMultiple,
                Set.copyOf(new TreeSet<>(stable)),
                ordinaryLine,
                basis,
                days[0],
                days[1],
                days[2],
                days[3],
                days[4],
                null,
                null,
                true,
                null,
                null));
    load();
    Pages.info(
        "已保存"
            + loaded.areaName()
            + year
            + "年度预警线：低收入人口"
            + loaded.lowIncomeLine()
            + "元，稳定脱贫人口"
            + loaded.stableLine()
            + "元，普通居民"
            + loaded.ordinaryLine()
            + "元");
  }

  /** Computes the year's alerts of the area again with the lines as saved. */
  public void compute() {
    AlertRunView run = alerts.compute(year, areaId);
    Pages.info(AlertList.describe(run));
  }

  public List<RegionRef> getAreas() {
    return areas;
  }

  public List<CategoryView> getCategories() {
    return categories;
  }

  public AlertLinesData getLoaded() {
    return loaded;
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

  public BigDecimal getStandard() {
    return standard;
  }

  public void setStandard(BigDecimal v) {
    this.standard = v;
  }

  public BigDecimal getLowMultiple() {
    return lowMultiple;
  }

  public void setLowMultiple(BigDecimal v) {
    this.lowMultiple = v;
  }

  public BigDecimal getStableMultiple() {
    return stableMultiple;
  }

  public void setStableMultiple(BigDecimal v) {
    this.stableMultiple = v;
  }

  public BigDecimal getOrdinaryLine() {
    return ordinaryLine;
  }

  public void setOrdinaryLine(BigDecimal v) {
    this.ordinaryLine = v;
  }

  public List<String> getLowIncome() {
    return lowIncome;
  }

  public void setLowIncome(List<String> v) {
    this.lowIncome = v;
  }

  public List<String> getStable() {
    return stable;
  }

  public void setStable(List<String> v) {
    this.stable = v;
  }

  public String getBasis() {
    return basis;
  }

  public void setBasis(String v) {
    this.basis = v;
  }

  /** Days per step: push, verify, request help, answer, close. */
  public int[] getDays() {
    return days;
  }
}
