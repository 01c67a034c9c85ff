package org.canbao.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.canbao.incentives.api.ProgressBoard;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.supervision.api.AreaView;
import org.canbao.supervision.api.GroupView;
import org.canbao.supervision.api.IssueView;
import org.canbao.supervision.api.SupervisionFacade;
import org.canbao.web.faces.Pages;

/**
 * A group member's desk: the areas of their groups with enrollment progress (lagging first),
 * visits, issues with deadlines; overdue issues flagged.
 */
@Named
@ViewScoped
public class MyAreas implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SupervisionFacade supervision;
  @Inject ProgressBoard board;

  /**
   * An area with its group and today's progress (the same figures as 参保进度: insured against the
   * target).
   */
  public record Line(GroupView group, AreaView area, ProgressLine progress)
      implements Serializable {
    public String rate() {
      return progress.completion() == null ? "—" : progress.completion().toPlainString() + "%";
    }
  }

  private int year = 2023;
  private List<Line> lines = List.of();
  private List<IssueView> issues = List.of();
  private Long visitArea;
  private LocalDate visitDate = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private String present;
  private String findings;
  private String issue;
  private LocalDate deadline;
  private String evidence;

  public void setYear(int year) {
    this.year = year;
  }

  @PostConstruct
  public void load() {
    List<Line> all = new ArrayList<>();
    for (GroupView g : supervision.myGroups(year)) {
      for (AreaView a : g.areas()) {
        all.add(new Line(g, a, board.progress(year, a.areaId(), null).get(0)));
      }
    }
    all.sort(
        Comparator.comparing(
            (Line l) -> l.progress().completion(),
            Comparator.nullsLast(Comparator.naturalOrder())));
    lines = all;
    issues = supervision.issues(false);
  }

  public void recordVisit() {
    Line line =
        lines.stream().filter(l -> l.area().areaId() == visitArea).findFirst().orElseThrow();
    long visit =
        supervision.recordVisit(line.group().id(), visitArea, visitDate, present, findings);
    if (issue != null && !issue.isBlank()) {
      supervision.raiseIssue(visit, issue, deadline, line.area().areaName());
    }
    Pages.info("督导记录已保存");
    findings = null;
    issue = null;
    load();
  }

  private IssueView closing;

  /** Opens the closing dialog for an issue; the evidence is typed there. */
  public void startClose(IssueView i) {
    closing = i;
    evidence = null;
  }

  public void close() {
    supervision.closeIssue(closing.id(), evidence);
    Pages.info("问题已销号：" + closing.description());
    closing = null;
    evidence = null;
    load();
  }

  public IssueView getClosing() {
    return closing;
  }

  public long getOverdue() {
    return issues.stream().filter(IssueView::overdue).count();
  }

  public List<Line> getLines() {
    return lines;
  }

  public List<IssueView> getIssues() {
    return issues;
  }

  public int getYear() {
    return year;
  }

  public Long getVisitArea() {
    return visitArea;
  }

  public void setVisitArea(Long visitArea) {
    this.visitArea = visitArea;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public void setVisitDate(LocalDate visitDate) {
    this.visitDate = visitDate;
  }

  public String getPresent() {
    return present;
  }

  public void setPresent(String present) {
    this.present = present;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public String getIssue() {
    return issue;
  }

  public void setIssue(String issue) {
    this.issue = issue;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }
}
