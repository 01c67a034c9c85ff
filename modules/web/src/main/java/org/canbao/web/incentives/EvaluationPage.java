package org.canbao.web.incentives;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.canbao.incentives.api.CampaignFacade;
import org.canbao.incentives.api.EvaluationFacade;
import org.canbao.incentives.api.EvaluationStatus;
import org.canbao.incentives.api.EvaluationView;
import org.canbao.incentives.api.ProgressBoard;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.incentives.api.QuarterScore;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionView;
import org.canbao.web.faces.Pages;

/**
 * 年终考核: a township's year-end evaluation — computed from the snapshot at the cut-off, reviewed by
 * the township, confirmed and published by the district, corrected only by a new version with a
 * reason — and the quarterly ranking of the villages.
 */
@Named
@ViewScoped
public class EvaluationPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject EvaluationFacade evaluations;
  @Inject ProgressBoard board;
  @Inject RegionFacade regions;
  @Inject CampaignFacade campaigns;

  private int year;
  private long areaId;
  private List<BulletinsPage.Area> areas = List.of();
  private List<EvaluationView> list = List.of();
  private EvaluationView selected;
  private String reason;
  private int quarter = 4;
  private List<ProgressLine> ranking = List.of();
  private Map<Long, QuarterScore> scores = Map.of();
  private String scoreNote;

  @PostConstruct
  void init() {
    RegionView mine = regions.callerRegion();
    year = campaigns.workingYear(mine.id());
    List<BulletinsPage.Area> choices = new ArrayList<>();
    if (mine.level() == RegionLevel.VILLAGE && mine.parentId() != null) {
      choices.add(new BulletinsPage.Area(mine.parentId(), mine.parentName()));
    } else if (mine.level() == RegionLevel.TOWNSHIP) {
      choices.add(new BulletinsPage.Area(mine.id(), mine.name()));
    } else {
      regions
          .children(mine.id())
          .forEach(r -> choices.add(new BulletinsPage.Area(r.id(), r.name())));
    }
    areas = choices;
    areaId = choices.isEmpty() ? mine.id() : choices.get(0).id();
    load();
  }

  public void load() {
    list = evaluations.list(year, areaId);
    selected = list.stream().filter(e -> e.townshipId() == areaId).findFirst().orElse(null);
  }

  public void evaluate() {
    selected = evaluations.evaluate(year, areaId);
    Pages.info("已计算" + selected.townshipName() + year + "年度考核（截至" + selected.cutoff() + "），待乡镇审核");
    list = evaluations.list(year, areaId);
  }

  public void review() {
    selected = evaluations.review(selected.id());
    Pages.info("已审核");
    list = evaluations.list(year, areaId);
  }

  public void confirm() {
    selected = evaluations.confirm(selected.id());
    Pages.info("已确认");
    list = evaluations.list(year, areaId);
  }

  public void publish() {
    selected = evaluations.publish(selected.id());
    Pages.info("已公布：考核结果此后不能修改，如需更正请提出更正");
    list = evaluations.list(year, areaId);
  }

  public void correct() {
    selected = evaluations.correct(selected.id(), reason);
    reason = null;
    Pages.info("已生成更正版本（第" + selected.versionNo() + "版），待审核、确认后公布");
    list = evaluations.list(year, areaId);
  }

  public void show(EvaluationView e) {
    selected = evaluations.get(e.id());
  }

  public void loadRanking() {
    ranking =
        board.quarterly(year, areaId, quarter).stream()
            .filter(l -> l.level() == ProgressLine.Level.VILLAGE)
            .toList();
    var settings = campaigns.settings(year, areaId);
    if (settings.saved()) {
      scores =
          board.quarterlyScores(year, areaId, quarter).stream()
              .collect(Collectors.toMap(QuarterScore::villageId, s -> s));
      scoreNote = null;
    } else {
      scores = Map.of();
      scoreNote = "季度得分：请先保存" + year + "年度考核设置（目标任务页的考核档次），才能按档次计分";
    }
  }

  /** A village's quarterly score ("+0.5", "0", "-0.5"; empty: no target or no saved settings). */
  public String score(ProgressLine l) {
    var s = scores.get(l.areaId());
    if (s == null || s.score() == null) {
      return "";
    }
    String v = s.score().stripTrailingZeros().toPlainString();
    return s.score().signum() > 0 ? "+" + v : v;
  }

  /** The band the village's quarter-end completion reaches. */
  public String band(ProgressLine l) {
    var s = scores.get(l.areaId());
    if (s == null || s.score() == null) {
      return "";
    }
    return s.bandMin() == null
        ? "未达最低档"
        : "完成" + s.bandMin().stripTrailingZeros().toPlainString() + "%以上";
  }

  public String met(Boolean met) {
    return ProgressLine.metLabel(met);
  }

  public String getScoreNote() {
    return scoreNote;
  }

  public String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  /**
   * Whether the selected result is at {@code status} (the page names it, e.g. {@code is('DRAFT')}:
   * EL coerces the name to the enum).
   */
  public boolean is(EvaluationStatus status) {
    return selected != null && selected.status() == status;
  }

  public String getTitle() {
    return selected == null
        ? ""
        : selected.townshipName()
            + selected.year()
            + "年度城乡居民医保参保工作考核结果（第"
            + selected.versionNo()
            + "版）";
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

  public List<BulletinsPage.Area> getAreas() {
    return areas;
  }

  public List<EvaluationView> getList() {
    return list;
  }

  public EvaluationView getSelected() {
    return selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getQuarter() {
    return quarter;
  }

  public void setQuarter(int quarter) {
    this.quarter = quarter;
  }

  public List<ProgressLine> getRanking() {
    return ranking;
  }
}
