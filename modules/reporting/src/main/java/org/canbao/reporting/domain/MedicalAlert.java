package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.AlertGroup;
import org.canbao.reporting.api.AlertState;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A return-to-poverty alert (防止因病返贫预警): one per person and year, raised when the person's
 * self-burden of the year so far reached their group's line ({@link AlertLines}). The computation
 * ({@code AlertStore}) creates it and keeps its figures current after each extract — the line
 * crossed, the group, the figures, and whether the latest figures are still over the line (a
 * corrected extract may bring them under it; the alert stays, its work may be under way). People
 * move it through its lifecycle ({@link AlertState}); each step is recorded with who and when
 * ({@link AlertStep}) and audited, and the step it waits for has a day it is due ({@code dueOn},
 * from the year's days per step when the step began): past it the alert is overdue.
 */
@Entity
@Table(schema = "reporting", name = "medical_alert")
@Audited
public class MedicalAlert {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cost_year", nullable = false)
  private int year;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "id_number", nullable = false, length = 18)
  private String idNumber;

  @Column(nullable = false, length = 50)
  private String name;

  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(name = "village_path", nullable = false, length = 200)
  private String villagePath;

  @Enumerated(EnumType.STRING)
  @Column(name = "alert_group", nullable = false, length = 30)
  private AlertGroup group;

  @Column(name = "line_amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal lineAmount;

  @Column(name = "through_month", nullable = false)
  private int throughMonth;

  @Column(name = "total_cost", nullable = false, precision = 14, scale = 2)
  private BigDecimal totalCost;

  @Column(name = "basic_insurance", nullable = false, precision = 14, scale = 2)
  private BigDecimal basicInsurance;

  @Column(name = "critical_illness", nullable = false, precision = 14, scale = 2)
  private BigDecimal criticalIllness;

  @Column(name = "medical_assistance", nullable = false, precision = 14, scale = 2)
  private BigDecimal medicalAssistance;

  @Column(name = "self_paid", nullable = false, precision = 14, scale = 2)
  private BigDecimal selfPaid;

  @Column(name = "self_funded", nullable = false, precision = 14, scale = 2)
  private BigDecimal selfFunded;

  @Column(name = "self_burden", nullable = false, precision = 14, scale = 2)
  private BigDecimal selfBurden;

  @Column(name = "over_line", nullable = false)
  private boolean overLine;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AlertState state;

  @Column(name = "state_by", nullable = false, length = 40)
  private String stateBy;

  @Column(name = "state_since", nullable = false)
  private Instant stateSince;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "verify_note", length = 1000)
  private String verifyNote;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The computation that last changed the alert (its audit rows are written by that run). */
  @NotAudited
  @Column(name = "last_run_id")
  private Long lastRunId;

  @Version private int version;

  protected MedicalAlert() {}

  /**
   * An alert as the computation raises it (its set-based statement writes the same columns): 新预警,
   * the person's group and line and the self-burden that reached it; the other figures zero.
   */
  MedicalAlert(
      int year,
      long personId,
      String idNumber,
      String name,
      String villagePath,
      AlertGroup group,
      BigDecimal line,
      BigDecimal selfBurden,
      String by,
      Instant at,
      LocalDate due) {
    this.year = year;
    this.personId = personId;
    this.idNumber = idNumber;
    this.name = name;
    this.villagePath = villagePath;
    this.group = group;
    this.lineAmount = line;
    this.selfBurden = selfBurden;
    this.selfPaid = selfBurden;
    this.selfFunded = BigDecimal.ZERO;
    this.totalCost = selfBurden;
    this.basicInsurance = BigDecimal.ZERO;
    this.criticalIllness = BigDecimal.ZERO;
    this.medicalAssistance = BigDecimal.ZERO;
    this.overLine = selfBurden.compareTo(line) >= 0;
    this.state = AlertState.NEW;
    this.stateBy = by;
    this.stateSince = at;
    this.dueOn = due;
    this.createdAt = at;
  }

  /** Pushed to the township for verification (the district). */
  public void push(String by, Instant at, LocalDate due) {
    move(EnumSet.of(AlertState.NEW), AlertState.PUSHED, "推送乡镇核实", by, at, due);
  }

  /** Verified by the township: what it found (a note) and at least one evidence file. */
  public void verify(String note, int evidenceFiles, String by, Instant at, LocalDate due) {
    String n = required(note, "核实情况");
    if (evidenceFiles < 1) {
      throw new BusinessException("evidence", "请先上传核实佐证材料（如发票、费用清单、入户核实表）再确认核实");
    }
    move(EnumSet.of(AlertState.PUSHED), AlertState.VERIFIED, "确认核实", by, at, due);
    this.verifyNote = n;
  }

  /** Help asked of departments (the requests themselves are {@link AlertHelpRequest}s). */
  public void helpRequested(String by, Instant at, LocalDate due) {
    move(EnumSet.of(AlertState.VERIFIED), AlertState.HELP_REQUESTED, "申请部门帮扶", by, at, due);
  }

  /** A department answered; once every department asked has, the alert is 已反馈. */
  public void answered(boolean everyDepartment, String by, Instant at, LocalDate due) {
    if (state != AlertState.HELP_REQUESTED) {
      throw refused("反馈帮扶情况");
    }
    if (everyDepartment) {
      move(EnumSet.of(AlertState.HELP_REQUESTED), AlertState.ANSWERED, "反馈帮扶情况", by, at, due);
    }
  }

  /**
   * Closed: after the departments answered, or right after the verification when no help is needed.
   */
  public void close(String by, Instant at) {
    move(
        EnumSet.of(AlertState.VERIFIED, AlertState.ANSWERED),
        AlertState.CLOSED,
        "办结",
        by,
        at,
        null);
  }

  /** Overdue: its step was due before {@code today} and it is not closed. */
  public boolean overdue(LocalDate today) {
    return state != AlertState.CLOSED && dueOn != null && dueOn.isBefore(today);
  }

  private void move(
      Set<AlertState> from, AlertState to, String act, String by, Instant at, LocalDate due) {
    if (!from.contains(state)) {
      throw refused(act);
    }
    this.state = to;
    this.stateBy = by;
    this.stateSince = at;
    this.dueOn = due;
  }

  private BusinessException refused(String act) {
    return new BusinessException("state", "预警当前为“" + state.label() + "”，不能" + act);
  }

  /** A note that must be given, at most 1000 characters. */
  public static String required(String note, String what) {
    if (note == null || note.isBlank()) {
      throw new BusinessException("note", "请填写" + what);
    }
    if (note.strip().length() > 1000) {
      throw new BusinessException("note", what + "不能超过1000字");
    }
    return note.strip();
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public long personId() {
    return personId;
  }

  public String idNumber() {
    return idNumber;
  }

  public String name() {
    return name;
  }

  public long villageId() {
    return villageId;
  }

  public String villagePath() {
    return villagePath;
  }

  public AlertGroup group() {
    return group;
  }

  public BigDecimal lineAmount() {
    return lineAmount;
  }

  public int throughMonth() {
    return throughMonth;
  }

  public BigDecimal totalCost() {
    return totalCost;
  }

  public BigDecimal basicInsurance() {
    return basicInsurance;
  }

  public BigDecimal criticalIllness() {
    return criticalIllness;
  }

  public BigDecimal medicalAssistance() {
    return medicalAssistance;
  }

  public BigDecimal selfPaid() {
    return selfPaid;
  }

  public BigDecimal selfFunded() {
    return selfFunded;
  }

  public BigDecimal selfBurden() {
    return selfBurden;
  }

  public boolean overLine() {
    return overLine;
  }

  public AlertState state() {
    return state;
  }

  public String stateBy() {
    return stateBy;
  }

  public Instant stateSince() {
    return stateSince;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String verifyNote() {
    return verifyNote;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
