package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** An evidence file of a follow-up item. */
@Entity
@Table(schema = "reporting", name = "follow_up_evidence")
@Audited
public class FollowUpEvidence extends EvidenceRecord {
  @Column(name = "follow_up_id", nullable = false)
  private long followUpId;

  protected FollowUpEvidence() {}

  public FollowUpEvidence(long followUpId, StoredFile file, String by, Instant at) {
    super(file, by, at);
    this.followUpId = followUpId;
  }

  public long followUpId() {
    return followUpId;
  }
}
