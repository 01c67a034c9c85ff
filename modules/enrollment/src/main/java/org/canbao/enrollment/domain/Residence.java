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

/** A period of household registration in a village. */
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

  Residence(Person person, long villageId, LocalDate validFrom) {
    this.person = person;
    this.villageId = villageId;
    this.validFrom = validFrom;
  }

  void endOn(LocalDate date) {
    this.validTo = date;
  }

  public long villageId() {
    return villageId;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }
}
