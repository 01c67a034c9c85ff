package org.canbao.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.canbao.kernel.api.BusinessException;
import org.hibernate.envers.Audited;

/**
 * An issue raised on a visit, with a deadline and the responsible area, tracked to closure with
 * evidence.
 */
@Entity
@Table(schema = "supervision", name = "rectification")
@Audited
public class Rectification {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id", nullable = false)
  private long visitId;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "area_path", nullable = false, length = 200)
  private String areaPath;

  @Column(nullable = false, length = 1000)
  private String description;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(length = 100)
  private String responsible;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RectificationStatus status = RectificationStatus.OPEN;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(length = 500)
  private String evidence;

  @Version private int version;

  protected Rectification() {}

  public Rectification(
      Visit visit, String areaPath, String description, LocalDate deadline, String responsible) {
    if (description == null || description.isBlank()) {
      throw new BusinessException("description", "请填写问题");
    }
    if (deadline == null || deadline.isBefore(visit.date())) {
      throw new BusinessException("deadline", "整改期限不能早于督导日期");
    }
    this.visitId = visit.id();
    this.groupId = visit.groupId();
    this.areaId = visit.areaId();
    this.areaPath = areaPath;
    this.description = description.strip();
    this.deadline = deadline;
    this.responsible = responsible;
  }

  public void close(LocalDate on, String evidence) {
    if (status != RectificationStatus.OPEN) {
      throw new BusinessException("status", "该问题已销号");
    }
    if (evidence == null || evidence.isBlank()) {
      throw new BusinessException("evidence", "销号须提供整改佐证");
    }
    status = RectificationStatus.CLOSED;
    closedOn = on;
    this.evidence = evidence.strip();
  }

  /** Open past its deadline. */
  public boolean overdue(LocalDate today) {
    return status == RectificationStatus.OPEN && today.isAfter(deadline);
  }

  public Long id() {
    return id;
  }

  public long groupId() {
    return groupId;
  }

  public long areaId() {
    return areaId;
  }

  public String areaPath() {
    return areaPath;
  }

  public String description() {
    return description;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public String responsible() {
    return responsible;
  }

  public RectificationStatus status() {
    return status;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public String evidence() {
    return evidence;
  }
}
