package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One line of the follow-up ledger as screens and the API show it. */
public record FollowUpView(
    long id,
    int year,
    long personId,
    String idNumber,
    String name,
    long villageId,
    String villageName,
    List<CrossCheckKind> foundBy,
    String categories,
    String identifiedMonth,
    String registryStatus,
    boolean stillUninsured,
    FollowUpReason reason,
    String reasonNote,
    FollowUpStatus status,
    String statusBy,
    Instant statusAt,
    List<EvidenceView> evidence)
    implements Serializable {

  public String reasonLabel() {
    return reason == null ? "" : reason.label();
  }

  public String statusLabel() {
    return status.label();
  }

  public String foundByLabel() {
    return String.join("、", foundBy.stream().map(CrossCheckKind::label).toList());
  }

  /** An evidence file: name, checked type, size, who uploaded it and when. */
  public record EvidenceView(
      long id,
      String fileName,
      String contentType,
      long size,
      String uploadedBy,
      Instant uploadedAt)
      implements Serializable {}
}
