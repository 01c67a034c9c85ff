package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * An evidence file of an alert's verification (invoices, a cost list, the home-visit form), kept in
 * the same evidence store as the follow-up ledger's.
 */
@Entity
@Table(schema = "reporting", name = "medical_alert_evidence")
@Audited
public class AlertEvidence extends EvidenceRecord {
  @Column(name = "alert_id", nullable = false)
  private long alertId;

  protected AlertEvidence() {}

  public AlertEvidence(long alertId, StoredFile file, String by, Instant at) {
    super(file, by, at);
    this.alertId = alertId;
  }

  public long alertId() {
    return alertId;
  }
}
