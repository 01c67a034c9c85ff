package org.canbao.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.canbao.incentives.api.CampaignFacade;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionView;
import org.canbao.reporting.api.PublicityEntry;
import org.canbao.reporting.api.PublicityFacade;
import org.canbao.reporting.api.PublicityPostingView;
import org.canbao.reporting.api.PublicityRow;
import org.canbao.reporting.api.PublicitySummary;
import org.canbao.reporting.api.WorkingDayFacade;
import org.canbao.reporting.api.WorkingDayView;
import org.canbao.web.faces.Pages;

/**
 * 资助参保公示: the summary in the layout of the Fuling 2023 attachment (drilled down district → township
 * → village), the masked list for a township's or village's notice board, the record of when each
 * posted its publicity with the end of the 5-working-day period, and — for administrators — the
 * calendar of holidays and make-up working days the period is counted by.
 */
@Named
@ViewScoped
public class PublicityPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject PublicityFacade publicity;
  @Inject WorkingDayFacade workingDays;
  @Inject RegionFacade regions;
  @Inject CampaignFacade campaigns;

  private int year;
  private LocalDate asOf = LocalDate.now(CHINA);
  private boolean povertyOnly = true;
  private final List<RegionView> trail = new ArrayList<>();
  private PublicitySummary summary;
  private List<PublicityEntry> entries = List.of();
  private List<PublicityPostingView> postings = List.of();

  private LocalDate postedOn = LocalDate.now(CHINA);
  private String place;
  private String note;

  private LocalDate day;
  private boolean working;
  private String dayNote;

  @PostConstruct
  void init() {
    trail.add(regions.callerRegion());
    year = campaigns.workingYear(trail.get(0).id());
    load();
  }

  public void load() {
    summary = publicity.summary(year, area().id(), asOf, povertyOnly);
    entries =
        isBoardLevel()
            ? new ArrayList<>(publicity.list(year, area().id(), asOf, povertyOnly))
            : List.of(); // mutable: the table sorts it in place
    postings = new ArrayList<>(publicity.postings(year, area().id()));
  }

  public void drill(PublicityRow row) {
    if (!row.total() && row.areaId() != area().id()) {
      trail.add(regions.region(row.areaId()));
      load();
    }
  }

  public void back(RegionView to) {
    while (trail.size() > 1 && trail.get(trail.size() - 1).id() != to.id()) {
      trail.remove(trail.size() - 1);
    }
    load();
  }

  public void recordPosting() {
    PublicityPostingView v = publicity.recordPosting(year, area().id(), postedOn, place, note);
    Pages.info(
        "已登记："
            + v.regionName()
            + "于"
            + v.postedOn()
            + "张贴公示，公示期"
            + v.periodDays()
            + "个工作日，至"
            + v.periodEnd()
            + "止");
    postings = new ArrayList<>(publicity.postings(year, area().id()));
  }

  public List<WorkingDayView> getWorkingDays() {
    return workingDays.list(year);
  }

  public void saveDay() {
    WorkingDayView v = workingDays.set(day, working, dayNote);
    Pages.info("已保存：" + v.day() + " " + v.kindLabel() + "（" + v.note() + "）");
    day = null;
    dayNote = null;
    postings = new ArrayList<>(publicity.postings(year, area().id()));
  }

  public void removeDay(WorkingDayView v) {
    workingDays.remove(v.id());
    Pages.info("已删除：" + v.day() + " " + v.kindLabel());
    postings = new ArrayList<>(publicity.postings(year, area().id()));
  }

  /**
   * A township or village: the level whose notice board gets a list, and that records a posting.
   */
  public boolean isBoardLevel() {
    return area().level() == RegionLevel.TOWNSHIP || area().level() == RegionLevel.VILLAGE;
  }

  public RegionView area() {
    return trail.get(trail.size() - 1);
  }

  public String getListTitle() {
    return area().name() + year + "年" + (povertyOnly ? "资助脱贫人口参保公示名单" : "资助参保公示名单");
  }

  public List<RegionView> getTrail() {
    return trail;
  }

  public PublicitySummary getSummary() {
    return summary;
  }

  public List<PublicityEntry> getEntries() {
    return entries;
  }

  public List<PublicityPostingView> getPostings() {
    return postings;
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

  public boolean isPovertyOnly() {
    return povertyOnly;
  }

  public void setPovertyOnly(boolean povertyOnly) {
    this.povertyOnly = povertyOnly;
  }

  public LocalDate getPostedOn() {
    return postedOn;
  }

  public void setPostedOn(LocalDate postedOn) {
    this.postedOn = postedOn;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public boolean isWorking() {
    return working;
  }

  public void setWorking(boolean working) {
    this.working = working;
  }

  public String getDayNote() {
    return dayNote;
  }

  public void setDayNote(String dayNote) {
    this.dayNote = dayNote;
  }
}
