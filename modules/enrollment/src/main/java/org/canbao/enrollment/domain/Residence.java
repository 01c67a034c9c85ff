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
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A former household registration: the village a person lived in from one date to another. */
@Entity
@Table(schema = "enrollment", name = "residence")
@Audited
public class Residence {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected Residence() {}

  /** A period in a village; {@code to} is null for the current one. */
  public record Period(long villageId, LocalDate from, LocalDate to) {}

  Residence(Person person, long villageId, LocalDate validFrom, LocalDate validTo) {
    this.person = person;
    this.villageId = villageId;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  /** The last day in the village a person left by a move on {@code moveDate}: the day before. */
  public static LocalDate lastDayBefore(LocalDate moveDate) {
    return moveDate.minusDays(1);
  }

  Period period() {
    return new Period(villageId, validFrom, validTo);
  }
}
