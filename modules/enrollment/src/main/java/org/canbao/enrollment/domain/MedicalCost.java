package org.canbao.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.hibernate.envers.Audited;

/**
 * A person's medical costs of one month as the last extract (医疗费用明细) that named the month gave them
 * — the month's own or the year's up to it ({@link MedicalCostFigures}). One per person and month:
 * an extract of the same month imported again replaces it. Written set-wise by the import's commit
 * ({@code MedicalCostList}); {@code batchId} names the import.
 */
@Entity
@Table(schema = "enrollment", name = "medical_cost")
@Audited
public class MedicalCost {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "cost_year", nullable = false)
  private int year;

  @Column(name = "cost_month", nullable = false)
  private int month;

  @Column(nullable = false)
  private boolean cumulative;

  @Column(name = "total_cost", nullable = false, precision = 14, scale = 2)
  private BigDecimal totalCost;

  @Column(name = "basic_insurance", nullable = false, precision = 14, scale = 2)
  private BigDecimal basicInsurance;

  @Column(name = "critical_illness", nullable = false, precision = 14, scale = 2)
  private BigDecimal criticalIllness;

  @Column(name = "medical_assistance", nullable = false, precision = 14, scale = 2)
  private BigDecimal medicalAssistance;

  @Column(name = "self_paid", nullable = false, precision = 14, scale = 2)
  private BigDecimal selfPaid;

  @Column(name = "self_funded", nullable = false, precision = 14, scale = 2)
  private BigDecimal selfFunded;

  @Column(name = "batch_id", nullable = false)
  private long batchId;

  @Version private int version;

  protected MedicalCost() {}

  public MedicalCost(long personId, MedicalCostFigures f, long batchId) {
    this.personId = personId;
    this.year = f.month().getYear();
    this.month = f.month().getMonthValue();
    this.batchId = batchId;
    replaceWith(f, batchId);
  }

  /** The month's figures as a later extract of the month gives them. */
  public void replaceWith(MedicalCostFigures f, long batchId) {
    if (!f.month().equals(YearMonth.of(year, month))) {
      throw new IllegalArgumentException("figures of " + f.month() + " for " + year + "-" + month);
    }
    this.cumulative = f.cumulative();
    this.totalCost = f.total();
    this.basicInsurance = f.basicInsurance();
    this.criticalIllness = f.criticalIllness();
    this.medicalAssistance = f.medicalAssistance();
    this.selfPaid = f.selfPaid();
    this.selfFunded = f.selfFunded();
    this.batchId = batchId;
  }

  public MedicalCostFigures figures() {
    return new MedicalCostFigures(
        YearMonth.of(year, month),
        cumulative,
        totalCost,
        basicInsurance,
        criticalIllness,
        medicalAssistance,
        selfPaid,
        selfFunded);
  }

  public Long id() {
    return id;
  }

  public long personId() {
    return personId;
  }

  public long batchId() {
    return batchId;
  }
}
