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
import java.time.Instant;
import java.time.LocalDate;
import org.canbao.kernel.api.RegionLevel;
import org.hibernate.envers.Audited;

/**
 * That a township (乡镇/街道) or village (村/社区) posted its publicity of a year's subsidised people on a
 * day, and where. The end of the publicity period is not stored: it follows from the working-day
 * calendar, so a holiday entered later moves it.
 */
@Entity
@Table(schema = "reporting", name = "publicity_posting")
@Audited
public class PublicityPosting {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "insurance_year", nullable = false)
  private int year;

  @Column(name = "region_id", nullable = false)
  private long regionId;

  @Column(name = "region_path", nullable = false, length = 200)
  private String regionPath;

  @Column(name = "region_name", nullable = false, length = 60)
  private String regionName;

  @Enumerated(EnumType.STRING)
  @Column(name = "region_level", nullable = false, length = 20)
  private RegionLevel level;

  @Column(name = "posted_on", nullable = false)
  private LocalDate postedOn;

  @Column(length = 200)
  private String place;

  @Column(length = 300)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 40)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version private int version;

  protected PublicityPosting() {}

  public PublicityPosting(
      int year,
      long regionId,
      String regionPath,
      String regionName,
      RegionLevel level,
      String recordedBy,
      Instant at) {
    this.year = year;
    this.regionId = regionId;
    this.regionPath = regionPath;
    this.regionName = regionName;
    this.level = level;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  public void change(LocalDate postedOn, String place, String note, String by, Instant at) {
    this.postedOn = postedOn;
    this.place = place;
    this.note = note;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
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

  public RegionLevel level() {
    return level;
  }

  public LocalDate postedOn() {
    return postedOn;
  }

  public String place() {
    return place;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
