package org.canbao.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Validity;
import org.hibernate.envers.Audited;

/**
 * An identity a department certified for a person (低保对象 from 民政局 …), valid over a period. The
 * category is referred to by its code (subsidies reference data). {@code batchId} names the import
 * that brought it; null when recorded by hand.
 */
@Entity
@Table(schema = "enrollment", name = "person_identity")
@Audited
public class PersonIdentity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "category_code", nullable = false, length = 40)
  private String categoryCode;

  @Column(length = 60)
  private String department;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "batch_id")
  private Long batchId;

  @Version private int version;

  protected PersonIdentity() {}

  PersonIdentity(
      Person person,
      String categoryCode,
      String department,
      LocalDate from,
      LocalDate to,
      Long batchId) {
    if (categoryCode == null || categoryCode.isBlank()) {
      throw new BusinessException("category", "身份类别不能为空");
    }
    if (from == null) {
      throw new BusinessException("validFrom", "身份有效期起始日期不能为空");
    }
    if (to != null && to.isBefore(from)) {
      throw new BusinessException("validTo", "身份有效期截止日期不能早于起始日期");
    }
    this.person = person;
    this.categoryCode = categoryCode;
    this.department = department;
    this.validFrom = from;
    this.validTo = to;
    this.batchId = batchId;
  }

  /** Whether the identity was valid on {@code date} (both ends inclusive). */
  public boolean validOn(LocalDate date) {
    return validOn(validFrom, validTo, date);
  }

  /**
   * {@link #validOn(LocalDate, LocalDate, LocalDate)} as SQL over an identity's {@code valid_from}
   * and {@code valid_to}, with the date as both parameters (checked against it by
   * IdentityValidOnSqlTest).
   */
  public static final String VALID_ON_SQL =
      "valid_from <= ? and (valid_to is null or valid_to >= ?)";

  /**
   * Whether an identity valid from {@code from} to {@code to} (null: open-ended) was valid on
   * {@code date}, both ends inclusive.
   */
  public static boolean validOn(LocalDate from, LocalDate to, LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  public void endOn(LocalDate date) {
    requireEndableOn(date);
    this.validTo = date;
  }

  /**
   * Whether the identity may end on {@code date} (null: open-ended again): not before it began. A
   * change request checks it when it is filed, {@link #endOn} when it is applied.
   */
  public void requireEndableOn(LocalDate date) {
    if (date != null && date.isBefore(validFrom)) {
      throw new BusinessException("validTo", "身份有效期截止日期不能早于起始日期");
    }
  }

  /** The days the identity is valid over. */
  public Validity validity() {
    return new Validity(validFrom, validTo);
  }

  /** The days it would be valid over if it ended on {@code date} (null: open-ended again). */
  public Validity endingOn(LocalDate date) {
    return new Validity(validFrom, date);
  }

  public Long id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public String categoryCode() {
    return categoryCode;
  }

  public String department() {
    return department;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public Long batchId() {
    return batchId;
  }
}
