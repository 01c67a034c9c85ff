package org.canbao.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.canbao.kernel.api.BusinessException;
import org.hibernate.envers.Audited;

/** A supervision visit to an area: date, members present, findings. */
@Entity
@Table(schema = "supervision", name = "visit")
@Audited
public class Visit {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "visit_date", nullable = false)
  private LocalDate date;

  @Column(name = "members_present", length = 300)
  private String membersPresent;

  @Column(nullable = false, length = 2000)
  private String findings;

  @Column(name = "recorded_by", nullable = false, length = 40)
  private String recordedBy;

  @Version private int version;

  protected Visit() {}

  public Visit(
      long groupId,
      long areaId,
      LocalDate date,
      String membersPresent,
      String findings,
      String recordedBy) {
    if (date == null) {
      throw new BusinessException("date", "请填写督导日期");
    }
    if (findings == null || findings.isBlank()) {
      throw new BusinessException("findings", "请填写督导发现的情况");
    }
    this.groupId = groupId;
    this.areaId = areaId;
    this.date = date;
    this.membersPresent = membersPresent;
    this.findings = findings.strip();
    this.recordedBy = recordedBy;
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

  public LocalDate date() {
    return date;
  }

  public String membersPresent() {
    return membersPresent;
  }

  public String findings() {
    return findings;
  }
}
