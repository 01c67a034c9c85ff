package org.canbao.incentives.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.canbao.incentives.api.EvaluationLine;
import org.canbao.incentives.api.EvaluationStatus;
import org.canbao.incentives.api.SubsidyBasis;
import org.canbao.kernel.api.BusinessException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A township's year-end evaluation of its villages (激励机制, 考核) for an insurance year, computed from
 * the snapshot at the cut-off date. Drafted, reviewed by the township, confirmed by the district,
 * published; the results are frozen with it. A published evaluation never changes: a correction is
 * a new version with its reason, and the published one is marked superseded. Every step is audited.
 */
@Entity
@Table(schema = "incentives", name = "evaluation")
@Audited
public class Evaluation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "township_id", nullable = false)
  private long townshipId;

  @Column(name = "township_path", nullable = false, length = 200)
  private String townshipPath;

  @Column(name = "township_name", nullable = false, length = 60)
  private String townshipName;

  @Column(name = "insurance_year", nullable = false)
  private int year;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private EvaluationStatus status;

  @Column(nullable = false)
  private LocalDate cutoff;

  @Enumerated(EnumType.STRING)
  @Column(name = "subsidy_basis", nullable = false, length = 20)
  private SubsidyBasis basis;

  @Column(name = "snapshot_id", nullable = false)
  private long snapshotId;

  @Column(length = 300)
  private String reason;

  @Column(name = "replaces_id")
  private Long replacesId;

  @Column(name = "created_by", nullable = false, length = 40)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "reviewed_by", length = 40)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "confirmed_by", length = 40)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "published_by", length = 40)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @NotAudited
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      schema = "incentives",
      name = "evaluation_result",
      joinColumns = @JoinColumn(name = "evaluation_id"))
  private List<EvaluationResult> results = new ArrayList<>();

  @Version private int version;

  protected Evaluation() {}

  public Evaluation(
      long townshipId,
      String townshipPath,
      String townshipName,
      int year,
      int versionNo,
      LocalDate cutoff,
      SubsidyBasis basis,
      long snapshotId,
      List<EvaluationLine> lines,
      String createdBy,
      Instant at,
      Evaluation replaced,
      String reason) {
    if (replaced != null && (reason == null || reason.isBlank())) {
      throw new BusinessException("reason", "更正已公布的考核结果须说明原因");
    }
    this.townshipId = townshipId;
    this.townshipPath = townshipPath;
    this.townshipName = townshipName;
    this.year = year;
    this.versionNo = versionNo;
    this.status = EvaluationStatus.DRAFT;
    this.cutoff = cutoff;
    this.basis = basis;
    this.snapshotId = snapshotId;
    this.replacesId = replaced == null ? null : replaced.id();
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.createdBy = createdBy;
    this.createdAt = at;
    lines.forEach(l -> results.add(new EvaluationResult(l)));
  }

  /** 乡镇审核: a draft becomes reviewed. */
  public void review(String by, Instant at) {
    require(EvaluationStatus.DRAFT, "审核");
    status = EvaluationStatus.REVIEWED;
    reviewedBy = by;
    reviewedAt = at;
  }

  /** 区县确认. */
  public void confirm(String by, Instant at) {
    require(EvaluationStatus.REVIEWED, "确认");
    status = EvaluationStatus.CONFIRMED;
    confirmedBy = by;
    confirmedAt = at;
  }

  /** 公布: from now on immutable. */
  public void publish(String by, Instant at) {
    require(EvaluationStatus.CONFIRMED, "公布");
    status = EvaluationStatus.PUBLISHED;
    publishedBy = by;
    publishedAt = at;
  }

  /** A correction replaces this published evaluation. */
  public void supersede() {
    require(EvaluationStatus.PUBLISHED, "更正");
    status = EvaluationStatus.SUPERSEDED;
  }

  /** A draft not yet reviewed may be computed again; later stages may not. */
  public void requireDraft() {
    require(EvaluationStatus.DRAFT, "重新计算");
  }

  private void require(EvaluationStatus expected, String act) {
    if (status != expected) {
      throw new BusinessException(
          "status", "考核结果当前为“" + status.label() + "”，不能" + act + "（须为“" + expected.label() + "”）");
    }
  }

  public List<EvaluationLine> lines() {
    return results.stream()
        .map(EvaluationResult::view)
        .sorted(
            Comparator.comparing(
                    EvaluationLine::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EvaluationLine::villageId))
        .toList();
  }

  public Long id() {
    return id;
  }

  public long townshipId() {
    return townshipId;
  }

  public String townshipPath() {
    return townshipPath;
  }

  public String townshipName() {
    return townshipName;
  }

  public int year() {
    return year;
  }

  public int versionNo() {
    return versionNo;
  }

  public EvaluationStatus status() {
    return status;
  }

  public LocalDate cutoff() {
    return cutoff;
  }

  public SubsidyBasis basis() {
    return basis;
  }

  public long snapshotId() {
    return snapshotId;
  }

  public String reason() {
    return reason;
  }

  public Long replacesId() {
    return replacesId;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public String confirmedBy() {
    return confirmedBy;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
