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
import org.canbao.reporting.api.AlertState;

/**
 * One step of an alert's history: the state it left and entered (a department's answer that leaves
 * others outstanding changes no state), what was done, by whom and when, with the note and the
 * departments concerned. Written once and never changed — the history itself; the alert's own
 * changes are audited (Envers).
 */
@Entity
@Table(schema = "reporting", name = "medical_alert_step")
public class AlertStep {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "alert_id", nullable = false)
  private long alertId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 20)
  private AlertState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 20)
  private AlertState to;

  @Column(nullable = false, length = 40)
  private String act;

  @Column(length = 1000)
  private String note;

  @Column(length = 300)
  private String departments;

  @Column(name = "done_by", nullable = false, length = 40)
  private String by;

  @Column(name = "done_at", nullable = false)
  private Instant at;

  protected AlertStep() {}

  public AlertStep(
      long alertId,
      AlertState from,
      AlertState to,
      String act,
      String note,
      String departments,
      String by,
      Instant at) {
    this.alertId = alertId;
    this.from = from;
    this.to = to;
    this.act = act;
    this.note = note;
    this.departments = departments;
    this.by = by;
    this.at = at;
  }

  public long alertId() {
    return alertId;
  }

  public AlertState from() {
    return from;
  }

  public AlertState to() {
    return to;
  }

  public String act() {
    return act;
  }

  public String note() {
    return note;
  }

  public String departments() {
    return departments;
  }

  public String by() {
    return by;
  }

  public Instant at() {
    return at;
  }
}
