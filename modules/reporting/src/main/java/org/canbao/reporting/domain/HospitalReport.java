package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.canbao.kernel.api.RegionRef;

/**
 * A poor or low-income person a medical institution's check found uninsured (DOMAIN.md §6: "Medical
 * institutions check insurance status at admission and report the uninsured"), to be followed up by
 * the township the person is registered in. One per person and insurance year: the first check that
 * found them uninsured; later checks add nothing. The village and township names are those of the
 * day.
 */
@Entity
@Table(schema = "reporting", name = "hospital_report")
public class HospitalReport {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "check_id", nullable = false)
  private long checkId;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "reported_by", nullable = false, length = 40)
  private String reportedBy;

  @Column(name = "reporter_name", length = 100)
  private String reporterName;

  @Column(length = 100)
  private String organisation;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "id_number", nullable = false, length = 18)
  private String idNumber;

  @Column(name = "insurance_year", nullable = false)
  private int year;

  @Column(name = "check_day", nullable = false)
  private LocalDate day;

  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(name = "village_path", nullable = false, length = 200)
  private String villagePath;

  @Column(name = "village_name", length = 100)
  private String villageName;

  @Column(name = "township_id")
  private Long townshipId;

  @Column(name = "township_name", length = 100)
  private String townshipName;

  @Column(length = 300)
  private String categories;

  protected HospitalReport() {}

  public HospitalReport(
      StatusCheck check, long personId, RegionRef village, RegionRef township, String categories) {
    this.checkId = check.id();
    this.reportedAt = check.checkedAt();
    this.reportedBy = check.checkedBy();
    this.reporterName = check.checkerName();
    this.organisation = check.organisation();
    this.personId = personId;
    this.idNumber = check.idNumber();
    this.year = check.day().getYear();
    this.day = check.day();
    this.villageId = village.id();
    this.villagePath = village.path();
    this.villageName = village.name();
    this.townshipId = township == null ? null : township.id();
    this.townshipName = township == null ? null : township.name();
    this.categories = categories;
  }

  public Long id() {
    return id;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public String reporterName() {
    return reporterName;
  }

  public String organisation() {
    return organisation;
  }

  public long personId() {
    return personId;
  }

  public String idNumber() {
    return idNumber;
  }

  public int year() {
    return year;
  }

  public LocalDate day() {
    return day;
  }

  public String villageName() {
    return villageName;
  }

  public String townshipName() {
    return townshipName;
  }

  public String categories() {
    return categories;
  }
}
