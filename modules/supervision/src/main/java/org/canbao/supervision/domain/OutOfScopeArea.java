package org.canbao.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.canbao.kernel.api.BusinessException;
import org.hibernate.envers.Audited;

/**
 * An area of a scope that no supervision group covers in a campaign year, and why (DOMAIN.md §7:
 * Fuling's notice puts only "全区25个有扶贫开发任务的乡镇街道" under its five groups; 敦仁街道 and 崇义街道 are urban
 * streets without poverty-alleviation tasks). Who marked it and when is the audit trail's (Envers):
 * the revision that added it or last changed its reason; unmarking deletes it, also audited.
 */
@Entity
@Table(schema = "supervision", name = "out_of_scope_area")
@Audited
public class OutOfScopeArea {
  static final int MAX_REASON = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_year", nullable = false)
  private int year;

  @Column(name = "scope_id", nullable = false)
  private long scopeId;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "area_path", nullable = false, length = 200)
  private String areaPath;

  @Column(nullable = false, length = MAX_REASON)
  private String reason;

  @Version private int version;

  protected OutOfScopeArea() {}

  public OutOfScopeArea(
      int year, long scopeId, long areaId, String areaPath, String areaName, String reason) {
    this.year = year;
    this.scopeId = scopeId;
    this.areaId = areaId;
    this.areaPath = areaPath;
    this.reason = checked(areaName, reason);
  }

  /** Marking an area again changes the reason. */
  public void changeReason(String areaName, String newReason) {
    this.reason = checked(areaName, newReason);
  }

  /** The same mark for another campaign year (copying last year's groups copies their marks). */
  public OutOfScopeArea forYear(int otherYear, String areaName) {
    return new OutOfScopeArea(otherYear, scopeId, areaId, areaPath, areaName, reason);
  }

  private static String checked(String areaName, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("reason", "请填写" + areaName + "不在督导范围内的原因");
    }
    String r = reason.strip();
    if (r.length() > MAX_REASON) {
      throw new BusinessException("reason", areaName + "不在督导范围内的原因不能超过" + MAX_REASON + "字");
    }
    return r;
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public long scopeId() {
    return scopeId;
  }

  public long areaId() {
    return areaId;
  }

  public String areaPath() {
    return areaPath;
  }

  public String reason() {
    return reason;
  }
}
