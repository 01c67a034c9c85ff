package org.canbao.incentives.domain;

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
import org.canbao.incentives.api.TargetSource;
import org.canbao.kernel.api.BusinessException;
import org.hibernate.envers.Audited;

/**
 * A village's target for an insurance year: its registered population on the base date and the
 * number of people to be insured (居民医保, 职工医保 and 区外参保 all count). Set by the default rule, or
 * imported or edited — a published target is taken exactly as published and then never recomputed.
 */
@Entity
@Table(schema = "incentives", name = "target")
@Audited
public class Target {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "insurance_year", nullable = false)
  private int year;

  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(name = "village_path", nullable = false, length = 200)
  private String villagePath;

  @Column(name = "base_date")
  private LocalDate baseDate;

  @Column(nullable = false)
  private long registered;

  @Column(name = "target_count", nullable = false)
  private long targetCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TargetSource source;

  @Version private int version;

  protected Target() {}

  public Target(int year, long villageId, String villagePath) {
    this.year = year;
    this.villageId = villageId;
    this.villagePath = villagePath;
  }

  /** Sets the figures; a default never replaces a target that was imported or edited. */
  public boolean set(long registered, long targetCount, LocalDate baseDate, TargetSource source) {
    if (registered < 0 || targetCount < 0) {
      throw new BusinessException("targetCount", "户籍人数和目标数不能为负数");
    }
    if (targetCount > registered && source != TargetSource.DEFAULT) {
      throw new BusinessException("targetCount", "目标数" + targetCount + "不能超过户籍人数" + registered);
    }
    if (source == TargetSource.DEFAULT
        && this.source != null
        && this.source != TargetSource.DEFAULT) {
      return false;
    }
    this.registered = registered;
    this.targetCount = targetCount;
    this.baseDate = baseDate;
    this.source = source;
    return true;
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public long villageId() {
    return villageId;
  }

  public String villagePath() {
    return villagePath;
  }

  public LocalDate baseDate() {
    return baseDate;
  }

  public long registered() {
    return registered;
  }

  public long targetCount() {
    return targetCount;
  }

  public TargetSource source() {
    return source;
  }
}
