package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.canbao.reporting.api.AlertRunStatus;

/**
 * One computation of an area's alerts for a year — after a medical-cost extract was committed, or
 * asked for on screen: when, for which batch, how many people were over their line and how many
 * alerts it created and updated, or why it did not run. A log, not audited (the alerts it wrote
 * are, under the run's revision).
 */
@Entity
@Table(schema = "reporting", name = "medical_alert_run")
public class AlertRun {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cost_year", nullable = false)
  private int year;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "area_path", nullable = false, length = 200)
  private String areaPath;

  @Column(name = "area_name", nullable = false, length = 60)
  private String areaName;

  @Column(name = "batch_id")
  private Long batchId;

  @Column(name = "run_by", nullable = false, length = 40)
  private String runBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AlertRunStatus outcome;

  @Column(name = "over_line", nullable = false)
  private int overLine;

  @Column(nullable = false)
  private int created;

  @Column(nullable = false)
  private int updated;

  @Column(length = 500)
  private String message;

  protected AlertRun() {}

  public AlertRun(
      int year,
      long areaId,
      String areaPath,
      String areaName,
      Long batchId,
      String by,
      Instant at) {
    this.year = year;
    this.areaId = areaId;
    this.areaPath = areaPath;
    this.areaName = areaName;
    this.batchId = batchId;
    this.runBy = by;
    this.startedAt = at;
    this.outcome = AlertRunStatus.RUNNING;
  }

  public void done(int overLine, int created, int updated, Instant at) {
    this.overLine = overLine;
    this.created = created;
    this.updated = updated;
    this.outcome = AlertRunStatus.DONE;
    this.finishedAt = at;
  }

  public void notRun(AlertRunStatus why, String message, Instant at) {
    this.outcome = why;
    this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
    this.finishedAt = at;
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public long areaId() {
    return areaId;
  }

  public String areaPath() {
    return areaPath;
  }

  public String areaName() {
    return areaName;
  }

  public Long batchId() {
    return batchId;
  }

  public String runBy() {
    return runBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public AlertRunStatus outcome() {
    return outcome;
  }

  public int overLine() {
    return overLine;
  }

  public int created() {
    return created;
  }

  public int updated() {
    return updated;
  }

  public String message() {
    return message;
  }
}
