package org.canbao.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A period in which a group covered an area (a township or a village). */
@Entity
@Table(schema = "supervision", name = "area_assignment")
@Audited
public class AreaAssignment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "area_path", nullable = false, length = 200)
  private String areaPath;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Version private int version;

  protected AreaAssignment() {}

  public AreaAssignment(long groupId, long areaId, String areaPath, LocalDate validFrom) {
    this.groupId = groupId;
    this.areaId = areaId;
    this.areaPath = areaPath;
    this.validFrom = validFrom;
  }

  public void endOn(LocalDate date) {
    this.validTo = date;
  }

  public AssignmentHistory.Period period() {
    return new AssignmentHistory.Period(areaId, groupId, validFrom, validTo);
  }

  public long groupId() {
    return groupId;
  }

  public long areaId() {
    return areaId;
  }

  public String areaPath() {
    return areaPath;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }
}
