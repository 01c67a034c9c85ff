package org.canbao.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * One name of a region and when it was valid. A former name whose end is unknown is stored with the
 * stand-in end date {@link #UNKNOWN_END} so "current" (no end) and "former, end unknown" stay
 * distinct.
 */
@Entity
@Table(schema = "kernel", name = "region_name")
@Audited
public class RegionName {
  /** Stored end date of a former name whose real end date no document tells. */
  public static final LocalDate UNKNOWN_END = LocalDate.of(1900, 1, 1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(length = 200)
  private String note;

  protected RegionName() {}

  RegionName(Region region, String name, LocalDate validFrom, LocalDate validTo, String note) {
    this.region = region;
    this.name = name;
    this.validFrom = validFrom;
    this.validTo = LocalDate.MIN.equals(validTo) ? UNKNOWN_END : validTo;
    this.note = note;
  }

  /** Names compare without surrounding blanks and full-width spaces. */
  static String normalise(String s) {
    return s == null ? "" : s.replace('\u3000', ' ').strip();
  }

  boolean covers(LocalDate date) {
    if (UNKNOWN_END.equals(validTo)) {
      return validFrom != null && !date.isBefore(validFrom);
    }
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  LocalDate validToOrMax() {
    return validTo == null ? LocalDate.MAX : validTo;
  }

  void endOn(LocalDate date) {
    this.validTo = date;
  }

  public String name() {
    return name;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  /** End of validity; null while valid; null also returned for an unknown end of a former name. */
  public LocalDate validTo() {
    return UNKNOWN_END.equals(validTo) ? null : validTo;
  }

  public boolean isCurrent() {
    return validTo == null;
  }

  public String note() {
    return note;
  }
}
