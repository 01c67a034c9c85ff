package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.IdNumber;
import org.canbao.reporting.api.StatusCheckResult;

/**
 * One status check as answered: who asked (account, name, organisation, their region), when, about
 * which ID number and day, and the answer. Written once, never changed: it is itself the log.
 */
@Entity
@Table(schema = "reporting", name = "status_check")
public class StatusCheck {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  @Column(name = "checked_by", nullable = false, length = 40)
  private String checkedBy;

  @Column(name = "checker_name", length = 100)
  private String checkerName;

  @Column(length = 100)
  private String organisation;

  @Column(name = "checker_path", nullable = false, length = 200)
  private String checkerPath;

  @Column(name = "id_number", nullable = false, length = 18)
  private String idNumber;

  @Column(name = "check_day", nullable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StatusCheckResult result;

  @Column(name = "benefit_start")
  private LocalDate benefitStart;

  @Column(name = "benefit_end")
  private LocalDate benefitEnd;

  protected StatusCheck() {}

  public StatusCheck(
      Caller by,
      IdNumber idNumber,
      LocalDate day,
      StatusCheckResult result,
      LocalDate benefitStart,
      LocalDate benefitEnd) {
    this.checkedAt = Instant.now();
    this.checkedBy = by.username();
    this.checkerName = by.displayName();
    this.organisation = by.organisation();
    this.checkerPath = by.scope().regionPath();
    this.idNumber = idNumber.value();
    this.day = day;
    this.result = result;
    this.benefitStart = benefitStart;
    this.benefitEnd = benefitEnd;
  }

  public Long id() {
    return id;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public String checkedBy() {
    return checkedBy;
  }

  public String checkerName() {
    return checkerName;
  }

  public String organisation() {
    return organisation;
  }

  public String idNumber() {
    return idNumber;
  }

  public LocalDate day() {
    return day;
  }

  public StatusCheckResult result() {
    return result;
  }

  public LocalDate benefitStart() {
    return benefitStart;
  }

  public LocalDate benefitEnd() {
    return benefitEnd;
  }
}
