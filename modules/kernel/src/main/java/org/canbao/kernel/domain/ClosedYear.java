package org.canbao.kernel.domain;

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
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.InsuranceYear;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.YearState;
import org.hibernate.envers.Audited;

/**
 * A district's closed insurance year (年度锁定): closed by the district once its year-end evaluation is
 * published, reopened by a system administrator with a reason, closed again later; one row per
 * district and year, every change a revision of the audit trail. The district's scope path is
 * copied: a year closed for a district is closed for every place inside it.
 */
@Entity
@Table(schema = "kernel", name = "closed_year")
@Audited
public class ClosedYear {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "region_id", nullable = false)
  private long regionId;

  @Column(name = "region_path", nullable = false, length = 200)
  private String regionPath;

  @Column(name = "region_name", nullable = false, length = 60)
  private String regionName;

  @Column(name = "insurance_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private YearState status;

  @Column(name = "closed_by", nullable = false, length = 40)
  private String closedBy;

  @Column(name = "closed_at", nullable = false)
  private Instant closedAt;

  @Column(name = "reopened_by", length = 40)
  private String reopenedBy;

  @Column(name = "reopened_at")
  private Instant reopenedAt;

  @Column(name = "reopen_reason", length = 300)
  private String reopenReason;

  @Version private int version;

  protected ClosedYear() {}

  /**
   * Closes {@code year} for {@code district} on {@code today}: only a district closes a year, and
   * only a year that is over (its benefits ran to 31 December; closing a running year would freeze
   * the identities officers still record for it).
   */
  public ClosedYear(RegionRef district, int year, String by, Instant at, LocalDate today) {
    if (district == null || district.level() != RegionLevel.DISTRICT) {
      throw new BusinessException("districtId", "年度锁定须按区县进行，请选择区县");
    }
    requireOver(year, today);
    this.regionId = district.id();
    this.regionPath = district.path();
    this.regionName = district.name();
    this.year = year;
    close(by, at);
  }

  private static void requireOver(int year, LocalDate today) {
    InsuranceYear y = InsuranceYear.of(year);
    if (!today.isAfter(y.lastDay())) {
      throw new BusinessException("year", year + "年度尚未结束（待遇期至" + y.lastDay() + "），年度结束后才能锁定");
    }
  }

  /** Closes again a year that was reopened. */
  public void closeAgain(String by, Instant at) {
    if (status == YearState.CLOSED) {
      throw new BusinessException("year", regionName + year + "年度已锁定（" + closedBy + "）");
    }
    close(by, at);
  }

  private void close(String by, Instant at) {
    this.status = YearState.CLOSED;
    this.closedBy = by;
    this.closedAt = at;
    this.reopenedBy = null;
    this.reopenedAt = null;
    this.reopenReason = null;
  }

  /** Reopened by a system administrator, for a reason: the year's data may change again. */
  public void reopen(String by, Instant at, String reason) {
    if (status != YearState.CLOSED) {
      throw new BusinessException("year", regionName + year + "年度未锁定，无需解除");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("reason", "请填写解除锁定的原因");
    }
    this.status = YearState.REOPENED;
    this.reopenedBy = by;
    this.reopenedAt = at;
    this.reopenReason = reason.strip();
  }

  public Long id() {
    return id;
  }

  public long regionId() {
    return regionId;
  }

  public String regionPath() {
    return regionPath;
  }

  public String regionName() {
    return regionName;
  }

  public int year() {
    return year;
  }

  public YearState status() {
    return status;
  }

  public String closedBy() {
    return closedBy;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String reopenedBy() {
    return reopenedBy;
  }

  public Instant reopenedAt() {
    return reopenedAt;
  }

  public String reopenReason() {
    return reopenReason;
  }
}
