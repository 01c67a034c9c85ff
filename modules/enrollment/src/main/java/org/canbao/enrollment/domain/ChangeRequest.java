package org.canbao.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.canbao.enrollment.api.ChangeKind;
import org.canbao.enrollment.api.ChangeRequestStatus;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.EvidenceType;
import org.hibernate.envers.Audited;

/**
 * A village officer's request to change a person (变更申请): an identity ended, a death, a move out of
 * the district, from a date, with a reason and optionally an evidence file. It changes nothing
 * until a township officer approves it; {@link #approve} then applies it through the registry's own
 * methods ({@link PersonIdentity#endOn}, {@link Person#changeStatus}), so the rules of a change are
 * the same whether it was asked for or made directly. A rejection needs a reason. Decided requests
 * never change again; the village is copied (with its scope path) so that officers list the
 * requests of their own area.
 */
@Entity
@Table(schema = "enrollment", name = "change_request")
@Audited
public class ChangeRequest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(name = "village_path", nullable = false, length = 200)
  private String villagePath;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private ChangeKind change;

  @Column(name = "identity_id")
  private Long identityId;

  @Column(name = "effective_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false, length = 300)
  private String reason;

  @Column(name = "evidence_name", length = 200)
  private String evidenceName;

  @Column(name = "evidence_type", length = 40)
  private String evidenceType;

  @Column(name = "evidence_size")
  private Long evidenceSize;

  @Column(name = "evidence_sha256", length = 64)
  private String evidenceSha256;

  @Column(name = "evidence_path", length = 500)
  private String evidencePath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ChangeRequestStatus status;

  @Column(name = "requested_by", nullable = false, length = 40)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by", length = 40)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 300)
  private String decisionNote;

  @Version private int version;

  protected ChangeRequest() {}

  /**
   * A request filed on {@code today}: checked now against the rule the change will be applied by
   * (an identity cannot end before it began; a status needs a date not before the birth), so that a
   * request the township could never approve is refused at once. A death or a move out cannot lie
   * in the future.
   */
  public ChangeRequest(
      Person person,
      ChangeKind kind,
      Long identityId,
      LocalDate date,
      String reason,
      String by,
      Instant at,
      LocalDate today) {
    if (kind == null) {
      throw new BusinessException("kind", "请选择变更事项");
    }
    if (date == null) {
      throw new BusinessException("date", "请填写变更日期");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("reason", "请填写申请原因");
    }
    if (kind == ChangeKind.IDENTITY_ENDED) {
      PersonIdentity identity = person.identity(identityId);
      identity.requireEndableOn(date);
      if (identity.validTo() != null && !identity.validTo().isAfter(date)) {
        throw new BusinessException("date", "该身份已于" + identity.validTo() + "终止");
      }
      this.identityId = identity.id();
    } else {
      if (person.status() == kind.status()) {
        throw new BusinessException("kind", "该人员状态已是“" + kind.status().label() + "”");
      }
      if (date.isAfter(today)) {
        throw new BusinessException("date", kind.label() + "日期不能晚于今天");
      }
      person.requireChangeTo(kind.status(), date);
    }
    this.personId = person.id();
    this.villageId = person.villageId();
    this.villagePath = person.villagePath();
    this.change = kind;
    this.date = date;
    this.reason = reason.strip();
    this.status = ChangeRequestStatus.PENDING;
    this.requestedBy = by;
    this.requestedAt = at;
  }

  /** Keeps the evidence file stored for the request (one per request: a new one replaces it). */
  public void attachEvidence(
      String name, EvidenceType type, long size, String sha256, String storedPath) {
    requirePending("补充佐证材料");
    this.evidenceName = name;
    this.evidenceType = type.contentType();
    this.evidenceSize = size;
    this.evidenceSha256 = sha256;
    this.evidencePath = storedPath;
  }

  /**
   * Approved by {@code by}: the change is applied to {@code person} (the request's person) through
   * the registry's own methods, whose rules may still refuse it (then nothing is approved).
   */
  public void approve(Person person, String by, Instant at, String note) {
    requirePending("批准");
    if (!Long.valueOf(personId).equals(person.id())) {
      throw new IllegalArgumentException("request " + id + " is not of person " + person.id());
    }
    if (change == ChangeKind.IDENTITY_ENDED) {
      person.identity(identityId).endOn(date);
    } else {
      person.changeStatus(change.status(), date);
    }
    decide(ChangeRequestStatus.APPROVED, by, at, note);
  }

  /** Rejected by {@code by} for {@code reason}: nothing changes in the registry. */
  public void reject(String by, Instant at, String reason) {
    requirePending("驳回");
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("reason", "驳回须说明原因");
    }
    decide(ChangeRequestStatus.REJECTED, by, at, reason);
  }

  private void decide(ChangeRequestStatus outcome, String by, Instant at, String note) {
    this.status = outcome;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note == null || note.isBlank() ? null : note.strip();
  }

  private void requirePending(String act) {
    if (status != ChangeRequestStatus.PENDING) {
      throw new BusinessException("status", "该变更申请" + status.label() + "，不能再" + act);
    }
  }

  public Long id() {
    return id;
  }

  public long personId() {
    return personId;
  }

  public long villageId() {
    return villageId;
  }

  public String villagePath() {
    return villagePath;
  }

  public ChangeKind kind() {
    return change;
  }

  public Long identityId() {
    return identityId;
  }

  public LocalDate date() {
    return date;
  }

  public String reason() {
    return reason;
  }

  public String evidenceName() {
    return evidenceName;
  }

  public String evidenceType() {
    return evidenceType;
  }

  public String evidencePath() {
    return evidencePath;
  }

  public ChangeRequestStatus status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionNote() {
    return decisionNote;
  }
}
